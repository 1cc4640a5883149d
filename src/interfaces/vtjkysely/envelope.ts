/**
 * The two SOAP 1.1 front ends of VTJkysely (spec §2, §3): reading their requests into one PersonQuery and
 * wrapping the one answer document into each flavour's response. Anything that is not a request of the
 * expected shape becomes a SoapFault; what the request asks for is judged later (query.ts), as a Paluukoodi.
 */
import { parseXRoadClient } from '../../access/index.js';
import {
  attributes,
  attributeValue,
  childElements,
  element,
  leaf,
  parseXml,
  serializeDetached,
  textOf,
  type XmlElement,
  XmlError,
} from './xml.js';

export const NS = {
  soap: 'http://schemas.xmlsoap.org/soap/envelope/',
  soap12: 'http://www.w3.org/2003/05/soap-envelope',
  tempuri: 'http://tempuri.org/',
  xroadQuery: 'http://xml.vrk.fi/ws/vtj/vtjkysely/1',
  xrd: 'http://x-road.eu/xsd/xroad.xsd',
  identifiers: 'http://x-road.eu/xsd/identifiers',
  sanoma: 'http://xml.vrk.fi/schema/vtjkysely',
  henkilotiedot: 'http://xml.vrk.fi/schema/vtj/henkilotiedot/1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xsd: 'http://www.w3.org/2001/XMLSchema',
} as const;

/** The request fields of both flavours, in WSDL sequence order (SoSo.wsdl, query.xsd). */
export const REQUEST_FIELDS = [
  'SoSoNimi',
  'Kayttajatunnus',
  'Salasana',
  'Loppukayttaja',
  'Laskutustiedot',
  'Henkilotunnus',
  'SahkoinenAsiointitunnus',
  'VarmenteenMyontaja',
  'X509Certificate',
  'VarmenteenVoimassaolotarkistus',
  'VarmenteenSulkulistatarkistus',
  'Tunnistusportaali',
  'Vara1',
] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];

/** The fields a client sent, with their text exactly as sent (entities decoded, not trimmed). */
export type PersonQuery = Partial<Record<RequestField, string>>;

export const LEGACY_OPERATION = 'TeeHenkilonTunnusKysely';
export const LEGACY_SOAP_ACTION = `${NS.tempuri}${LEGACY_OPERATION}`;
export const XROAD_OPERATION = 'HenkilonTunnusKysely';

/** A technical error, answered as a SOAP 1.1 Fault; the message never contains request values. */
export class SoapFault extends Error {
  override readonly name = 'SoapFault';
  constructor(
    readonly faultCode: 'Client' | 'Server' | 'VersionMismatch' | 'MustUnderstand',
    message: string,
    readonly statusCode = 500,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

const DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

export function faultResponse(fault: SoapFault): string {
  return `${DECLARATION}<soap:Envelope xmlns:soap="${NS.soap}"><soap:Body><soap:Fault>${leaf('faultcode', `soap:${fault.faultCode}`)}${leaf('faultstring', fault.message)}</soap:Fault></soap:Body></soap:Envelope>`;
}

// --- reading ------------------------------------------------------------------------------------

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The body as text: the charset of the Content-Type, else the XML declaration's encoding, else UTF-8.
 * UTF-8 (with US-ASCII as its subset) and ISO-8859-1, the encoding of DVV's own documents, are supported.
 */
export function decodeBody(body: unknown, contentType: string | undefined): string {
  if (!Buffer.isBuffer(body) || body.length === 0) throw new SoapFault('Client', 'The request has no body');
  const declared =
    /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1] ??
    /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
      body.subarray(0, 200).toString('latin1'),
    )?.[1] ??
    'utf-8';
  const charset = declared.toLowerCase();
  if (charset === 'iso-8859-1') return body.toString('latin1');
  if (charset !== 'utf-8' && charset !== 'us-ascii') {
    throw new SoapFault('Client', 'Unsupported charset: use UTF-8 or ISO-8859-1');
  }
  try {
    return UTF8.decode(body);
  } catch {
    throw new SoapFault('Client', 'The request body is not valid UTF-8');
  }
}

