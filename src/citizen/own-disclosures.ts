/**
 * "Who has received my data": the disclosure-log entries that disclosed the identified person, newest
 * first, a page at a time, with the receiving organisations' names. The hetu is the session's own person's,
 * read from the database, so a person can only ever see their own disclosures.
 */
import type { Sql } from '../db/index.js';
import { type Disclosure, searchDisclosures } from '../disclosure-log/index.js';
import { type Actor, recordAudit } from '../identity/index.js';
import { getDataGroup } from '../register/catalogue/index.js';
import { getUserHetu, listOrganisationNames, type OrganisationName } from './queries.js';
import type { OwnDisclosure, OwnDisclosuresPage } from './schemas.js';

export const PAGE_SIZE = 50;

export async function listOwnDisclosures(
  tx: Sql,
  actor: Actor,
  cursor: number | undefined,
  now: Date,
): Promise<OwnDisclosuresPage> {
  const hetu = await getUserHetu(tx, actor.userId);
  if (!hetu) throw new Error('the session has no person');
  const found = await searchDisclosures(tx, {
    hetu,
    limit: PAGE_SIZE + 1,
    ...(cursor !== undefined ? { before: cursor } : {}),
  });
  const page = found.slice(0, PAGE_SIZE);
  const organisations = await listOrganisationNames(
    tx,
    [...new Set(page.map((d) => d.organisationId))],
    [...new Set(page.flatMap((d) => (d.endCustomer ? [d.endCustomer] : [])))],
  );
  await recordAudit(tx, { actorUserId: actor.userId, action: 'OwnDisclosureList' }, now);
  const last = page.at(-1);
  return {
    items: page.map((d) => presentDisclosure(d, organisations)),
    nextCursor: found.length > PAGE_SIZE && last ? String(last.seq) : null,
  };
}

/** Field by field: other persons disclosed in the same request, hashes and connections stay out. */
function presentDisclosure(d: Disclosure, organisations: OrganisationName[]): OwnDisclosure {
  const holder = organisations.find((o) => o.id === d.organisationId);
  const endCustomer = d.endCustomer ? organisations.find((o) => o.businessId === d.endCustomer) : undefined;
  return {
    seq: d.seq,
    at: d.disclosedAt.toISOString(),
    organisation: { name: holder?.name ?? null, businessId: holder?.businessId ?? '' },
    endCustomer: d.endCustomer ? { name: endCustomer?.name ?? null, businessId: d.endCustomer } : null,
    interface: d.interface,
    operation: d.operation,
    permitId: d.permitId,
    dataGroups: d.dataGroups.map((code) => {
      const group = getDataGroup(code);
      return { code, name: group ? { fi: group.names.fi, sv: group.names.sv, en: group.names.en } : null };
    }),
  };
}
