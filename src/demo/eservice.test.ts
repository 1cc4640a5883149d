import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../identity/test-login.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { DEMO_INTERMEDIARY, DEMO_MUNICIPALITY, seedDemoAccess } from './access.js';
import { DEMO_CUSTOMER_USER, DEMO_INTERMEDIARY_USER, demoLogin, seedDemoEservice } from './eservice.js';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({ env: { MAIL_POLL_SECONDS: '0' } });
  await t.db.orm.transaction(async (tx) => {
    await seedDemoAccess(tx, '2026-11-25', t.clock.now());
    await seedDemoEservice(tx, t.clock.now());
  });
});
afterAll(() => t.close());

describe('demo e-service users', () => {
  it.each([
    ['customer', DEMO_CUSTOMER_USER, DEMO_MUNICIPALITY, 2],
    ['intermediary', DEMO_INTERMEDIARY_USER, DEMO_INTERMEDIARY, 1],
  ] as const)(
    'the %s login is a main user who sees the demo permits',
    async (_who, user, organisation, permits) => {
      const login = demoLogin(user);
      expect(login).toEqual({
        hetu: expect.stringMatching(/^\d{6}-9\d{2}[0-9A-Y]$/),
        name: expect.any(String),
        organisation: organisation.name,
        role: 'main_user',
      });
      const session = await loginAs(t.app, { hetu: login.hetu });
      const me = await t.app.inject({ method: 'GET', url: '/api/session', headers: session.headers });
      const { organisations } = me.json() as {
        organisations: { id: string; businessId: string; role: string }[];
      };
      expect(organisations).toEqual([
        expect.objectContaining({ businessId: organisation.businessId, role: 'main_user' }),
      ]);
      const listed = await t.app.inject({
        method: 'GET',
        url: `/api/organisations/${organisations[0]?.id}/permits`,
        headers: session.headers,
      });
      expect((listed.json() as { permits: { state: string }[] }).permits).toHaveLength(permits);
    },
  );
});
