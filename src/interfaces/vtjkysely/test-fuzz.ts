/**
 * Generators for fuzzing the SOAP front ends (test-only): XML-ish noise, and real requests with random edits.
 */
import fc from 'fast-check';
import { LEGACY_OPERATION, NS } from './envelope.js';
import { fixture, koskiRequest, legacyRequest } from './test-soap.js';

/** XML-ish noise: the tokens a hostile or broken client could put together. */
export const TOKENS = [
  '<',
  '>',
  '</',
  '/>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?xml version="1.0"?>',
  '<?pi x?>',
  '&',
  ';',
  '&#',
  '&#x',
  '&amp;',
  '&lt;',
  '&#0;',
  '&#x10FFFF;',
  'a',
  'b:c',
  's:Envelope',
  'xmlns',
  'xmlns:b',
  'xmlns:s',
  '=',
  '"',
  "'",
  ' ',
  '\n',
  '\t',
  '\u0000',
  '\uFFFE',
  '\uD800',
  'ä',
  '<!DOCTYPE',
  '<!ENTITY',
  'SYSTEM',
  '%',
  '__proto__',
  'constructor',
  ':@',
  '#text',
  `"${NS.soap}"`,
  LEGACY_OPERATION,
];
export const noise = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((parts) => parts.join(''));

/** A real request with a few random edits: cut, duplicated or overwritten slices, inserted tokens. */
export function mutated(seed: string) {
  const edit = fc.oneof(
    fc.tuple(fc.constant('cut' as const), fc.nat(), fc.nat({ max: 40 }), fc.constant('')),
    fc.tuple(fc.constant('copy' as const), fc.nat(), fc.nat({ max: 40 }), fc.constant('')),
    fc.tuple(fc.constant('insert' as const), fc.nat(), fc.constant(0), fc.constantFrom(...TOKENS)),
    fc.tuple(
      fc.constant('char' as const),
      fc.nat(),
      fc.constant(1),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }),
    ),
  );
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) =>
    edits.reduce((text, [kind, position, length, token]) => {
      const at = position % (text.length + 1);
      if (kind === 'cut') return text.slice(0, at) + text.slice(at + length);
      if (kind === 'copy') return text.slice(0, at) + text.slice(at, at + length) + text.slice(at);
      if (kind === 'char') return text.slice(0, at) + token + text.slice(at + 1);
      return text.slice(0, at) + token + text.slice(at);
    }, seed),
  );
}

export const SEED_REQUESTS = [
  koskiRequest({ username: 'u', password: 'p', endUser: 'e', hetu: '010156-9994' }),
  legacyRequest({ SoSoNimi: 'OPHREK', Loppukayttaja: 'x', Henkilotunnus: '010156-9994' }),
  fixture('xroad/evaka-perussanoma3-020501A999T-response.xml'),
  fixture('xroad/kapa-fake-vtj-perusjhhs3-210281-9988-response.xml'),
];

const NAMES = [
  'a',
  'b',
  'x:y',
  's:Envelope',
  'p:q',
  '_c',
  'a-b.c',
  'ä',
  '1a',
  'x:',
  ':x',
  'a:b:c',
  'xmlns:x',
  '__proto__',
];
const TEXT_PARTS = [
  't',
  ' ',
  '\n',
  'ä',
  '&amp;',
  '&lt;',
  '&#65;',
  '&#x41;',
  '&',
  '&#0;',
  '&x;',
  ']]>',
  ']]',
  '>',
  '"',
  "'",
  '<![CDATA[<&]]>',
  '<!-- c -->',
  '<?pi?>',
];
const ATTRIBUTE_VALUES = ['v', 'urn:x', '', '&amp;', '&', '<', '"', "'", `${'&#x41;'}`];
const namespace = fc.constantFrom(
  ' xmlns:x="urn:x"',
  ' xmlns:p="urn:p"',
  ' xmlns:s="urn:s"',
  ' xmlns="urn:d"',
  ' xmlns:x=""',
  '',
);
const attribute = fc
  .tuple(
    fc.constantFrom('a', 'x:b', 'xmlns:z', 'c d', 'a'),
    fc.constantFrom(...ATTRIBUTE_VALUES),
    fc.constantFrom('"', "'"),
  )
  .map(([n, v, q]) => ` ${n}=${q}${v}${q}`);
const text = fc.array(fc.constantFrom(...TEXT_PARTS), { maxLength: 4 }).map((parts) => parts.join(''));

/** Element trees built from (mostly) XML pieces: names, namespaces, attributes, text, references. */
export const xmlish: fc.Arbitrary<string> = fc
  .letrec<{ node: string }>((tie) => ({
    node: fc
      .tuple(
        fc.constantFrom(...NAMES),
        namespace,
        fc.array(attribute, { maxLength: 2 }),
        fc.array(fc.oneof({ depthSize: 'small' }, text, tie('node')), { maxLength: 3 }),
        fc.constantFrom('close', 'close', 'close', 'empty', 'wrong'),
      )
      .map(([name, ns, attrs, children, end]) =>
        end === 'empty' && children.length === 0
          ? `<${name}${ns}${attrs.join('')}/>`
          : `<${name}${ns}${attrs.join('')}>${children.join('')}</${end === 'wrong' ? 'z' : name}>`,
      ),
  }))
  .node.map((root) => root);
