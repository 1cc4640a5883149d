/**
 * The WSDLs served at `?wsdl` describe what the service does and agree with the clients' own copies
 * (fixtures/vtjkysely/schema): the same request fields in the same order, the same SOAPAction, and the
 * requests and envelopes this service reads and writes are valid against both the served and the
 * fixture schemas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test-app.js';
import { NS, type PersonQuery, REQUEST_FIELDS } from './envelope.js';
import {
  HELSINKI_ADDRESS,
  insertTestPerson,
  seedPermit,
  type TestPermit,
  type TestPerson,
} from './test-data.js';
import {
  all,
  fixture,
  koskiRequest,
  legacyRequest,
  postLegacy,
  postXRoad,
  type SchemaFile,
  sharedSchema,
  xroadRequest,
  xsdErrors,
} from './test-soap.js';
import { childElements, parseXml, serializeDetached, type XmlElement } from './xml.js';

let t: TestApp;
let permit: TestPermit;
let person: TestPerson;

beforeAll(async () => {
  t = await buildTestApp({ env: { DEMO: 'true' } });
  permit = await seedPermit(t.db.orm, t.clock.now());
  person = await insertTestPerson(
    t.db.orm,
    {
      birthDate: '1988-08-08',
      sex: 'MIES',
      firstNames: 'Olli',
      lastName: 'Ohje',
      address: { ...HELSINKI_ADDRESS, since: '2020-01-01' },
    },
    t.clock.now(),
  );
});
afterAll(() => t.close());

const ask = (hetu: string): PersonQuery => ({
  SoSoNimi: 'PERUSSANOMA 1',
  Kayttajatunnus: permit.username,
  Salasana: permit.password,
  Loppukayttaja: 'virkailija-4',
  Henkilotunnus: hetu,
});

async function wsdl(path: string, query = 'wsdl'): Promise<XmlElement> {
  const response = await t.app.inject({ method: 'GET', url: `${path}?${query}` });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('text/xml; charset=utf-8');
  return parseXml(response.body);
}

/** The schema in a WSDL (or XSD) for a target namespace, as a standalone document. */
function schemaFor(definitions: XmlElement, targetNamespace: string): SchemaFile {
  const find = (e: XmlElement): XmlElement | undefined =>
    e.local === 'schema' &&
    e.attributes.some((a) => a.name === 'targetNamespace' && a.value === targetNamespace)
      ? e
      : childElements(e)
          .map(find)
          .find((x) => x !== undefined);
  const [types] = all(definitions, 'types');
  const schema = find(types ?? definitions) as XmlElement;
  return { fileName: 'schema.xsd', contents: serializeDetached(schema, (types ?? definitions).scope) };
}

/** The element names of a complexType's (or element's) sequence, with their occurrence. */
function sequenceOf(schema: XmlElement, name: string): string[] {
  const find = (e: XmlElement): XmlElement | undefined =>
    e.attributes.some((a) => a.name === 'name' && a.value === name)
      ? e
      : childElements(e)
          .map(find)
          .find((x) => x !== undefined);
  const sequence = (e: XmlElement): XmlElement | undefined =>
    e.local === 'sequence'
      ? e
      : childElements(e)
          .map(sequence)
          .find((x) => x !== undefined);
  const found = sequence(find(schema) as XmlElement) as XmlElement;
  return childElements(found).map((e) =>
    ['name', 'minOccurs', 'maxOccurs', 'type']
      .map((a) => e.attributes.find((x) => x.name === a)?.value.replace(/^\w+:/, ''))
      .join(' '),
  );
}

/** The body's one element (or the header's fields) as standalone documents. */
function bodyElement(envelope: string): string {
  const [body] = all(parseXml(envelope), 'Body');
  return serializeDetached(childElements(body as XmlElement)[0] as XmlElement, (body as XmlElement).scope);
}

/** X-Road's own schemas, as the clients ship them, and a lax stand-in for evaka's union of answers. */
const XROAD_SCHEMAS = [
  sharedSchema('xroad.xsd', 'schema/evaka/xroad.xsd'),
  sharedSchema('identifiers.xsd', 'schema/evaka/identifiers.xsd'),
  sharedSchema('xml.xsd', 'schema/evaka/xml.xsd'),
];
const ANY_SANOMA: SchemaFile = {
  fileName: 'vtj-vastaus-unified.xsd',
  contents: `<xs:schema xmlns:xs="${NS.xsd}" targetNamespace="${NS.sanoma}"><xs:element name="VTJHenkiloVastaussanoma"><xs:complexType><xs:sequence><xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/></xs:sequence><xs:anyAttribute processContents="skip"/></xs:complexType></xs:element></xs:schema>`,
};

