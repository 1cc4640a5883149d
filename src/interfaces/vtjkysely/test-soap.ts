/**
 * Test helpers (test-only): requests as the real clients write them, the shared fixtures, reading answers,
 * and XSD validation of answers with libxml2 (xmllint-wasm) against the schemas in fixtures/vtjkysely/schema.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { validateXML } from 'xmllint-wasm';
import { LEGACY_SOAP_ACTION, NS, type PersonQuery, REQUEST_FIELDS } from './envelope.js';
import { childElements, escapeText, parseXml, serializeDetached, textOf, type XmlElement } from './xml.js';

/** The shared folder sits beside the repository (`../shared` from its root). */
const SHARED = new URL('../../../../shared/fixtures/vtjkysely/', import.meta.url);

export function fixture(path: string, encoding: BufferEncoding = 'utf8'): string {
  return readFileSync(new URL(path, SHARED), encoding);
}

/** ONR (JAXB): only the fields that are set, qualified in http://tempuri.org/, no whitespace. */
export function legacyRequest(query: PersonQuery): string {
  const fields = REQUEST_FIELDS.filter((f) => query[f] !== undefined)
    .map((f) => `<ns2:${f}>${escapeText(query[f] as string)}</ns2:${f}>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="${NS.soap}"><SOAP-ENV:Header/><SOAP-ENV:Body><ns2:TeeHenkilonTunnusKysely xmlns:ns2="${NS.tempuri}">${fields}</ns2:TeeHenkilonTunnusKysely></SOAP-ENV:Body></SOAP-ENV:Envelope>`;
}

/** Koski's request: its Scala template from the fixture, placeholders filled, sent as it is written. */
export function koskiRequest(values: {
  username: string;
  password: string;
  endUser: string;
  hetu: string;
}): string {
  return fixture('legacy/koski-TeeHenkilonTunnusKysely-request-template.xml')
    .replace('{runtimeCfg.username}', escapeText(values.username))
    .replace('{runtimeCfg.password}', escapeText(values.password))
    .replace('{loppukayttaja}', escapeText(values.endUser))
    .replace('{huoltajanHetu}', escapeText(values.hetu));
}

export interface XRoadHeader {
  client: string;
  id?: string;
  userId?: string;
}

/** evaka (Spring WS): the X-Road 4.0 header of its captures, then `HenkilonTunnusKysely/request`. */
export function xroadRequest(query: PersonQuery, header: XRoadHeader): string {
  const [instance, memberClass, memberCode, subsystem] = header.client.split('/');
  const fields = REQUEST_FIELDS.filter((f) => query[f] !== undefined)
    .map((f) => `<ns2:${f}>${escapeText(query[f] as string)}</ns2:${f}>`)
    .join('');
  return `<SOAP-ENV:Envelope xmlns:SOAP-ENV="${NS.soap}"><SOAP-ENV:Header><xrd:client xmlns:xrd="${NS.xrd}" xmlns:id="${NS.identifiers}" id:objectType="SUBSYSTEM"><id:xRoadInstance>${instance}</id:xRoadInstance><id:memberClass>${memberClass}</id:memberClass><id:memberCode>${memberCode}</id:memberCode>${subsystem === undefined ? '' : `<id:subsystemCode>${subsystem}</id:subsystemCode>`}</xrd:client><xrd:service xmlns:xrd="${NS.xrd}" xmlns:id="${NS.identifiers}" id:objectType="SERVICE"><id:xRoadInstance>FI-TEST</id:xRoadInstance><id:memberClass>GOV</id:memberClass><id:memberCode>0245437-2</id:memberCode><id:subsystemCode>VTJkysely</id:subsystemCode><id:serviceCode>HenkilonTunnusKysely</id:serviceCode><id:serviceVersion>v1</id:serviceVersion></xrd:service><xrd:id xmlns:xrd="${NS.xrd}">${header.id ?? '41fc10922728511e'}</xrd:id><xrd:userId xmlns:xrd="${NS.xrd}">${header.userId ?? '00000000-0000-0000-0000-000000000000'}</xrd:userId><xrd:issue xmlns:xrd="${NS.xrd}"/><xrd:protocolVersion xmlns:xrd="${NS.xrd}">4.0</xrd:protocolVersion></SOAP-ENV:Header><SOAP-ENV:Body><ns2:HenkilonTunnusKysely xmlns:ns2="${NS.xroadQuery}"><ns2:request>${fields}</ns2:request></ns2:HenkilonTunnusKysely></SOAP-ENV:Body></SOAP-ENV:Envelope>`;
}

export function postLegacy(
  app: FastifyInstance,
  body: string | Buffer,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method: 'POST',
    url: '/SoSo/soso.asmx',
    headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${LEGACY_SOAP_ACTION}"`, ...headers },
    payload: body,
  });
}

