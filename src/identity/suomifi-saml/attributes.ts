/**
 * What Suomi.fi e-Identification tells about the person, read from a validated SAML assertion
 * (/work/shared/specs/xroad-identification-data.md §2.2–2.3). Attributes are named by their URI
 * (NameFormat=uri) and checked here, at the boundary; nothing else reads the SAML profile.
 */
import type { Profile } from '@node-saml/node-saml';
import { type Hetu, parseHetu } from '../../register/index.js';
import type { IdentifiedPerson } from '../person.js';

/** nationalIdentificationNumber: the henkilötunnus. Absent for eIDAS (foreign) logins. */
export const ATTR_HETU = 'urn:oid:1.2.246.21';
/** FirstName: all first names. */
export const ATTR_FIRST_NAMES = 'http://eidas.europa.eu/attributes/naturalperson/CurrentGivenName';
/** givenName: the calling name (kutsumanimi). */
export const ATTR_GIVEN_NAME = 'urn:oid:2.5.4.42';
/** sn: the surname. */
export const ATTR_SURNAME = 'urn:oid:2.5.4.4';

/** AuthnContextClassRef values of the Finnish Trust Network levels of assurance. */
export const LOA_SUBSTANTIAL = 'http://ftn.ficora.fi/2017/loa2';
export const LOA_HIGH = 'http://ftn.ficora.fi/2017/loa3';

export type Loa = 'substantial' | 'high';

const CLASS_REF_OF: Readonly<Record<Loa, string>> = { substantial: LOA_SUBSTANTIAL, high: LOA_HIGH };
const ACCEPTED: Readonly<Record<Loa, readonly string[]>> = {
  substantial: [LOA_SUBSTANTIAL, LOA_HIGH],
  high: [LOA_HIGH],
};

/** The AuthnContextClassRef to ask for with Comparison="minimum". */
export function requestedClassRef(minimum: Loa): string {
  return CLASS_REF_OF[minimum];
}

/** Why an assertion does not identify a person for us; the codes end up in `/login?error=…`. */
export type RefusalCode =
  | 'assurance_level_too_low'
  | 'identity_code_missing'
  | 'identity_code_invalid'
  | 'names_missing';

export class IdentificationRefused extends Error {
  constructor(readonly code: RefusalCode) {
    super(code);
  }
}

/** The level of assurance the IdP reports, checked against the minimum we require. */
export function assertAssurance(profile: Profile, minimum: Loa): string {
  const classRefs = authnContextClassRefs(profile);
  const classRef = classRefs.length === 1 ? classRefs[0] : undefined;
  if (!classRef || !ACCEPTED[minimum].includes(classRef))
    throw new IdentificationRefused('assurance_level_too_low');
  return classRef;
}

function authnContextClassRefs(profile: Profile): string[] {
  const assertion = profile.getAssertion?.() as { Assertion?: XmlJs } | undefined;
  const statements = asArray(assertion?.Assertion?.AuthnStatement);
  return statements.flatMap((statement) =>
    asArray(statement.AuthnContext).flatMap((context) =>
      asArray(context.AuthnContextClassRef).map((ref) => (typeof ref._ === 'string' ? ref._.trim() : '')),
    ),
  );
}

/**
 * The person: a valid hetu (any individual number: production identifies real people) and names. The hetu
 * is never put into an error or a log line.
 */
export function personFromProfile(profile: Profile): IdentifiedPerson {
  const rawHetu = single(profile, ATTR_HETU);
  if (rawHetu === undefined) throw new IdentificationRefused('identity_code_missing');
  const parsed = parseHetu(rawHetu);
  if (!parsed.ok) throw new IdentificationRefused('identity_code_invalid');
  const hetu: Hetu = parsed.value.hetu;

  const allFirstNames = name(profile, ATTR_FIRST_NAMES);
  const callingName = name(profile, ATTR_GIVEN_NAME);
  const lastName = name(profile, ATTR_SURNAME);
  const firstNames = allFirstNames ?? callingName;
  if (!firstNames || !lastName) throw new IdentificationRefused('names_missing');
  return {
    hetu,
    firstNames,
    givenName: callingName ?? (firstNames.split(/\s+/)[0] as string),
    lastName,
  };
}

const MAX_NAME = 200;

function name(profile: Profile, attribute: string): string | undefined {
  const value = single(profile, attribute)?.replace(/\s+/g, ' ').trim();
  if (!value || value.length > MAX_NAME) return undefined;
  return value;
}

/** A single-valued string attribute; several values, or a structured one, count as absent. */
function single(profile: Profile, attribute: string): string | undefined {
  const attributes = profile.attributes as Record<string, unknown> | undefined;
  const value = attributes?.[attribute];
  return typeof value === 'string' ? value : undefined;
}

/** node-saml's xml2js shape: elements are arrays, text is `_`. */
interface XmlJs {
  _?: unknown;
  [child: string]: unknown;
}

function asArray(value: unknown): XmlJs[] {
  return Array.isArray(value) ? (value.filter((v) => typeof v === 'object' && v !== null) as XmlJs[]) : [];
}
