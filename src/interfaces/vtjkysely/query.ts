/**
 * The person query both front ends share: message checks → the authorization core (admit) → the product
 * → the person, read, rendered and logged in one transaction (DESIGN invariants 1, 4). Every outcome is a
 * VTJHenkiloVastaussanoma with its Paluukoodi; only a caller the transport cannot identify, and one over
 * its rate limit, get a SOAP Fault instead.
 */
import type { FastifyRequest } from 'fastify';
import { type AccessView, admit, inSelection, type Refusal, visibleRecords } from '../../access/index.js';
import type { AppDeps } from '../../app.js';
import type { Sql } from '../../db/index.js';
import { appendDisclosure } from '../../disclosure-log/index.js';
import { getPersonByHetu, isHetu, listPersonsByHetus } from '../../register/index.js';
import { helsinkiTime, renderHenkilo, renderSanoma } from './document.js';
import { guardiansOf } from './elements/family.js';
import { END_USER_MAX_LENGTH, readEndUser } from './end-user.js';
import { type PersonQuery, REQUEST_FIELDS, SoapFault } from './envelope.js';
import { HAKUPERUSTE, type Hakuperuste, PALUUKOODI, type Paluukoodi } from './paluukoodi.js';
import { PersonRecords } from './person-records.js';
import { findProduct } from './products.js';

export interface Answer {
  sanoma: string;
  paluukoodi: Paluukoodi;
}

/** Longest value a field may have; a certificate is longer than the rest. */
const MAX_FIELD_LENGTH = 256;
const MAX_CERTIFICATE_LENGTH = 16_384;

const TRANSPORT_REFUSALS: readonly Refusal[] = [
  'no_transport_identity',
  'unknown_connection',
  'connection_not_approved',
  'certificate_expired',
];

type Fields = Record<(typeof REQUEST_FIELDS)[number], string>;

function trimmed(query: PersonQuery): Fields {
  return Object.fromEntries(REQUEST_FIELDS.map((f) => [f, (query[f] ?? '').trim()])) as Fields;
}

/** A refusal the client can act on, as a Paluukoodi; a caller nobody can identify gets a 403 fault. */
function refusal(reason: Refusal | 'rate_limited', fields: Fields, retryAfterSeconds?: number): Paluukoodi {
  if (reason === 'rate_limited') {
    throw new SoapFault('Server', 'Too many requests: try again later', 429, {
      'retry-after': String(retryAfterSeconds ?? 60),
    });
  }
  if (TRANSPORT_REFUSALS.includes(reason)) {
    throw new SoapFault(
      'Client',
      'The client is not identified: use an approved certificate or X-Road subsystem',
      403,
    );
  }
  switch (reason) {
    case 'missing_credentials':
      return fields.Kayttajatunnus === '' ? PALUUKOODI.usernameInvalid : PALUUKOODI.passwordMissing;
    case 'invalid_credentials':
      return PALUUKOODI.wrongCredentials;
    case 'product_not_permitted':
      return PALUUKOODI.productNotPermitted;
    case 'end_customer_required':
      return PALUUKOODI.endUserMissing;
    case 'end_customer_not_approved':
      return PALUUKOODI.notDisclosable;
    default:
      // wrong_interface, permit_not_active, permit_expired: the user id is not (or no longer) valid here.
      return PALUUKOODI.usernameInvalid;
  }
}

/** Under 15 on `today`: before the 15th birthday (a 29 February birthday counts from 1 March). */
function under15(birthDate: string, today: string): boolean {
  return today < `${Number(birthDate.slice(0, 4)) + 15}${birthDate.slice(4)}`;
}

