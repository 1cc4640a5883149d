import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENERAL_LAWS, onlyGeneralLaws } from './general-laws.js';

const TIETOSUOJA = 'Tietosuojalaki (1050/2018)';
const GDPR = 'EU:n yleinen tietosuoja-asetus (2016/679)';
const VTJ = 'Laki väestötietojärjestelmästä ja Digi- ja väestötietoviraston varmennepalveluista (661/2009)';
const HALLINTO = 'Hallintolaki (434/2003)';
const JULKISUUS = 'Laki viranomaisten toiminnan julkisuudesta (621/1999)';

/** Ways applicants write the general laws: Finnish (inflected), Swedish, English, by number. */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['Tietosuojalaki', TIETOSUOJA],
  ['tietosuojalain 4 §', TIETOSUOJA],
  ['Tietosuojalakia', TIETOSUOJA],
  ['tietosuoja-laki', TIETOSUOJA],
  ['Dataskyddslagen', TIETOSUOJA],
  ['dataskyddslag (1050/2018)', TIETOSUOJA],
  ['Data Protection Act', TIETOSUOJA],
  ['1050/2018', TIETOSUOJA],
  ['EU:n yleinen tietosuoja-asetus', GDPR],
  ['tietosuoja-asetuksen 6 artikla', GDPR],
  ['GDPR', GDPR],
  ['(EU) 2016/679', GDPR],
  ['EU:s allmänna dataskyddsförordning', GDPR],
  ['General Data Protection Regulation', GDPR],
  ['Laki väestötietojärjestelmästä ja Digi- ja väestötietoviraston varmennepalveluista', VTJ],
  ['laki väestötietojärjestelmästä', VTJ],
  ['VTJ-laki', VTJ],
  ['väestötietolaki 29 §', VTJ],
  ['661/2009', VTJ],
  ['Lag om befolkningsdatasystemet', VTJ],
  [
    'lagen om befolkningsdatasystemet och Myndigheten för digitalisering och befolkningsdatas certifikattjänster',
    VTJ,
  ],
  [
    'Act on the Population Information System and the Certificate Services of the Digital and Population Data Services Agency',
    VTJ,
  ],
  ['Hallintolaki', HALLINTO],
  ['hallintolain 28 §', HALLINTO],
  ['Förvaltningslagen', HALLINTO],
  ['Administrative Procedure Act', HALLINTO],
  ['434/2003', HALLINTO],
  ['Julkisuuslaki', JULKISUUS],
  ['Laki viranomaisten toiminnan julkisuudesta', JULKISUUS],
  ['julkisuuslain 16 §', JULKISUUS],
  ['Offentlighetslagen', JULKISUUS],
  ['lag om offentlighet i myndigheternas verksamhet', JULKISUUS],
  ['Act on the Openness of Government Activities', JULKISUUS],
  ['621/1999', JULKISUUS],
];

/** Laws of an organisation's own functions. */
const SPECIFIC = [
  'Sosiaalihuoltolaki (1301/2014) 41 §',
  'Terveydenhuoltolaki 1326/2010',
  'Kuntalaki (410/2015)',
  'Laki sosiaalihuollon asiakkaan asemasta ja oikeuksista',
  'Socialvårdslagen 41 §',
  'Lag om ordnande av social- och hälsovård',
  'Social Welfare Act, section 41',
  'Poliisilaki 4 luku',
  'Valtioneuvoston asetus 1280/2019',
  'Hallintolainkäyttölaki',
  'Lastensuojelulaki (417/2007) 25 §',
] as const;

describe('general laws as the turvakielto legal basis', () => {
  it.each(SPELLINGS)('%s alone is refused as %s', (answer, law) => {
    expect(onlyGeneralLaws(answer)).toEqual([law]);
  });

  it.each(SPECIFIC)('%s is accepted, alone and next to a general law', (answer) => {
    expect(onlyGeneralLaws(answer)).toEqual([]);
    expect(onlyGeneralLaws(`Tietosuojalaki (1050/2018) ja ${answer}`)).toEqual([]);
    expect(onlyGeneralLaws(`${answer}; GDPR 6 art.`)).toEqual([]);
  });

  it('names every general law of an answer that names only general laws', () => {
    expect(onlyGeneralLaws('Tietosuojalaki, hallintolaki ja julkisuuslaki')).toEqual([
      TIETOSUOJA,
      HALLINTO,
      JULKISUUS,
    ]);
    expect(onlyGeneralLaws('661/2009 ja 434/2003')).toEqual([VTJ, HALLINTO]);
    expect(onlyGeneralLaws('Tietosuojalain mukaan')).toEqual([TIETOSUOJA]);
    expect(onlyGeneralLaws('tietosuojalaki, lain nojalla')).toEqual([TIETOSUOJA]);
    expect(onlyGeneralLaws('Dataskyddslagen som underlag')).toEqual([TIETOSUOJA]);
    expect(onlyGeneralLaws('The Data Protection Act, the act')).toEqual([TIETOSUOJA]);
  });

  it('leaves answers that name no general law to the handler', () => {
    expect(onlyGeneralLaws('')).toEqual([]);
    expect(onlyGeneralLaws('Meillä on oikeus')).toEqual([]);
    // A longer law number is not a general law's number.
    expect(onlyGeneralLaws('11050/2018')).toEqual([]);
  });

  it('is robust to case, spacing and punctuation', () => {
    const decorate = fc.record({
      upper: fc.boolean(),
      before: fc.constantFrom('', ' ', '  ', '"', '(', '- ', '\n'),
      after: fc.constantFrom('', '.', ')', ',', ' §', ' 5 §', ';', '\t'),
    });
    fc.assert(
      fc.property(fc.constantFrom(...SPELLINGS), decorate, ([answer, law], d) => {
        const text = `${d.before}${d.upper ? answer.toUpperCase() : answer}${d.after}`;
        expect(onlyGeneralLaws(text)).toEqual([law]);
      }),
      { numRuns: 500 },
    );
  });

  it('any combination of general laws is refused, and adding a specific law makes it acceptable', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...SPELLINGS), {
          minLength: 1,
          maxLength: 4,
          selector: ([, law]) => law,
        }),
        fc.constantFrom(' ja ', ', ', ' och ', ' and ', '; '),
        fc.constantFrom(...SPECIFIC),
        (laws, glue, specific) => {
          const answer = laws.map(([a]) => a).join(glue);
          const expected = GENERAL_LAWS.map((l) => l.name).filter((n) => laws.some(([, law]) => law === n));
          expect(onlyGeneralLaws(answer)).toEqual(expected);
          expect(onlyGeneralLaws(`${answer}${glue}${specific}`)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(Array.isArray(onlyGeneralLaws(s))).toBe(true);
      }),
    );
  });
});