export function postXRoad(app: FastifyInstance, body: string | Buffer, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: '/VTJkysely',
    headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: '""', ...headers },
    payload: body,
  });
}

// --- reading answers ------------------------------------------------------------------------------

/** The first descendant (depth-first) with this local name, namespace-agnostic as Koski reads. */
export function find(root: XmlElement, local: string): XmlElement | undefined {
  for (const child of childElements(root)) {
    if (child.local === local) return child;
    const deeper = find(child, local);
    if (deeper) return deeper;
  }
  return undefined;
}

/** The child elements at a path of local names (each step: every child of that name). */
export function all(root: XmlElement | undefined, ...path: string[]): XmlElement[] {
  let level = root ? [root] : [];
  for (const step of path) level = level.flatMap((e) => childElements(e).filter((c) => c.local === step));
  return level;
}

export function valueAt(root: XmlElement | undefined, ...path: string[]): string | undefined {
  const [found] = all(root, ...path);
  return found ? textOf(found) : undefined;
}

export interface ReadAnswer {
  envelope: XmlElement;
  sanoma: XmlElement | undefined;
  koodi: string | undefined;
  henkilo: XmlElement | undefined;
}

export function readAnswer(response: LightMyRequestResponse | string): ReadAnswer {
  const envelope = parseXml(typeof response === 'string' ? response : response.body);
  const sanoma = find(envelope, 'VTJHenkiloVastaussanoma');
  const paluukoodi = sanoma ? all(sanoma, 'Paluukoodi')[0] : undefined;
  return {
    envelope,
    sanoma,
    koodi: paluukoodi?.attributes.find((a) => a.name === 'koodi')?.value,
    henkilo: sanoma ? all(sanoma, 'Henkilo')[0] : undefined,
  };
}

/** The answer document as a standalone XML document (its inherited namespace declarations added). */
export function sanomaDocument(envelope: XmlElement): string {
  const path: XmlElement[] = [];
  const walk = (e: XmlElement): boolean => {
    for (const child of childElements(e)) {
      if (child.local === 'VTJHenkiloVastaussanoma' || walk(child)) {
        path.unshift(child);
        return true;
      }
    }
    return false;
  };
  if (!walk(envelope)) throw new Error('no VTJHenkiloVastaussanoma');
  const sanoma = path[path.length - 1] as XmlElement;
  const parent = path.length > 1 ? (path[path.length - 2] as XmlElement) : envelope;
  return serializeDetached(sanoma, parent.scope);
}

// --- XSD validation -------------------------------------------------------------------------------

/** DVV's schemas are ISO-8859-1: handed to libxml2 as UTF-8 with the declaration to match. */
function schemaFile(fileName: string, url: URL) {
  return {
    fileName,
    contents: readFileSync(url, 'latin1').replace(/encoding="ISO-8859-1"/i, 'encoding="UTF-8"'),
  };
}

const KATALOGI_2023 = new URL('schema/evaka/VTJHenkilotiedotKatalogi.xsd', SHARED);
const KATALOGI_2012 = new URL('schema/oph/VTJHenkilotiedotKatalogi.xsd', SHARED);
const OWN = new URL('./wsdl/products/', import.meta.url);

