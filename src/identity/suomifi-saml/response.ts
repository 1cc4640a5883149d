/**
 * What we require of a response's shape beyond node-saml's checks, looked at before node-saml sees it: the
 * assertion must come encrypted (Suomi.fi always encrypts it to our certificate, so a plain one is not from
 * Suomi.fi's normal flow), and a Destination, when given, must be our ACS. node-saml then verifies the
 * signatures, so these attributes are covered by the IdP's signature as well.
 */
import { attribute, children, parseXml } from './xml.js';

export function checkResponseShape(samlResponse: string, acsUrl: string): void {
  const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
  const root = parseXml(xml);
  const responses = children(root, 'Response');
  if (responses.length !== 1 || Object.keys(root).some((k) => k !== 'Response' && !k.startsWith('?'))) {
    throw new Error('not a SAML Response');
  }
  const response = responses[0]!;
  if (children(response, 'Assertion').length > 0) throw new Error('assertion not encrypted');
  if (children(response, 'EncryptedAssertion').length > 1) throw new Error('several assertions');
  const destination = attribute(response, 'Destination');
  if (destination !== undefined && destination !== acsUrl) throw new Error('Destination is not our ACS URL');
}
