/** Builders for account tests: each test file makes its own organisations and people. Test-only. */
import type { FastifyInstance } from 'fastify';
import type { Sql } from '../db/index.js';
import type { TestSession } from '../identity/test-login.js';
import { listOutboxMail } from '../mail/index.js';
import { makeBusinessId } from './business-id.js';

let next = 0;

/** A fresh valid Y-tunnus for each call (seven digits whose remainder is never 1). */
export function testBusinessId(): string {
  for (;;) {
    next++;
    try {
      return makeBusinessId(String(3_000_000 + next).padStart(7, '0'));
    } catch {
      // remainder 1: that number is never issued, take the next one
    }
  }
}

/** Creates an organisation through the API; the session's person becomes its main user. */
export async function createOrganisation(
  app: FastifyInstance,
  session: TestSession,
  fields: { name?: string; businessId?: string; kind?: 'public' | 'company'; email?: string } = {},
): Promise<{ id: string; businessId: string }> {
  const businessId = fields.businessId ?? testBusinessId();
  const res = await app.inject({
    method: 'POST',
    url: '/api/organisations',
    headers: session.headers,
    payload: {
      name: fields.name ?? `Testi ${businessId} Oy`,
      businessId,
      kind: fields.kind ?? 'company',
      email: fields.email ?? `main.${businessId}@example.fi`,
    },
  });
  if (res.statusCode !== 201)
    throw new Error(`creating the organisation failed: ${res.statusCode} ${res.body}`);
  return { id: (res.json() as { organisation: { id: string } }).organisation.id, businessId };
}

/** The token of the newest invitation mailed to this address, read from the outbox like a person would. */
export async function invitationTokenFor(db: Sql, email: string): Promise<string> {
  const mail = (await listOutboxMail(db, 100)).find((m) => m.kind === 'invitation' && m.recipient === email);
  const token = /#token=([\w-]+)/.exec(mail?.textBody ?? '')?.[1];
  if (!token) throw new Error(`no invitation mailed to ${email}`);
  return token;
}
