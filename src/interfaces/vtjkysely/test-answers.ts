/**
 * Asking both flavours the same question and checking the answer each gives (test-only): the direct
 * service carries every code in a document, X-Road carries the codes without a person as faultCode and
 * faultString. Documents are checked against their schema on the way.
 */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Sql } from '../../db/index.js';
import { searchDisclosures } from '../../disclosure-log/index.js';
import type { PersonQuery } from './envelope.js';
import { carriesPerson, PALUUKOODI, type Paluukoodi } from './paluukoodi.js';
import {
  all,
  legacyRequest,
  PRODUCT_SCHEMAS,
  postLegacy,
  postXRoad,
  type ReadAnswer,
  readAnswer,
  sanomaDocument,
  schemaErrors,
  valueAt,
  xroadRequest,
} from './test-soap.js';

const BY_CODE = new Map<string, Paluukoodi>(Object.values(PALUUKOODI).map((p) => [p.koodi, p]));

/** Sends `query` to both front ends and checks that both answer `koodi`; returns the direct answer. */
export async function expectCode(
  app: FastifyInstance,
  query: PersonQuery,
  koodi: string,
  xroadClient: string,
): Promise<ReadAnswer> {
  const paluukoodi = BY_CODE.get(koodi) as Paluukoodi;
  const direct = await postLegacy(app, legacyRequest(query));
  expect(direct.statusCode).toBe(200);
  const answer = readAnswer(direct);
  expect(answer.koodi).toBe(koodi);
  expect(valueAt(answer.sanoma, 'Paluukoodi')).toBe(paluukoodi.teksti);
  expect(answer.henkilo !== undefined).toBe(carriesPerson(paluukoodi));
  const schema =
    PRODUCT_SCHEMAS[answer.sanoma?.attributes.find((a) => a.name === 'sanomatunnus')?.value ?? ''];
  const errors = await schemaErrors(
    sanomaDocument(answer.envelope),
    schema ?? (PRODUCT_SCHEMAS['PERUSSANOMA 1'] as never),
  );
  // The catalogue types koodi as 1–5 digits, so its own negative codes (-1500, -19xx) cannot validate.
  expect(errors).toEqual(
    koodi.startsWith('-') ? [expect.stringContaining("'koodi': [facet 'pattern']")] : [],
  );

  const xroad = readAnswer(await postXRoad(app, xroadRequest(query, { client: xroadClient })));
  const [response] = all(xroad.envelope, 'Body', 'HenkilonTunnusKyselyResponse', 'response');
  if (carriesPerson(paluukoodi)) {
    expect(xroad.koodi).toBe(koodi);
  } else {
    expect(xroad.sanoma).toBeUndefined();
    expect([valueAt(response, 'faultCode'), valueAt(response, 'faultString')]).toEqual([
      koodi,
      paluukoodi.teksti,
    ]);
  }
  return answer;
}

export async function disclosureCount(db: Sql): Promise<number> {
  return (await searchDisclosures(db, { limit: 10_000 })).length;
}
