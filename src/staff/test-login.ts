/** Logging staff in through the development login in route tests, each from its own client address. Test-only. */
import type { FastifyInstance } from 'fastify';

export interface StaffTestSession {
  staffUserId: string;
  token: string;
  csrfToken: string;
  /** The cookie and the CSRF token of a same-site request. */
  headers: { cookie: string; 'x-csrf-token': string };
}

let clients = 0;

/** 'dev-handler' (Hanna Käsittelijä), 'dev-handler-2' (Kalle Käsittelijä) or 'dev-admin' (Aino Ylläpitäjä). */
export async function loginStaff(app: FastifyInstance, subject: string): Promise<StaffTestSession> {
  clients++;
  const res = await app.inject({
    method: 'POST',
    url: '/api/back-office/login/development',
    payload: { subject },
    remoteAddress: `203.0.113.${clients % 250}`,
  });
  if (res.statusCode !== 204) throw new Error(`staff login failed: ${res.statusCode} ${res.body}`);
  const token = res.cookies.find((c) => c.name === 'tietolupa_staff')?.value as string;
  const session = await app.inject({
    method: 'GET',
    url: '/api/back-office/session',
    headers: { cookie: `tietolupa_staff=${token}` },
  });
  const body = session.json() as { staff: { id: string }; csrfToken: string };
  return {
    staffUserId: body.staff.id,
    token,
    csrfToken: body.csrfToken,
    headers: { cookie: `tietolupa_staff=${token}`, 'x-csrf-token': body.csrfToken },
  };
}
