/**
 * The XML reader and writer on their own: hostile documents are refused before parsing, namespaces are
 * resolved, only the predefined entities and character references are decoded, and anything a fuzzer throws
 * at the reader ends as a document or an XmlError, quickly. Cases the fuzzer once found are kept below.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { NS } from './envelope.js';
import { mutated, noise, SEED_REQUESTS, xmlish } from './test-fuzz.js';
import {
  attributes,
  childElements,
  escapeAttribute,
  escapeText,
  parseXml,
  serializeDetached,
  textOf,
  XmlError,
} from './xml.js';

const refused = (document: string) => expect(() => parseXml(document)).toThrow(XmlError);

describe('refused before parsing', () => {
  it('an external entity (XXE), in any casing or placement', () => {
    refused('<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>');
    refused('<?xml version="1.0"?>\n<!DOCTYPE foo SYSTEM "http://127.0.0.1/evil.dtd"><foo/>');
    refused('<foo><!doctype bar></foo>');
    refused('<!ENTITY % p SYSTEM "http://127.0.0.1/x">');
  });

  it('entity expansion (billion laughs), without expanding anything', () => {
    const laughs = [
      '<!DOCTYPE lolz [<!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
      ),
      ']><lolz>&lol9;</lolz>',
    ].join('');
    const started = performance.now();
    refused(laughs);
    expect(performance.now() - started).toBeLessThan(250);
  });

  it('a reference to an undeclared entity, or an "&" that starts none', () => {
    refused('<foo>&xxe;</foo>');
    refused('<foo>&nbsp;</foo>');
    refused('<foo>fish & chips</foo>');
    refused('<foo a="&bar;"/>');
  });
});

describe('well-formedness', () => {
  it('exactly one root, no stray text, no characters XML forbids, no deep nesting', () => {
    refused('<a/><b/>');
    refused('<a>\u0001</a>');
    refused('<a>&#0;</a>');
    refused('<a>&#xD800;</a>');
    refused(`${'<a>'.repeat(41)}${'</a>'.repeat(41)}`);
    expect(parseXml(`${'<a>'.repeat(40)}${'</a>'.repeat(40)}`).local).toBe('a');
    refused('<a><b></a>');
    refused('');
  });

  it('namespaces: prefixes must be declared, names must be QNames', () => {
    refused('<p:a/>');
    refused('<a p:b="1"/>');
    refused('<a:b:c xmlns:a="urn:a"/>');
    refused('<p:a xmlns:p=""/>');
    const root = parseXml(`<s:E xmlns:s="${NS.soap}" xmlns="urn:d"><b/><s:c xmlns="">x</s:c></s:E>`);
    expect([root.namespace, root.local]).toEqual([NS.soap, 'E']);
    expect(childElements(root).map((c) => c.namespace)).toEqual(['urn:d', NS.soap]);
    expect(childElements(childElements(root)[1] as never)).toEqual([]);
  });

  it('decodes the predefined entities, character references and CDATA, and nothing else', () => {
    const root = parseXml('<a t="&quot;&#x41;&amp;">&lt;&gt;&apos;&#228;<![CDATA[<&>]]></a>');
    expect(textOf(root)).toBe("<>'ä<&>");
    expect(root.attributes).toEqual([{ name: 't', value: '"A&' }]);
  });
});

describe('what fast-xml-parser alone let through (found by fuzzing against libxml2; kept as regressions)', () => {
  it('text after the root element', () => {
    refused('<a/>trailing');
    refused('<a/>trailing<!-- c -->');
  });

  it('a malformed or misplaced XML declaration, or an encoding this service cannot read', () => {
    refused('<?xml version="1.0" encoding="UTF-8" standag="UTF-8" standalone="yes"?><a/>');
    refused('<?xml ver</sion="1.0" encoding="UTF-8"?><a/>');
    refused('<?xmSYTEMl version="1.0"?><a/>');
    refused('<?xml<![CDATA[ version="1.0"?><a/>');
    refused('<?xml version="1.0" encoding="UT__proto__F-8"?><a/>');
    refused('<a><?xml version="1.0"?></a>');
    expect(parseXml('<?xml version="1.0" encoding="iso-8859-1" standalone=\'yes\'?><a/>').local).toBe('a');
  });

  it('a processing instruction, "]]>" in text, an end tag with a slash', () => {
    refused('<a><?pi x?></a>');
    refused('<a>x]]>y</a>');
    refused('<a><b></b/></a>');
    refused('<a>  </Kuolleeksispvm/></a>');
    expect(textOf(parseXml('<a><![CDATA[]]]]><![CDATA[>]]><!-- <?pi?> --></a>'))).toBe(']]>');
  });
});

describe('writing', () => {
  const xmlChars = (s: string) =>
    s.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');

  it('any string survives a round trip as text and as an attribute (characters XML cannot carry become U+FFFD)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (value) => {
        const root = parseXml(`<a${attributes([['v', value]])}>${escapeText(value)}</a>`);
        expect(textOf(root)).toBe(xmlChars(value));
        expect(root.attributes[0]?.value).toBe(xmlChars(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('a detached element keeps its meaning outside its document', () => {
    const root = parseXml(
      `<s:E xmlns:s="${NS.soap}" xmlns:h="${NS.xrd}" xmlns:id="${NS.identifiers}"><h:client id:objectType="SUBSYSTEM"><id:x>1</id:x></h:client></s:E>`,
    );
    const detached = parseXml(serializeDetached(childElements(root)[0] as never, root.scope));
    expect([detached.namespace, detached.local, childElements(detached)[0]?.namespace]).toEqual([
      NS.xrd,
      'client',
      NS.identifiers,
    ]);
    expect(escapeAttribute('a"\n')).toBe('a&quot;&#10;');
  });
});

function parsesOrRefuses(document: string): void {
  const started = performance.now();
  try {
    parseXml(document);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlError);
  }
  expect(performance.now() - started).toBeLessThan(250);
}

describe('fuzzing the reader', () => {
  it('XML-ish noise ends as a document or an XmlError, quickly', () => {
    fc.assert(fc.property(noise, parsesOrRefuses), { numRuns: 5000 });
  });

  it('mutated real requests and responses end as a document or an XmlError, quickly', () => {
    for (const seed of SEED_REQUESTS)
      fc.assert(fc.property(mutated(seed), parsesOrRefuses), { numRuns: 1000 });
  });

  it('arbitrary strings end as a document or an XmlError, quickly', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), parsesOrRefuses), { numRuns: 3000 });
  });

  it('whatever the reader accepts, libxml2 finds well-formed too', async () => {
    const accepted: string[] = [];
    for (const generator of [xmlish, noise, ...SEED_REQUESTS.map(mutated)]) {
      for (const document of fc.sample(generator, { numRuns: 400, seed: 2026 })) {
        try {
          parseXml(document);
          accepted.push(document);
        } catch {
          // refusing is always allowed
        }
      }
    }
    const result = await validateXML({
      xml: accepted.map((contents, i) => ({ fileName: `d${i}.xml`, contents })),
      normalization: 'format',
    });
    expect(accepted.length).toBeGreaterThan(200);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  });
});
