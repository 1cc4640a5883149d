/**
 * Applies an authorization view to register records: the one place that turns stored data into what a
 * permit may see. Derived views are added first (register/derived.ts), then only the permitted data
 * groups are kept, and under turvakielto every protected group is replaced by its censored form unless
 * the permit grants turvakielto data. The TURVAKIELTO flag itself is disclosed when the permit grants the
 * TURVAKIELTO group (spec §5).
 */
import { censorRecord, type WireGroupRecord } from '../register/catalogue/index.js';
import { type GroupRecord, withDerivedGroups } from '../register/index.js';
import type { AccessView } from './decide.js';

export function visibleRecords(
  view: Pick<AccessView, 'dataGroups' | 'turvakielto'>,
  records: readonly GroupRecord[],
  /** The person is (for a change: was, after the change) under turvakielto. */
  protectedPerson: boolean,
  options: { keepAttribute: boolean },
): GroupRecord[] {
  const out: GroupRecord[] = [];
  for (const record of withDerivedGroups(records)) {
    if (!view.dataGroups.has(record.tietoryhma as never)) continue;
    if (protectedPerson && !view.turvakielto) {
      out.push(
        censorRecord(record as WireGroupRecord, { keepAttribute: options.keepAttribute }) as GroupRecord,
      );
    } else if (!options.keepAttribute && record.muutosattribuutti !== undefined) {
      const { muutosattribuutti: _drop, ...rest } = record;
      out.push(rest as GroupRecord);
    } else {
      out.push(record);
    }
  }
  return out;
}
