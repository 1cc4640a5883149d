/**
 * Logging in through the development provider in route tests. Each login comes from its own client address,
 * as different people's would, so that the login rate limit does not pace a test file. Test-only.
 */
import type { FastifyInstance } from 'fastify';

export interface TestSession {
  userId: string;
  token: string;
  csrfToken: string;
  /** Headers of a same-site request: the cookie and the CSRF token. */
  headers: { cookie: string; 'x-csrf-token': string };
}

let clients = 0;

export async function loginAs(
  app: FastifyInstance,
  person: { hetu: string; firstNames?: string; lastName?: string; language?: 'fi' | 'sv' | 'en' },
): Promise<TestSession> {
  clients++;
  const res = await app.inject({
    method: 'POST',
    url: '/api/identity/dev/login',
    payload: person,
    remoteAddress: `198.51.100.${clients % 250}`,
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const token = res.cookies.find((c) => c.name === 'tietolupa_session')?.value as string;
  const body = res.json() as { user: { id: string }; csrfToken: string };
  return {
    userId: body.user.id,
    token,
    csrfToken: body.csrfToken,
    headers: { cookie: `tietolupa_session=${token}`, 'x-csrf-token': body.csrfToken },
  };
}