/**
 * Envelope → optional Header and the one Body element. A header block marked mustUnderstand="1" outside the
 * `understood` namespaces is refused, as SOAP 1.1 §4.2.3 requires.
 */
function readEnvelope(
  text: string,
  understood: readonly string[],
): { header: XmlElement | undefined; body: XmlElement } {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    throw new SoapFault('Client', error instanceof XmlError ? error.message : 'The request is not XML');
  }
  if (root.local === 'Envelope' && root.namespace === NS.soap12) {
    throw new SoapFault('VersionMismatch', 'SOAP 1.2 is not supported: send a SOAP 1.1 envelope');
  }
  if (root.local !== 'Envelope' || root.namespace !== NS.soap) {
    throw new SoapFault('Client', 'The request is not a SOAP 1.1 envelope');
  }
  const parts = childElements(root);
  const header = parts.find((p) => p.namespace === NS.soap && p.local === 'Header');
  const bodies = parts.filter((p) => p.namespace === NS.soap && p.local === 'Body');
  if (bodies.length !== 1 || parts.length !== bodies.length + (header ? 1 : 0)) {
    throw new SoapFault('Client', 'The envelope must hold an optional Header and one Body');
  }
  for (const block of header ? childElements(header) : []) {
    const mustUnderstand = attributeValue(block, NS.soap, 'mustUnderstand')?.trim();
    if (
      (mustUnderstand === '1' || mustUnderstand === 'true') &&
      !understood.includes(block.namespace ?? '')
    ) {
      throw new SoapFault('MustUnderstand', `The header block ${block.local} is not understood`);
    }
  }
  const [operation, ...rest] = childElements(bodies[0] as XmlElement);
  if (!operation || rest.length > 0) throw new SoapFault('Client', 'The Body must hold exactly one element');
  return { header, body: operation };
}

/** The query fields: children in the operation's namespace; others are ignored, as ASMX and WCF do. */
function readFields(container: XmlElement, namespace: string): PersonQuery {
  const query: PersonQuery = {};
  for (const child of childElements(container)) {
    if (child.namespace !== namespace) continue;
    const field = REQUEST_FIELDS.find((f) => f === child.local);
    if (!field) continue;
    if (query[field] !== undefined) throw new SoapFault('Client', `The field ${field} is given twice`);
    if (childElements(child).length > 0) throw new SoapFault('Client', `The field ${field} must be text`);
    query[field] = textOf(child);
  }
  return query;
}

/** Direct flavour: `TeeHenkilonTunnusKysely` in http://tempuri.org/, SOAPAction quoted, unquoted or empty. */
export function readLegacyRequest(text: string, soapAction: string | undefined): PersonQuery {
  const action = soapAction?.trim().replace(/^"(.*)"$/, '$1') ?? '';
  if (action !== '' && action !== LEGACY_SOAP_ACTION) {
    throw new SoapFault('Client', `Unknown SOAPAction: this service answers ${LEGACY_SOAP_ACTION}`);
  }
  const { body } = readEnvelope(text, []);
  if (body.namespace !== NS.tempuri || body.local !== LEGACY_OPERATION) {
    throw new SoapFault(
      'Client',
      `Unknown operation: this service answers {${NS.tempuri}}${LEGACY_OPERATION}`,
    );
  }
  return readFields(body, NS.tempuri);
}

export interface XRoadRequest {
  query: PersonQuery;
  /** The request's SOAP Header: its fields go back in the response, in order and unchanged. */
  header: XmlElement;
  /** xrd:client as INSTANCE/CLASS/CODE/SUBSYSTEM. */
  client: string;
}

function xroadField(header: XmlElement, local: string): XmlElement {
  const found = childElements(header).filter((e) => e.namespace === NS.xrd && e.local === local);
  if (found.length !== 1) throw new SoapFault('Client', `The X-Road header needs exactly one ${local}`);
  return found[0] as XmlElement;
}

function identifierParts(identifier: XmlElement, names: readonly string[]): Map<string, string> {
  const parts = new Map<string, string>();
  for (const child of childElements(identifier)) {
    if (child.namespace === NS.identifiers && names.includes(child.local))
      parts.set(child.local, textOf(child).trim());
  }
  return parts;
}

const CLIENT_PARTS = ['xRoadInstance', 'memberClass', 'memberCode', 'subsystemCode'];

