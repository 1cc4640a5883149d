/**
 * XML for the SOAP front ends: a strict reader for requests and string builders for responses.
 *
 * Reading is safe by construction: any markup declaration (`<!DOCTYPE`, `<!ENTITY`, …) is refused before the
 * parser sees the text, so there are no external entities and no entity expansion (XXE, billion laughs);
 * fast-xml-parser runs with entity processing off, and only the five predefined entities and character
 * references are decoded here. Namespaces are resolved here too: fast-xml-parser keeps prefixes as written.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export class XmlError extends Error {
  override readonly name = 'XmlError';
}

export interface XmlAttribute {
  /** As written, e.g. `id:objectType` or `xmlns:h`. */
  readonly name: string;
  readonly value: string;
}

export interface XmlElement {
  /** The qualified name as written, e.g. `h:client`. */
  readonly name: string;
  readonly local: string;
  readonly namespace: string | undefined;
  /** In document order, namespace declarations included. */
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
  /** Namespace bindings in scope here; '' is the default namespace. */
  readonly scope: ReadonlyMap<string, string>;
}

/** An element or a run of text (entities decoded, CDATA included). */
export type XmlNode = XmlElement | string;

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/** Deeper than any SOAP request we accept; also bounds the recursion below. */
const MAX_DEPTH = 40;
/** `<!` that does not open a comment or a CDATA section: DOCTYPE, ENTITY, ELEMENT, ATTLIST, NOTATION. */
const MARKUP_DECLARATION = /<!(?!--|\[CDATA\[)/;
/** Characters XML 1.0 does not allow anywhere (control characters, lone surrogates, U+FFFE/FFFF). */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const REFERENCE = /&([^;&]*);?/g;
/** The XML declaration (fast-xml-parser skips it unread), with the encodings decodeBody supports. */
const DECLARATION =
  /^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])(utf-8|us-ascii|iso-8859-1)\3)?(\s+standalone\s*=\s*(["'])(yes|no)\6)?\s*\?>/i;
const COMMENTS_AND_CDATA = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g;
/**
 * What fast-xml-parser lets through although XML does not (found by fuzzing against libxml2, see
 * xml.test.ts): a processing instruction past the declaration (they are skipped unread, a malformed
 * declaration too; no SOAP client sends one), `]]>` in text, and an end tag that is not `</name>`.
 */
const NOT_MARKUP_WE_READ = /<\?|\]\]>|<\/(?![^\s<>/"'=&]+\s*>)/;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
});

type RawNode = Record<string, unknown>;

/** Parses one XML document into a namespace-resolved element tree; throws XmlError on anything doubtful. */
export function parseXml(text: string): XmlElement {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (MARKUP_DECLARATION.test(source)) {
    throw new XmlError('Markup declarations (DOCTYPE, ENTITY) are not accepted');
  }
  if (NOT_XML_CHAR.test(source)) throw new XmlError('The document contains characters XML does not allow');
  if (!endsWithElement(source)) throw new XmlError('The document must end with its root element');
  const declaration = DECLARATION.exec(source)?.[0] ?? '';
  if (NOT_MARKUP_WE_READ.test(source.slice(declaration.length).replace(COMMENTS_AND_CDATA, ''))) {
    throw new XmlError('The document is not well-formed XML (or uses a processing instruction)');
  }
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new XmlError(`The document is not well-formed XML (${valid.err.code})`);
  let raw: RawNode[];
  try {
    raw = parser.parse(source) as RawNode[];
  } catch {
    throw new XmlError('The document is not well-formed XML');
  }
  const roots = raw.filter((node) => !('#text' in node));
  const strayText = raw.some((node) => '#text' in node && String(node['#text']).trim() !== '');
  if (roots.length !== 1 || strayText) throw new XmlError('The document must have exactly one root element');
  return toElement(roots[0] as RawNode, new Map([['xml', XML_NAMESPACE]]), 1);
}

/** fast-xml-parser silently drops text after the root element; such a document is not XML. */
function endsWithElement(source: string): boolean {
  let tail = source.trimEnd();
  for (;;) {
    const [open, close] = tail.endsWith('-->') ? ['<!--', '-->'] : tail.endsWith('?>') ? ['<?', '?>'] : [];
    if (!open || !close) return tail.endsWith('>');
    const start = tail.lastIndexOf(open, tail.length - close.length - 1);
    if (start < 0) return false;
    tail = tail.slice(0, start).trimEnd();
  }
}

function toElement(node: RawNode, parentScope: ReadonlyMap<string, string>, depth: number): XmlElement {
  if (depth > MAX_DEPTH) throw new XmlError('The document is nested too deeply');
  const name = Object.keys(node).find((key) => key !== ':@') as string;
  const rawAttributes = (node[':@'] ?? {}) as Record<string, string>;
  const attributes: XmlAttribute[] = [];
  let scope = parentScope;
  for (const [attributeName, rawValue] of Object.entries(rawAttributes)) {
    if (rawValue.includes('<')) throw new XmlError('An attribute value contains "<"');
    const value = decodeReferences(rawValue);
    attributes.push({ name: attributeName, value });
    const declared =
      attributeName === 'xmlns'
        ? ''
        : attributeName.startsWith('xmlns:')
          ? attributeName.slice(6)
          : undefined;
    if (declared === undefined) continue;
    if (declared !== '' && value === '') throw new XmlError('A namespace prefix cannot be undeclared');
    if (scope === parentScope) scope = new Map(parentScope);
    (scope as Map<string, string>).set(declared, value);
  }
  const [prefix, local] = splitName(name);
  const namespace = scope.get(prefix) || undefined;
  if (prefix !== '' && namespace === undefined) throw new XmlError('An element uses an undeclared prefix');
  for (const attribute of attributes) {
    const [attributePrefix] = splitName(attribute.name);
    if (attributePrefix !== '' && attributePrefix !== 'xmlns' && !scope.has(attributePrefix)) {
      throw new XmlError('An attribute uses an undeclared prefix');
    }
  }
  const children: XmlNode[] = [];
  for (const child of node[name] as RawNode[]) {
    if ('#text' in child) children.push(decodeReferences(String(child['#text'])));
    else if ('#cdata' in child) {
      for (const part of child['#cdata'] as RawNode[]) children.push(String(part['#text'] ?? ''));
    } else children.push(toElement(child, scope, depth + 1));
  }
  return { name, local, namespace, attributes, children, scope };
}

function splitName(name: string): [prefix: string, local: string] {
  const parts = name.split(':');
  if (parts.length > 2 || parts.some((part) => part === ''))
    throw new XmlError('A name is not a valid QName');
  return parts.length === 2 ? [parts[0] as string, parts[1] as string] : ['', name];
}

/** The five predefined entities and character references; anything else is not well-formed here. */
function decodeReferences(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (match, reference: string) => {
    if (!match.endsWith(';')) throw new XmlError('An "&" does not start a reference');
    const predefined = PREDEFINED[reference];
    if (predefined !== undefined) return predefined;
    const code = /^#x[0-9a-fA-F]{1,6}$/.test(reference)
      ? Number.parseInt(reference.slice(2), 16)
      : /^#[0-9]{1,7}$/.test(reference)
        ? Number(reference.slice(1))
        : undefined;
    if (code === undefined) throw new XmlError('The document refers to an undefined entity');
    if (code > 0x10ffff) throw new XmlError('A character reference is out of range');
    const char = String.fromCodePoint(code);
    if (NOT_XML_CHAR.test(char))
      throw new XmlError('A character reference names a character XML does not allow');
    return char;
  });
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

/** The element's own text (its text children joined); nested elements are ignored. */
export function textOf(element: XmlElement): string {
  return element.children.filter((child): child is string => typeof child === 'string').join('');
}

export function attributeValue(element: XmlElement, namespace: string, local: string): string | undefined {
  for (const attribute of element.attributes) {
    const [prefix, name] = splitName(attribute.name);
    if (name === local && prefix !== '' && element.scope.get(prefix) === namespace) return attribute.value;
  }
  return undefined;
}

// --- writing --------------------------------------------------------------------------------------

/** A carriage return is written as a reference: a parser would turn a literal one into a line feed. */
const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
};
const NOT_XML_CHARS = new RegExp(NOT_XML_CHAR.source, 'gu');

