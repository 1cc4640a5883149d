/** Mail to the applicant organisation's users, each in their own language, in the caller's transaction. */
import type { ApplicationRecord } from '../applications/index.js';
import type { Config } from '../config.js';
import type { Sql } from '../db/index.js';
import { enqueueMail, type MailMessage } from '../mail/index.js';
import { listMemberContacts } from '../permits/index.js';

/** Where the applicant opens the application (and its decision) in the e-service. */
export function applicationLink(config: Pick<Config, 'publicBaseUrl'>, app: ApplicationRecord): string {
  return `${config.publicBaseUrl}/organisations/${app.organisation.id}/applications/${app.id}`;
}

export async function mailApplicant(
  tx: Sql,
  app: ApplicationRecord,
  message: (link: string) => MailMessage,
  config: Pick<Config, 'publicBaseUrl'>,
  now: Date,
): Promise<number> {
  const contacts = await listMemberContacts(tx, app.organisation.id);
  const built = message(applicationLink(config, app));
  for (const contact of contacts) {
    await enqueueMail(tx, { to: contact.email, language: contact.language, message: built }, now);
  }
  return contacts.length;
}