/** The schema of each product: DVV's where it is public, our reconstruction (wsdl/products/) otherwise. */
export const PRODUCT_SCHEMAS: Readonly<Record<string, { xsd: URL; katalogi: URL }>> = {
  'PERUSSANOMA 1': {
    xsd: new URL('schema/helsinki-vety/PERUSSANOMA 1_Vastaus.xsd', SHARED),
    katalogi: KATALOGI_2023,
  },
  'HUOLTAJA-HUOLLETTAVAT': {
    xsd: new URL('schema/helsinki-vety/HUOLTAJA-HUOLLETTAVAT_Vastaus.xsd', SHARED),
    katalogi: KATALOGI_2023,
  },
  'HUOLLETTAVA-HUOLTAJAT': {
    xsd: new URL('schema/helsinki-vety/HUOLLETTAVA-HUOLTAJAT_Vastaus.xsd', SHARED),
    katalogi: KATALOGI_2023,
  },
  OPHREK: { xsd: new URL('schema/oph/OPHREK.xsd', SHARED), katalogi: KATALOGI_2012 },
  'PERUSSANOMA 3': { xsd: new URL('PERUSSANOMA 3.xsd', OWN), katalogi: KATALOGI_2023 },
  PERUSLT1: { xsd: new URL('PERUSLT1.xsd', OWN), katalogi: KATALOGI_2023 },
  PERUSJHHS2: { xsd: new URL('PERUSJHHS2.xsd', OWN), katalogi: KATALOGI_2023 },
  PERUSJHHS3: { xsd: new URL('PERUSJHHS3.xsd', OWN), katalogi: KATALOGI_2023 },
};

/** libxml2's schema-validity errors for a standalone document against a product schema, empty when valid. */
export function schemaErrors(document: string, schema: { xsd: URL; katalogi: URL }): Promise<string[]> {
  return xsdErrors(document, schemaFile('product.xsd', schema.xsd), [
    schemaFile('VTJHenkilotiedotKatalogi.xsd', schema.katalogi),
  ]);
}

export interface SchemaFile {
  fileName: string;
  contents: string;
}

/** libxml2's schema-validity errors for a document against a schema with the files it imports. */
export async function xsdErrors(
  document: string,
  schema: SchemaFile,
  preload: SchemaFile[] = [],
): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: document }],
    schema: [schema],
    preload,
  });
  return result.errors.map((e) => e.message);
}

export function sharedSchema(fileName: string, path: string): SchemaFile {
  return schemaFile(fileName, new URL(path, SHARED));
}

// --- comparing with real captures ----------------------------------------------------------------

export interface Canonical {
  name: string;
  attributes: Record<string, string>;
  text?: string;
  children?: Canonical[];
}

/**
 * An element as names (with namespaces), attributes (namespace declarations left out) and trimmed text:
 * what a client sees, with the pretty-printing of the captured files (newlines inside values) undone.
 */
export function canonical(e: XmlElement): Canonical {
  const attributes: Record<string, string> = {};
  for (const a of e.attributes) {
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
    const [prefix, local] = a.name.includes(':') ? a.name.split(':') : ['', a.name];
    attributes[prefix ? `{${e.scope.get(prefix as string)}}${local}` : a.name] = a.value;
  }
  const name = `{${e.namespace ?? ''}}${e.local}`;
  const children = childElements(e);
  return children.length > 0
    ? { name, attributes, children: children.map(canonical) }
    : { name, attributes, text: textOf(e).trim() };
}

/** The request fields a captured X-Road response echoes (Salasana is blank there). */
export function capturedRequest(capture: string): PersonQuery {
  const [request] = all(parseXml(capture), 'Body', 'HenkilonTunnusKyselyResponse', 'request');
  const query: PersonQuery = {};
  for (const field of childElements(request as XmlElement)) {
    query[field.local as keyof PersonQuery] = textOf(field);
  }
  return query;
}

/**
 * The X-Road request behind a captured response: its header fields as captured (the security server's
 * requestHash left out) and the given request fields.
 */
export function requestFromCapture(capture: string, query: PersonQuery, protocolVersion?: string): string {
  const [header] = all(parseXml(capture), 'Header');
  const fields = childElements(header as XmlElement)
    .filter((f) => f.local !== 'requestHash')
    .map((f) =>
      f.local === 'protocolVersion' && protocolVersion
        ? `<xrd:protocolVersion xmlns:xrd="${NS.xrd}">${protocolVersion}</xrd:protocolVersion>`
        : serializeDetached(f, (header as XmlElement).scope),
    );
  const body = REQUEST_FIELDS.filter((f) => query[f] !== undefined)
    .map((f) => `<${f}>${escapeText(query[f] as string)}</${f}>`)
    .join('');
  return `<s:Envelope xmlns:s="${NS.soap}"><s:Header>${fields.join('')}</s:Header><s:Body><HenkilonTunnusKysely xmlns="${NS.xroadQuery}"><request>${body}</request></HenkilonTunnusKysely></s:Body></s:Envelope>`;
}
