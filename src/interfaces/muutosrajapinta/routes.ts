/**
 * The three operations under /VTJmutpa/api/v1/ (DESIGN §5). Each route: admitted first (onRequest), then the
 * body checked by its schema and the checks schemas cannot express, then one transaction that reads the
 * data and logs the disclosure before the response leaves.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app.js';
import { admittedView, requireAccess } from './auth.js';
import { baseData } from './base-data.js';
import { firstCursorOf, pageOfChanges } from './changes.js';
import { assertDataGroups, assertHetulista } from './input.js';
import {
  ErrorBody,
  KirjausavainParams,
  KirjausavainResponse,
  MUUTOKSET_BODY_LIMIT,
  MuutoksetRequest,
  MuutoksetResponse,
  PERUSTIEDOT_BODY_LIMIT,
  PerustiedotRequest,
  PerustiedotResponse,
} from './wire.js';

export const BASE_PATH = '/VTJmutpa/api/v1';

const refusals = { 401: ErrorBody, 403: ErrorBody, 429: ErrorBody };

export function muutosrajapintaRoutes(scope: FastifyInstance, deps: AppDeps): void {
  const app = scope.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    `${BASE_PATH}/kirjausavain/:date`,
    {
      onRequest: requireAccess(deps, 'kirjausavain'),
      schema: {
        summary:
          'The key from which muutokset returns the changes made on this date (Finnish time) and after',
        params: KirjausavainParams,
        response: { 200: KirjausavainResponse, 400: ErrorBody, ...refusals },
      },
    },
    async (request) => ({ viimeisinKirjausavain: await firstCursorOf(deps.db.orm, request.params.date) }),
  );

  app.post(
    `${BASE_PATH}/muutokset`,
    {
      onRequest: requireAccess(deps, 'muutokset'),
      bodyLimit: MUUTOKSET_BODY_LIMIT,
      schema: {
        summary: 'Changes after a key, for the listed persons (or the permitted municipalities)',
        body: MuutoksetRequest,
        response: { 200: MuutoksetResponse, 400: ErrorBody, 413: ErrorBody, ...refusals },
      },
    },
    async (request) => {
      const view = admittedView(request);
      const { viimeisinKirjausavain, hetulista } = request.body;
      if (hetulista) assertHetulista(hetulista);
      return deps.db.orm.transaction((tx) =>
        pageOfChanges(tx, view, { after: viimeisinKirjausavain, hetulista }, deps.clock.now()),
      );
    },
  );

  app.post(
    `${BASE_PATH}/perustiedot`,
    {
      onRequest: requireAccess(deps, 'perustiedot'),
      bodyLimit: PERUSTIEDOT_BODY_LIMIT,
      schema: {
        summary: 'Current base data of at most 1 000 persons; unknown hetus are left out',
        body: PerustiedotRequest,
        response: { 200: PerustiedotResponse, 400: ErrorBody, 413: ErrorBody, ...refusals },
      },
    },
    async (request) => {
      const view = admittedView(request);
      const { hetulista, tietoryhmat } = request.body;
      assertHetulista(hetulista);
      if (tietoryhmat) assertDataGroups(tietoryhmat);
      return deps.db.orm.transaction((tx) =>
        baseData(tx, view, { hetulista, tietoryhmat }, deps.clock.now()),
      );
    },
  );
}
