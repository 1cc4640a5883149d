/**
 * Finnish is the source of the texts: Swedish and English must have exactly its namespaces and keys, and
 * each text the same {{interpolation}} variables.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const directory = new URL('./', import.meta.url);
const TRANSLATIONS = ['sv', 'en'];

type Texts = { [key: string]: string | Texts };

function namespacesOf(language: string): string[] {
  return readdirSync(new URL(`${language}/`, directory))
    .filter((file) => file.endsWith('.json'))
    .sort();
}

function read(language: string, file: string): Texts {
  return JSON.parse(readFileSync(new URL(`${language}/${file}`, directory), 'utf8')) as Texts;
}

/** key path → text, e.g. 'catalogue.tabs.public' → 'Julkishallinto'. */
function flatten(texts: Texts, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(texts)) {
    const path = prefix + key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const entry of flatten(value, `${path}.`)) flat.set(...entry);
  }
  return flat;
}

function variablesOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((match) => match[1] as string).sort();
}

const namespaces = namespacesOf('fi');

describe('translations', () => {
  it('has the Finnish namespaces', () => {
    expect(namespaces).toEqual(
      expect.arrayContaining(['accounts.json', 'applications.json', 'common.json', 'validation.json']),
    );
  });

  describe.each(TRANSLATIONS)('%s', (language) => {
    it('has exactly the Finnish namespaces', () => {
      expect(namespacesOf(language)).toEqual(namespaces);
    });

    it.each(namespaces)('%s has exactly the Finnish keys and {{variables}}', (file) => {
      const source = flatten(read('fi', file));
      const translation = flatten(read(language, file));
      expect([...translation.keys()].sort()).toEqual([...source.keys()].sort());
      for (const [key, text] of source) {
        expect({ key, variables: variablesOf(translation.get(key) ?? '') }).toEqual({
          key,
          variables: variablesOf(text),
        });
      }
    });
  });

  it.each(['fi', ...TRANSLATIONS])('%s has no empty texts', (language) => {
    for (const file of namespaces) {
      const empty = [...flatten(read(language, file))].filter(([, text]) => text.trim() === '');
      expect(empty.map(([key]) => `${file}: ${key}`)).toEqual([]);
    }
  });
});
