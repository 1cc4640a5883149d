/**
 * Searching the disclosure log for reviewers (handlers and administrators): by person (hetu, only ever in a
 * POST body), organisation and time, newest first, 50 at a time with a keyset cursor. Each search is audited
 * (ids only: never the hetu).
 */
import type { Sql } from '../db/index.js';
import { searchDisclosures } from '../disclosure-log/index.js';
import { badRequest } from '../errors.js';
import { recordAudit } from '../identity/index.js';
import { helsinkiEndOfDay } from '../permits/index.js';
import { isHetu } from '../register/index.js';
import type { StaffActor } from '../staff/index.js';
import { listOrganisationsById } from './queries.js';
import type { DisclosureSearchView } from './schemas.js';

export const DISCLOSURE_PAGE = 50;

export interface DisclosureSearchInput {
  hetu?: string | undefined;
  organisationId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An instant, or a Finnish day: its start for `from`, the end of it for `to`. */
function instant(value: string, field: 'from' | 'to'): Date {
  if (DAY.test(value)) {
    const end = helsinkiEndOfDay(value);
    return field === 'to' ? new Date(end.getTime() + 1) : new Date(end.getTime() + 1 - 86_400_000);
  }
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw badRequest('invalid_time', `${field} must be an ISO 8601 instant or a date (YYYY-MM-DD)`);
  }
  return parsed;
}

export async function searchDisclosureLog(
  tx: Sql,
  staff: StaffActor,
  input: DisclosureSearchInput,
  now: Date,
): Promise<DisclosureSearchView> {
  if (input.hetu !== undefined && !isHetu(input.hetu.toUpperCase())) {
    throw badRequest('invalid_hetu', 'The personal identity code is not valid');
  }
  const entries = await searchDisclosures(tx, {
    ...(input.hetu !== undefined ? { hetu: input.hetu.toUpperCase() } : {}),
    ...(input.organisationId !== undefined ? { organisationId: input.organisationId } : {}),
    ...(input.from !== undefined ? { from: instant(input.from, 'from') } : {}),
    ...(input.to !== undefined ? { to: instant(input.to, 'to') } : {}),
    ...(input.cursor !== undefined ? { before: Number(input.cursor) } : {}),
    limit: DISCLOSURE_PAGE + 1,
  });
  const page = entries.slice(0, DISCLOSURE_PAGE);
  const organisations = await listOrganisationsById(tx, [...new Set(page.map((e) => e.organisationId))]);
  await recordAudit(
    tx,
    {
      actorUserId: staff.staffUserId,
      action: 'DisclosureSearch',
      ...(input.organisationId ? { organisationId: input.organisationId } : {}),
    },
    now,
  );
  return {
    items: page.map((e) => ({
      seq: e.seq,
      at: e.disclosedAt.toISOString(),
      interface: e.interface,
      organisation: organisations.get(e.organisationId) ?? null,
      permitId: e.permitId,
      operation: e.operation,
      persons: e.hetus.length,
      endUser: e.endUser,
      endCustomer: e.endCustomer,
      dataGroups: e.dataGroups,
    })),
    nextCursor: entries.length > DISCLOSURE_PAGE ? String(page[page.length - 1]?.seq) : null,
  };
}
