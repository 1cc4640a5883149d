/**
 * The intermediary model (välitoimijamalli, eservice-domain §1.5): a supplier prepares an application for a
 * customer organisation and sends it to the customer's main users, who approve it (accepting its terms, and
 * the application goes to DVV with the approver as its sender) or return it with a comment. After sending,
 * the supplier can no longer edit it; after a return it makes a corrected copy.
 */
import { sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Sql } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import { enqueueMail, type Language } from '../mail/index.js';
import type { ApplicationAccess } from './authorize.js';
import { applicantOnly, mainUserRequired, supplierOnly } from './errors.js';
import { formDefinition } from './forms/index.js';
import type { Content } from './model.js';
import * as q from './queries.js';
import { freezeVersion, referenceFor, type SendResult, sendingIssues } from './sending.js';
import { canTransition, IllegalTransition, transitionApplication } from './state-machine.js';

export function applicationLink(
  publicBaseUrl: string,
  organisationId: string,
  applicationId: string,
): string {
  return `${publicBaseUrl}/organisations/${encodeURIComponent(organisationId)}/applications/${encodeURIComponent(applicationId)}`;
}

const actorName = (actor: Actor) => `${actor.firstNames} ${actor.lastName}`;

/** The supplier sends its draft to the customer's main users for approval. */
export async function sendToCustomer(
  tx: Sql,
  actor: Actor,
  access: ApplicationAccess,
  message: string,
  config: Pick<Config, 'publicBaseUrl'>,
  now: Date,
): Promise<SendResult> {
  const { application, side } = access;
  if (side !== 'supplier') throw supplierOnly();
  if (!canTransition(application.state, 'send_to_customer'))
    throw new IllegalTransition('send_to_customer', application.state);
  // The terms are the customer's to accept, by approving.
  const issues = await sendingIssues(tx, application, application.content, { skipConfirm: true });
  if (issues.length > 0) return { ok: false, issues };
  await transitionApplication(tx, application.id, 'send_to_customer', now);
  await q.insertEvent(tx, {
    applicationId: application.id,
    at: now,
    actor: { kind: 'customer', id: actor.userId },
    type: 'sent_to_customer',
    internal: false,
    data: { message },
  });
  const form = formDefinition(application.form);
  const customer = application.organisation;
  const supplier = application.preparedBy ?? access.membership.organisation;
  for (const contact of await q.listMainUserContacts(tx, customer.id)) {
    await enqueueMail(
      tx,
      {
        to: contact.email,
        language: contact.language,
        message: {
          kind: 'intermediary_approval',
          vars: {
            customerName: customer.name,
            customerBusinessId: customer.businessId,
            supplierName: supplier.name,
            supplierBusinessId: supplier.businessId,
            formTitle: form.title[contact.language],
            message,
            link: applicationLink(config.publicBaseUrl, customer.id, application.id),
          },
        },
      },
      now,
    );
  }
  return { ok: true };
}

/** The customer's main user approves: the terms are accepted and the application goes to DVV. */
export async function approveApplication(
  tx: Sql,
  actor: Actor,
  access: ApplicationAccess,
  now: Date,
): Promise<SendResult> {
  const { application } = access;
  requireCustomerMainUser(access);
  if (!canTransition(application.state, 'customer_approve'))
    throw new IllegalTransition('customer_approve', application.state);
  const form = formDefinition(application.form);
  const accepted: Content = { ...application.content };
  for (const field of form.sections.flatMap((s) => s.fields))
    if (field.kind === 'confirm') accepted[field.id] = true;
  const issues = await sendingIssues(tx, application, accepted);
  if (issues.length > 0) return { ok: false, issues };
  const reference = await referenceFor(tx, application, now);
  await transitionApplication(
    tx,
    application.id,
    'customer_approve',
    now,
    sql`content = ${JSON.stringify(accepted)}::json, reference = ${reference},
        submitted_at = coalesce(a.submitted_at, ${now.toISOString()}::timestamptz)`,
  );
  const version = await freezeVersion(tx, application, accepted, actor.userId, now);
  const by = { kind: 'customer' as const, id: actor.userId };
  await q.insertEvent(tx, {
    applicationId: application.id,
    at: now,
    actor: by,
    type: 'customer_approved',
    internal: false,
    data: {},
  });
  await q.insertEvent(tx, {
    applicationId: application.id,
    at: now,
    actor: by,
    type: 'submitted',
    internal: false,
    data: { version, reference },
  });
  return { ok: true };
}

/** The customer's main user returns it to the supplier with a comment; the supplier's preparers are told. */
export async function returnToSupplier(
  tx: Sql,
  actor: Actor,
  access: ApplicationAccess,
  comment: string,
  config: Pick<Config, 'publicBaseUrl'>,
  now: Date,
): Promise<void> {
  const { application } = access;
  requireCustomerMainUser(access);
  await transitionApplication(tx, application.id, 'customer_return', now);
  await q.insertEvent(tx, {
    applicationId: application.id,
    at: now,
    actor: { kind: 'customer', id: actor.userId },
    type: 'returned_by_customer',
    internal: false,
    data: { comment },
  });
  const supplier = application.preparedBy;
  if (!supplier) return;
  const preparers = await q.listEventActors(tx, application.id, ['created', 'sent_to_customer']);
  let contacts: { email: string; language: Language }[] = await q.listMemberContacts(
    tx,
    supplier.id,
    preparers,
  );
  // Whoever prepared it may have left the supplier's account: then its main users hear of it.
  if (contacts.length === 0) contacts = await q.listMainUserContacts(tx, supplier.id);
  const form = formDefinition(application.form);
  for (const contact of contacts) {
    await enqueueMail(
      tx,
      {
        to: contact.email,
        language: contact.language,
        message: {
          kind: 'intermediary_returned',
          vars: {
            customerName: application.organisation.name,
            customerBusinessId: application.organisation.businessId,
            supplierName: supplier.name,
            formTitle: form.title[contact.language],
            returnerName: actorName(actor),
            comment,
            link: applicationLink(config.publicBaseUrl, supplier.id, application.id),
          },
        },
      },
      now,
    );
  }
}

function requireCustomerMainUser(access: ApplicationAccess): void {
  if (access.side !== 'applicant' || access.application.preparedBy === null) throw applicantOnly();
  if (access.membership.role !== 'main_user') throw mainUserRequired();
}
