/**
 * The development identification provider, emulating the Suomi.fi test IdP: pick a listed test person, or
 * type any test identity code (individual number 900–999) with names. Never registered in production.
 *
 * GET  /api/identity/dev/persons  the listed test persons
 * POST /api/identity/dev/login    { hetu, firstNames?, lastName?, language? } → session cookie + CSRF token
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { LANGUAGES } from '../mail/index.js';
import { namesRequired } from './errors.js';
import { Timestamp } from './http.js';
import { completeLogin, loginRateLimit } from './login.js';
import { assertTestHetu, type IdentifiedPerson } from './person.js';
import type { IdentityProvider } from './providers.js';
import { TEST_PERSONS } from './test-persons.js';

const Name = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });

const LoginBody = Type.Object(
  {
    hetu: Type.String({ minLength: 1, maxLength: 11 }),
    firstNames: Type.Optional(Name),
    lastName: Type.Optional(Name),
    language: Type.Optional(Type.Enum(LANGUAGES)),
  },
  { additionalProperties: false },
);

const LoginResponse = Type.Object({
  user: Type.Object({
    id: Type.String(),
    firstNames: Type.String(),
    givenName: Type.String(),
    lastName: Type.String(),
  }),
  csrfToken: Type.String(),
  expiresAt: Timestamp,
});

const PersonsResponse = Type.Object({
  persons: Type.Array(
    Type.Object({ hetu: Type.String(), firstNames: Type.String(), lastName: Type.String() }),
  ),
});

export const developmentProvider: IdentityProvider = {
  name: 'development',
  registerRoutes(scope, deps) {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();

    app.get(
      '/api/identity/dev/persons',
      {
        schema: {
          querystring: Type.Object({}, { additionalProperties: false }),
          response: { 200: PersonsResponse },
        },
      },
      async () => ({ persons: [...TEST_PERSONS] }),
    );

    app.post(
      '/api/identity/dev/login',
      {
        onRequest: loginRateLimit(deps),
        schema: { body: LoginBody, response: { 200: LoginResponse } },
      },
      async (request, reply) => {
        const person = identify(request.body);
        return completeLogin(deps, request, reply, person, 'development');
      },
    );
  },
};

function identify(body: {
  hetu: string;
  firstNames?: string;
  lastName?: string;
  language?: IdentifiedPerson['language'];
}): IdentifiedPerson {
  const hetu = assertTestHetu(body.hetu);
  const listed = TEST_PERSONS.find((p) => p.hetu === hetu);
  const firstNames = body.firstNames ?? (body.lastName ? undefined : listed?.firstNames);
  const lastName = body.lastName ?? (body.firstNames ? undefined : listed?.lastName);
  if (!firstNames || !lastName) throw namesRequired();
  return {
    hetu,
    firstNames: firstNames.trim(),
    givenName: firstNames.trim().split(/\s+/)[0] as string,
    lastName: lastName.trim(),
    ...(body.language ? { language: body.language } : {}),
  };
}