/** X-Road message protocol 4.0: the header (client, service, id, protocolVersion) and `HenkilonTunnusKysely`. */
export function readXRoadRequest(text: string): XRoadRequest {
  const { header, body } = readEnvelope(text, [NS.xrd]);
  if (!header) throw new SoapFault('Client', 'The X-Road header is missing');
  if (textOf(xroadField(header, 'protocolVersion')).trim() !== '4.0') {
    throw new SoapFault('Client', 'Unsupported X-Road protocolVersion: use 4.0');
  }
  if (textOf(xroadField(header, 'id')).trim() === '') throw new SoapFault('Client', 'The X-Road id is empty');
  const service = identifierParts(xroadField(header, 'service'), ['serviceCode', 'serviceVersion']);
  if (service.get('serviceCode') !== body.local) {
    throw new SoapFault('Client', 'The body element does not match the X-Road serviceCode');
  }
  if (body.namespace !== NS.xroadQuery || body.local !== XROAD_OPERATION) {
    throw new SoapFault(
      'Client',
      `Unknown operation: this service answers {${NS.xroadQuery}}${XROAD_OPERATION}`,
    );
  }
  const version = service.get('serviceVersion');
  if (version !== undefined && version !== 'v1')
    throw new SoapFault('Client', 'Unsupported serviceVersion: use v1');
  const clientElement = xroadField(header, 'client');
  const parts = identifierParts(clientElement, CLIENT_PARTS);
  const client = CLIENT_PARTS.map((part) => parts.get(part)).join('/');
  // Only subsystems are ever registered for a permit (access/connections.ts); nothing else can be admitted.
  if (!parseXRoadClient(client)) {
    throw new SoapFault(
      'Client',
      'The X-Road client must be a subsystem: INSTANCE/CLASS/CODE/SUBSYSTEM',
      403,
    );
  }
  const requests = childElements(body).filter((e) => e.namespace === NS.xroadQuery && e.local === 'request');
  if (requests.length > 1) throw new SoapFault('Client', 'The request element is given twice');
  return {
    query: requests[0] ? readFields(requests[0], NS.xroadQuery) : {},
    header,
    client,
  };
}

// --- writing ------------------------------------------------------------------------------------

/** ASMX style; the answer document follows `…Result` directly, with no text before it (spec §2.3). */
export function legacyResponse(sanoma: string): string {
  return `${DECLARATION}<soap:Envelope${attributes([
    ['xmlns:soap', NS.soap],
    ['xmlns:xsi', NS.xsi],
    ['xmlns:xsd', NS.xsd],
  ])}><soap:Body><${LEGACY_OPERATION}Response xmlns="${NS.tempuri}"><${LEGACY_OPERATION}Result>${sanoma}</${LEGACY_OPERATION}Result></${LEGACY_OPERATION}Response></soap:Body></soap:Envelope>`;
}

export type XRoadAnswer = { sanoma: string } | { faultCode: string; faultString: string };

/**
 * The request's header fields in their order with their values, then the request echoed as sent with the
 * password blanked, then the answer document or, without a person, `faultCode`/`faultString` (spec §3.3).
 */
export function xroadResponse(request: XRoadRequest, answer: XRoadAnswer): string {
  const headerFields = childElements(request.header).map((field) =>
    serializeDetached(field, request.header.scope),
  );
  const echo = REQUEST_FIELDS.filter((field) => request.query[field] !== undefined).map((field) =>
    field === 'Salasana' ? leaf(field) : leaf(field, request.query[field]),
  );
  const response =
    'sanoma' in answer
      ? answer.sanoma
      : leaf('faultCode', answer.faultCode) + leaf('faultString', answer.faultString);
  return `${DECLARATION}<soap:Envelope xmlns:soap="${NS.soap}"><soap:Header>${headerFields.join('')}</soap:Header><soap:Body${attributes(
    [
      ['xmlns:xsd', NS.xsd],
      ['xmlns:xsi', NS.xsi],
    ],
  )}>${element(`${XROAD_OPERATION}Response`, [element('request', echo), element('response', response)], attributes([['xmlns', NS.xroadQuery]]))}</soap:Body></soap:Envelope>`;
}
