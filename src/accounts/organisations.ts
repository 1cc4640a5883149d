/**
 * Creating a customer account: the organisation is added and its creator becomes the main user. When the
 * business ID already has an account, nothing is created; its main users are told by e-mail (at most once
 * an hour for the same person and account), so that they can invite the person.
 */
import { takeRequest } from '../access/index.js';
import type { Config } from '../config.js';
import type { Sql } from '../db/index.js';
import { type Actor, recordAudit } from '../identity/index.js';
import { enqueueMail } from '../mail/index.js';
import { assertBusinessId, InvalidBusinessIdError } from './business-id.js';
import { invalidBusinessId } from './errors.js';
import { userManagementLink } from './links.js';
import type { Organisation, OrganisationKind } from './model.js';
import {
  getOrganisationByBusinessId,
  insertMembership,
  insertOrganisationIfAbsent,
  listMainUserContacts,
} from './queries.js';

const NOTICE_LIMIT = { limit: 1, windowSeconds: 3600 };

export type CreateAccountResult = { created: true; organisation: Organisation } | { created: false };

export async function createAccount(
  tx: Sql,
  actor: Actor,
  input: { name: string; businessId: string; kind: OrganisationKind; email: string },
  config: Pick<Config, 'publicBaseUrl'>,
  now: Date,
): Promise<CreateAccountResult> {
  const businessId = parseBusinessId(input.businessId);
  const organisation = await insertOrganisationIfAbsent(
    tx,
    { name: input.name.trim(), businessId, kind: input.kind },
    now,
  );
  if (organisation) {
    await insertMembership(
      tx,
      {
        organisationId: organisation.id,
        userId: actor.userId,
        role: 'main_user',
        email: input.email.toLowerCase(),
      },
      now,
    );
    await recordAudit(
      tx,
      {
        actorUserId: actor.userId,
        action: 'OrganisationCreate',
        organisationId: organisation.id,
        targetId: organisation.id,
      },
      now,
    );
    return { created: true, organisation };
  }
  const existing = (await getOrganisationByBusinessId(tx, businessId)) as Organisation;
  const notice = await takeRequest(tx, `account-exists:${existing.id}:${actor.userId}`, NOTICE_LIMIT, now);
  if (notice.ok) {
    for (const contact of await listMainUserContacts(tx, existing.id)) {
      await enqueueMail(
        tx,
        {
          to: contact.email,
          language: contact.language,
          message: {
            kind: 'account_exists',
            vars: {
              organisationName: existing.name,
              businessId: existing.businessId,
              requesterName: `${actor.firstNames} ${actor.lastName}`,
              link: userManagementLink(config.publicBaseUrl, existing.id),
            },
          },
        },
        now,
      );
    }
  }
  await recordAudit(
    tx,
    { actorUserId: actor.userId, action: 'OrganisationCreateRefused', organisationId: existing.id },
    now,
  );
  return { created: false };
}

function parseBusinessId(value: string): string {
  try {
    return assertBusinessId(value);
  } catch (error) {
    if (error instanceof InvalidBusinessIdError) throw invalidBusinessId(error.message);
    throw error;
  }
}
