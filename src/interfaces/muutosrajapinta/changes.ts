/**
 * kirjausavain and muutokset: cursors into the change log and pages of the changes a permit may see.
 *
 * Paging (spec §4). A page holds at most MUUTOKSET_PAGE_SIZE changes read from the log. While more remain,
 * `ajanTasalla` is false and the key is that of the last change read, so the next request (exclusive)
 * continues right after it. When nothing remains, `ajanTasalla` is true and the key is the head of the log
 * as seen in the same snapshot as the page (never lower than the key asked with): a client whose persons
 * rarely change does not rescan the same stretch of the log next time. A change whose visible records are
 * all filtered out (groups outside the permit) is read and passed over, not sent.
 *
 * Which changes (the permit's selection):
 * - hetu list: the changes keyed by a listed hetu. A hetu correction is keyed by the OLD hetu and names the
 *   new one in aktiivinenHenkilotunnus (spec §3.2); later changes are keyed by the new hetu, which both
 *   clients switch to. An empty list selects nothing (Tampere's test sends one).
 * - municipalities (kuntarajaus): the changes that concern a permitted home municipality before OR after
 *   the change (the change row's `municipalities`). So a person appears with the change that moves them in
 *   (new address, KOTIKUNTA; their base data is then available from perustiedot, since they now live in
 *   the selection) and disappears after the change that moves them out, which is the last one the
 *   municipality sees. That move-out change tells the municipality that the person left (EDELLINEN_KOTIKUNTA
 *   with kunnastaPoisMuuttopv) but not where to: the location groups of a change that ends outside the
 *   selection are withheld, since the new home is outside what the permit covers. A non-empty hetulista narrows further; an empty or missing one means everyone in the
 *   selection (no kuntarajaus client is public, spec §9.8).
 * - national: every change, or the listed hetus' when a non-empty hetulista is sent.
 */
import { type AccessView, type Selection, visibleRecords } from '../../access/index.js';
import type { Sql } from '../../db/index.js';
import { badRequest } from '../../errors.js';
import { type DataGroupCode, isProtectedGroup } from '../../register/catalogue/index.js';
import { cursorBefore, type GroupRecord, readChangePage } from '../../register/index.js';
import { logDisclosure } from './disclosure.js';
import { ERROR_CODES } from './errors.js';
import { startOfFinnishDay } from './finnish-day.js';
import { MUUTOKSET_PAGE_SIZE, type MuutoksetResponse, type Muutos } from './wire.js';

/** The key from which muutokset returns the changes made on `date` (Finnish time) and after. */
export function firstCursorOf(db: Sql, date: string): Promise<number> {
  return cursorBefore(db, startOfFinnishDay(date));
}

function changeFilter(
  selection: Selection,
  hetulista: readonly string[] | undefined,
): { hetus?: readonly string[]; municipalities?: readonly string[] } {
  if (selection.kind === 'hetu_list') {
    if (!hetulista) throw badRequest(ERROR_CODES.missingField, 'Missing field: hetulista');
    return { hetus: hetulista };
  }
  const hetus = hetulista && hetulista.length > 0 ? { hetus: hetulista } : {};
  return selection.kind === 'municipalities' ? { ...hetus, municipalities: selection.codes } : hetus;
}

/** The change leaves the person outside a municipality selection: its last municipality is not permitted. */
function movedOutOf(selection: Selection, change: { municipalities: readonly string[] }): boolean {
  const after = change.municipalities.at(-1);
  return selection.kind === 'municipalities' && after !== undefined && !selection.codes.includes(after);
}

/** Drops the records that locate a person (every turvakielto-protected group) except the municipality left. */
function withoutNewLocation(records: readonly GroupRecord[]): GroupRecord[] {
  return records.filter(
    (r) => r.tietoryhma === 'EDELLINEN_KOTIKUNTA' || !isProtectedGroup(r.tietoryhma as DataGroupCode),
  );
}

/**
 * One page of changes for `view`, logged as a disclosure in the same transaction before it is returned.
 * `hetulista` must already be validated.
 */
export async function pageOfChanges(
  tx: Sql,
  view: AccessView,
  request: { after: number; hetulista: readonly string[] | undefined },
  now: Date,
): Promise<MuutoksetResponse> {
  const { changes, head } = await readChangePage(tx, {
    after: request.after,
    limit: MUUTOKSET_PAGE_SIZE + 1,
    ...changeFilter(view.selection, request.hetulista),
  });
  const more = changes.length > MUUTOKSET_PAGE_SIZE;
  const page = more ? changes.slice(0, MUUTOKSET_PAGE_SIZE) : changes;
  const muutokset: Muutos[] = [];
  for (const change of page) {
    const records = movedOutOf(view.selection, change)
      ? withoutNewLocation(change.tietoryhmat)
      : change.tietoryhmat;
    const tietoryhmat = visibleRecords(view, records, change.turvakielto, { keepAttribute: true });
    if (tietoryhmat.length === 0) continue;
    muutokset.push({ henkilotunnus: change.hetu, tietoryhmat, muutospv: change.changedAt.toISOString() });
  }
  if (muutokset.length > 0) await logDisclosure(tx, view, 'muutokset', muutokset, now);
  const last = page.at(-1)?.kirjausavain;
  return {
    viimeisinKirjausavain: more && last !== undefined ? last : Math.max(request.after, head),
    muutokset,
    ajanTasalla: !more,
  };
}
