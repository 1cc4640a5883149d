/**
 * The little XML reading this provider does itself (node-saml does the signatures and decryption): IdP
 * metadata, and a look at the shape of a response before node-saml sees it. No DTDs, no entities.
 */
import { XMLParser } from 'fast-xml-parser';

export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** `<!` that does not open a comment or CDATA: DOCTYPE, ENTITY and the other markup declarations. */
const MARKUP_DECLARATION = /<!(?!--|\[CDATA\[)/;

/** Parses with namespace prefixes removed; refuses markup declarations. */
export function parseXml(xml: string): XmlNode {
  if (MARKUP_DECLARATION.test(xml)) throw new Error('XML with a DOCTYPE or entity declaration');
  return parser.parse(xml) as XmlNode;
}

/** The child elements called `name` (by local name); text-only ones come as `{ '#text': … }`. */
export function children(node: unknown, name: string): XmlNode[] {
  const value = (node as XmlNode | undefined)?.[name];
  return Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? { '#text': v } : (v as XmlNode)))
    : [];
}

export function attribute(node: XmlNode, name: string): string | undefined {
  const value = node[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

export function text(node: XmlNode): string {
  const value = node['#text'];
  return typeof value === 'string' ? value : '';
}