export async function answerQuery(
  deps: AppDeps,
  request: FastifyRequest,
  input: { operation: string; query: PersonQuery; claimedXRoadClient: string | undefined },
): Promise<Answer> {
  const now = deps.clock.now();
  const fields = trimmed(input.query);
  // Every answer has the shape of the product asked for, refusals included, when this service knows it.
  const asked = findProduct(fields.SoSoNimi);
  const sanomatunnus = asked?.id ?? fields.SoSoNimi.toUpperCase().slice(0, 50);
  const satuCriterion = asked?.satuCriterion ?? false;
  const answer = (
    paluukoodi: Paluukoodi,
    hetuResult: Hakuperuste = HAKUPERUSTE.notUsed,
    henkilo?: string,
  ): Answer => {
    const satuResult =
      fields.SahkoinenAsiointitunnus !== '' && fields.Henkilotunnus === ''
        ? HAKUPERUSTE.notFound
        : HAKUPERUSTE.notUsed;
    const sanoma = renderSanoma({
      sanomatunnus,
      satuCriterion,
      paluukoodi,
      hetu: fields.Henkilotunnus,
      satu: fields.SahkoinenAsiointitunnus,
      hetuResult,
      satuResult,
      now,
      ...(henkilo ? { henkilo } : {}),
    });
    return { sanoma, paluukoodi };
  };

  const tooLong = REQUEST_FIELDS.some(
    (f) => fields[f].length > (f === 'X509Certificate' ? MAX_CERTIFICATE_LENGTH : MAX_FIELD_LENGTH),
  );
  if (tooLong || fields.Loppukayttaja.length > END_USER_MAX_LENGTH)
    return answer(PALUUKOODI.invalidCharacters);
  if (fields.Loppukayttaja === '') return answer(PALUUKOODI.endUserMissing);
  const { endUser, endCustomer } = readEndUser(fields.Loppukayttaja);

  const admission = await admit(deps.db.orm, deps.config, request, {
    credentials: { username: fields.Kayttajatunnus, password: fields.Salasana },
    claimedXRoadClient: input.claimedXRoadClient,
    access: {
      interface: 'vtjkysely',
      operation: input.operation,
      product: fields.SoSoNimi,
      endUser,
      ...(endCustomer ? { endCustomer } : {}),
    },
    now,
  });
  if (!admission.ok) {
    request.log.info({ reason: admission.reason }, 'vtjkysely query refused');
    return answer(refusal(admission.reason, fields, admission.retryAfterSeconds));
  }
  const { view } = admission;
  const product = findProduct(view.product ?? '');
  if (!product) return answer(PALUUKOODI.productNotServed);

  // SATU (electronic identification number) lookups: the register keeps none, so they find nobody.
  if (fields.Henkilotunnus === '') {
    return answer(fields.SahkoinenAsiointitunnus === '' ? PALUUKOODI.criterionMissing : PALUUKOODI.notFound);
  }
  if (!isHetu(fields.Henkilotunnus)) return answer(PALUUKOODI.notFound, HAKUPERUSTE.notFound);

  const today = helsinkiTime(now).date;
  return deps.db.orm.transaction(async (tx) => {
    const person = await getPersonByHetu(tx, fields.Henkilotunnus);
    if (!person) return answer(PALUUKOODI.notFound, HAKUPERUSTE.notFound);
    if (!inSelection(view.selection, person.homeMunicipality))
      return answer(PALUUKOODI.notDisclosable, HAKUPERUSTE.found);
    // "…unless agreed otherwise": the permit's death data is that agreement.
    if (person.deceased && !view.dataGroups.has('KUOLINPAIVA'))
      return answer(PALUUKOODI.deceased, HAKUPERUSTE.found);

    const records = new PersonRecords(
      visibleRecords(view, person.groups, person.turvakielto, { keepAttribute: false }),
      today,
    );
    const guardians = product.readsGuardians ? await readGuardians(tx, view, records, today) : new Map();
    const henkilo = renderHenkilo(person.hetu, product.elements, records, {
      related: (hetu) => guardians.get(hetu),
    });
    const paluukoodi = !person.requestedHetuActive
      ? PALUUKOODI.passivated
      : product.under15Notice && under15(person.birthDate, today)
        ? PALUUKOODI.under15
        : PALUUKOODI.found;
    const result = answer(
      paluukoodi,
      person.requestedHetuActive ? HAKUPERUSTE.found : HAKUPERUSTE.passive,
      henkilo,
    );
    await appendDisclosure(tx, {
      disclosedAt: now,
      permitId: view.permitId,
      organisationId: view.organisationId,
      connectionId: view.connectionId,
      endUser,
      endCustomer: view.endCustomer?.businessId ?? null,
      interface: 'vtjkysely',
      operation: input.operation,
      hetus: hetusIn(henkilo),
      dataGroups: [
        ...new Set([...records.disclosed, ...[...guardians.values()].flatMap((g) => [...g.disclosed])]),
      ],
    });
    return result;
  });
}

/** OPHREK writes each guardian's address: their own records, through the same view and turvakielto rule. */
async function readGuardians(
  tx: Sql,
  view: AccessView,
  records: PersonRecords,
  today: string,
): Promise<Map<string, PersonRecords>> {
  const hetus = guardiansOf(records)
    .map((g) => g.person?.henkilotunnus)
    .filter((h): h is string => h !== undefined && isHetu(h));
  const guardians = await listPersonsByHetus(tx, hetus);
  return new Map(
    guardians.map((g) => [
      g.requestedHetu,
      new PersonRecords(visibleRecords(view, g.groups, g.turvakielto, { keepAttribute: false }), today),
    ]),
  );
}

/**
 * Everyone the answer names, for the disclosure log: the person first, then the guardians, wards and other
 * persons whose hetu the answer carries. Read from the rendered Henkilo so that no one can be missed.
 */
function hetusIn(henkilo: string): string[] {
  const found = [...henkilo.matchAll(/<Henkilotunnus(?: [^>]*)?>([^<]+)<\/Henkilotunnus>/g)].map(
    (m) => m[1] as string,
  );
  return [...new Set(found)].filter(isHetu);
}