/** Text content; characters XML cannot carry become U+FFFD, so the output is always well-formed. */
export function escapeText(value: string): string {
  return value.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] as string).replace(NOT_XML_CHARS, '\uFFFD');
}

export function escapeAttribute(value: string): string {
  return value
    .replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] as string)
    .replace(NOT_XML_CHARS, '\uFFFD');
}

/** ` name="value"` pairs; names are the caller's constants, values are escaped. */
export function attributes(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
}

/** `<name>value</name>`, or `<name/>` when there is no value: empty elements are never left out. */
export function leaf(name: string, value?: string | null): string {
  return value ? `<${name}>${escapeText(value)}</${name}>` : `<${name}/>`;
}

/** `<name attrs>children</name>`; the children are already serialized. */
export function element(name: string, children: string | readonly string[], attrs = ''): string {
  const content = typeof children === 'string' ? children : children.join('');
  return content === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}

/**
 * Writes a parsed element back, declaring on it every namespace binding it inherited, so that it can be
 * placed in another document and keep its meaning (the X-Road header echo).
 */
export function serializeDetached(node: XmlElement, inherited: ReadonlyMap<string, string>): string {
  const own = new Set(
    node.attributes
      .filter((a) => a.name === 'xmlns' || a.name.startsWith('xmlns:'))
      .map((a) => (a.name === 'xmlns' ? '' : a.name.slice(6))),
  );
  const declarations: [string, string][] = [];
  for (const [prefix, uri] of inherited) {
    if (prefix === 'xml' || own.has(prefix)) continue;
    declarations.push([prefix === '' ? 'xmlns' : `xmlns:${prefix}`, uri]);
  }
  return serialize(node, attributes(declarations));
}

function serialize(node: XmlElement, extra = ''): string {
  const attrs = extra + attributes(node.attributes.map((a) => [a.name, a.value]));
  const content = node.children
    .map((child) => (typeof child === 'string' ? escapeText(child) : serialize(child)))
    .join('');
  return content === '' ? `<${node.name}${attrs}/>` : `<${node.name}${attrs}>${content}</${node.name}>`;
}