describe('the direct service’s WSDL', () => {
  it('is served at ?wsdl (any case) with this server as the address', async () => {
    for (const query of ['wsdl', 'WSDL']) {
      const definitions = await wsdl('/SoSo/soso.asmx', query);
      const [address] = all(definitions, 'service', 'port', 'address');
      expect(address?.attributes).toContainEqual({
        name: 'location',
        value: 'http://localhost:80/SoSo/soso.asmx',
      });
    }
  });

  it('has SoSo.wsdl’s request and SOAPAction, and what both front ends read and write is valid against it', async () => {
    const ours = await wsdl('/SoSo/soso.asmx');
    const theirs = parseXml(fixture('schema/oph/SoSo.wsdl'));
    expect(sequenceOf(ours, 'TeeHenkilonTunnusKysely')).toEqual(
      sequenceOf(theirs, 'TeeHenkilonTunnusKysely'),
    );
    expect(sequenceOf(ours, 'TeeHenkilonTunnusKysely').map((f) => f.split(' ')[0])).toEqual([
      ...REQUEST_FIELDS,
    ]);
    const action = (d: XmlElement) =>
      all(d, 'binding', 'operation').find((o) =>
        o.attributes.some((a) => a.value === 'TeeHenkilonTunnusKysely'),
      );
    expect(all(action(ours), 'operation')[0]?.attributes).toEqual(
      all(action(theirs), 'operation')[0]?.attributes,
    );

    const answer = (await postLegacy(t.app, legacyRequest(ask(person.hetu)))).body;
    // The result's strict wildcard needs the answer's own declaration: the product schema joins in.
    const driver: SchemaFile = {
      fileName: 'driver.xsd',
      contents: `<xs:schema xmlns:xs="${NS.xsd}" targetNamespace="urn:driver"><xs:import namespace="${NS.tempuri}" schemaLocation="schema.xsd"/><xs:import namespace="${NS.sanoma}" schemaLocation="product.xsd"/></xs:schema>`,
    };
    const product = [
      sharedSchema('product.xsd', 'schema/helsinki-vety/PERUSSANOMA 1_Vastaus.xsd'),
      sharedSchema('VTJHenkilotiedotKatalogi.xsd', 'schema/evaka/VTJHenkilotiedotKatalogi.xsd'),
    ];
    for (const schema of [schemaFor(ours, NS.tempuri), schemaFor(theirs, NS.tempuri)]) {
      for (const document of [
        legacyRequest(ask(person.hetu)),
        koskiRequest({ username: 'u', password: 'p', endUser: 'e', hetu: person.hetu }),
        answer,
      ]) {
        expect(await xsdErrors(bodyElement(document), driver, [schema, ...product])).toEqual([]);
      }
    }
  });
});

describe('the X-Road service’s WSDL', () => {
  it('is served at ?wsdl with query.xsd’s request and the X-Road header parts', async () => {
    const ours = await wsdl('/VTJkysely');
    const query = parseXml(fixture('schema/evaka/query.xsd'));
    expect(sequenceOf(ours, 'HenkiloTunnusKyselyReqBodyTiedot')).toEqual(
      sequenceOf(query, 'HenkiloTunnusKyselyReqBodyTiedot'),
    );
    const parts = all(ours, 'message').find((m) => m.attributes.some((a) => a.value === 'requestHeader'));
    expect(
      childElements(parts as XmlElement).map((p) => p.attributes.find((a) => a.name === 'element')?.value),
    ).toEqual(['client', 'service', 'id', 'userId', 'issue', 'protocolVersion'].map((f) => `xrd:${f}`));
    const [address] = all(ours, 'service', 'port', 'address');
    expect(address?.attributes).toContainEqual({ name: 'location', value: 'http://localhost:80/VTJkysely' });
  });

  it('validates requests, answers and faults — against our WSDL and against query.xsd and xroad.xsd', async () => {
    const ours = schemaFor(await wsdl('/VTJkysely'), NS.xroadQuery);
    ours.contents = ours.contents.replace(
      'schemaLocation="http://x-road.eu/xsd/xroad.xsd"',
      'schemaLocation="xroad.xsd"',
    );
    const query = sharedSchema('query.xsd', 'schema/evaka/query.xsd');
    const request = xroadRequest(ask(person.hetu), { client: permit.xroadClient });
    const found = (await postXRoad(t.app, request)).body;
    const notFound = (
      await postXRoad(t.app, xroadRequest(ask('010156-9994'), { client: permit.xroadClient }))
    ).body;
    for (const document of [request, found, notFound]) {
      expect(await xsdErrors(bodyElement(document), ours, XROAD_SCHEMAS)).toEqual([]);
      expect(await xsdErrors(bodyElement(document), query, [...XROAD_SCHEMAS, ANY_SANOMA])).toEqual([]);
    }
    const [header] = all(parseXml(found), 'Header');
    for (const field of childElements(header as XmlElement)) {
      const document = serializeDetached(field, (header as XmlElement).scope);
      expect(
        await xsdErrors(document, XROAD_SCHEMAS[0] as SchemaFile, XROAD_SCHEMAS.slice(1)),
        field.local,
      ).toEqual([]);
    }
  });
});
