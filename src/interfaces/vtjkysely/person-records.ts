/**
 * One person's records as the permit may see them (the output of access.visibleRecords), read by data
 * group. A record censored for turvakielto reads as no data. The reader remembers which groups gave data, so
 * that the disclosure log names exactly those; an element reads only the groups it declares (products.ts).
 */
import type { DataGroupCode, DataGroupRecord } from '../../register/catalogue/index.js';
import type { GroupRecord } from '../../register/index.js';

/** A record's fields; optional throughout, since a permit may see a group only in part. */
export type Fields<C extends DataGroupCode> = Partial<DataGroupRecord<C>>;

export type Where<C extends DataGroupCode> = (record: Fields<C>) => boolean;

export interface GroupReader {
  /** The Finnish date (YYYY-MM-DD) the answer describes. */
  readonly today: string;
  /** The group's records (those matching `where`), history included. */
  all<C extends DataGroupCode>(group: C, where?: Where<C>): Fields<C>[];
  /** The group's records whose period (loppupv) has not ended. */
  current<C extends DataGroupCode>(group: C, where?: Where<C>): Fields<C>[];
  /** The first of `current(group, where)`. */
  first<C extends DataGroupCode>(group: C, where?: Where<C>): Fields<C> | undefined;
}

/** A date field's ISO value, if it has one. */
export function isoDate(value: unknown): string | undefined {
  const arvo = (value as { arvo?: unknown } | undefined)?.arvo;
  return typeof arvo === 'string' ? arvo : undefined;
}

export class PersonRecords implements GroupReader {
  readonly #byGroup = new Map<string, GroupRecord[]>();
  readonly #disclosed = new Set<DataGroupCode>();

  constructor(
    visible: readonly GroupRecord[],
    readonly today: string,
  ) {
    for (const record of visible) {
      if ('turvakiellonAlaisetKentat' in record) continue;
      const list = this.#byGroup.get(record.tietoryhma);
      if (list) list.push(record);
      else this.#byGroup.set(record.tietoryhma, [record]);
    }
  }

  all<C extends DataGroupCode>(group: C, where: Where<C> = () => true): Fields<C>[] {
    const records = ((this.#byGroup.get(group) ?? []) as Fields<C>[]).filter(where);
    if (records.length > 0) this.#disclosed.add(group);
    return records;
  }

  current<C extends DataGroupCode>(group: C, where: Where<C> = () => true): Fields<C>[] {
    const today = this.today;
    return this.all(
      group,
      (r) => (isoDate((r as { loppupv?: unknown }).loppupv) ?? '9999-12-31') >= today && where(r),
    );
  }

  first<C extends DataGroupCode>(group: C, where?: Where<C>): Fields<C> | undefined {
    return this.current(group, where)[0];
  }

  /** The groups that gave data to the answer so far. */
  get disclosed(): ReadonlySet<DataGroupCode> {
    return this.#disclosed;
  }

  /** A reader that refuses every group not in `groups`: an element cannot read past its declaration. */
  only(groups: readonly DataGroupCode[]): GroupReader {
    const check = (group: DataGroupCode) => {
      if (!groups.includes(group)) throw new Error(`an element read ${group} without declaring it`);
    };
    return {
      today: this.today,
      all: (group, where) => {
        check(group);
        return this.all(group, where);
      },
      current: (group, where) => {
        check(group);
        return this.current(group, where);
      },
      first: (group, where) => {
        check(group);
        return this.first(group, where);
      },
    };
  }
}
