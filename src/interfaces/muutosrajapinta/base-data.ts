/**
 * perustiedot: the current base data of up to 1 000 persons (spec §3.3). Groups carry no
 * muutosattribuutti. A hetu that finds nobody is left out with 200, and so is a person outside a
 * municipality-restricted selection, so that the answer does not tell whether such a person exists. A
 * passivated (corrected) hetu still finds its person, answered under the hetu asked: the
 * HENKILOTUNNUS_KORJAUS record names the active one, which OPH compares before saving.
 */
import { type AccessView, inSelection, visibleRecords } from '../../access/index.js';
import type { Sql } from '../../db/index.js';
import { listPersonsByHetus } from '../../register/index.js';
import { logDisclosure } from './disclosure.js';
import type { PerustiedotResponse, Perustieto } from './wire.js';

/** The view narrowed to the groups asked for (never wider: the core decided what the permit allows). */
function narrowed(view: AccessView, tietoryhmat: readonly string[] | undefined): AccessView {
  if (!tietoryhmat) return view;
  const asked = new Set(tietoryhmat);
  return { ...view, dataGroups: new Set([...view.dataGroups].filter((g) => asked.has(g))) };
}

/** Base data for validated hetus, logged as a disclosure in the same transaction before it is returned. */
export async function baseData(
  tx: Sql,
  admitted: AccessView,
  request: { hetulista: readonly string[]; tietoryhmat: readonly string[] | undefined },
  now: Date,
): Promise<PerustiedotResponse> {
  const view = narrowed(admitted, request.tietoryhmat);
  const hetus = [...new Set(request.hetulista)];
  const found = new Map((await listPersonsByHetus(tx, hetus)).map((p) => [p.requestedHetu, p]));
  const perustiedot: Perustieto[] = [];
  for (const hetu of hetus) {
    const person = found.get(hetu);
    if (!person || !inSelection(view.selection, person.homeMunicipality)) continue;
    perustiedot.push({
      henkilotunnus: hetu,
      tietoryhmat: visibleRecords(view, person.groups, person.turvakielto, { keepAttribute: false }),
    });
  }
  if (perustiedot.length > 0) await logDisclosure(tx, view, 'perustiedot', perustiedot, now);
  return { perustiedot, ajanTasalla: true };
}
