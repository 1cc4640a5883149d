/**
 * The turvakielto legal-basis rule (seeds/000 §10): the applicant names the law(s) governing its OWN
 * functions; general laws that do not govern the applicant's activity are not a valid basis. An answer is
 * refused only when it names nothing but general laws: "Sosiaalihuoltolaki (1301/2014) 41 §" is accepted, also
 * next to "tietosuojalaki". Matching is robust to case, punctuation, Finnish inflection, Swedish and English
 * names, and law numbers.
 */

export interface GeneralLaw {
  /** How the law is named back to the applicant. */
  name: string;
  /** Patterns over the normalised answer (lowercase, punctuation as spaces; `/` and `§` kept). */
  patterns: RegExp[];
}

/** Finnish inflected forms of "laki" as the end of a compound: tietosuojalaki, -lain, -lakia, -laissa… */
const LAKI = '(?:laki|lain|lakia|lakiin|laissa|laista|lailla|laille|lailta|lakina|laiksi|lait|lakien|lakeja)';
/** Swedish "lag" with its definite and genitive forms. */
const LAG = '(?:lag|lagen|lagens|lags)';
const b = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
/** A law number such as 1050/2018, not part of a longer number. */
const number = (n: string) => new RegExp(`(?<![\\p{N}/])${n.replace('/', '\\s*/\\s*')}(?![\\p{N}])`, 'gu');

export const GENERAL_LAWS: readonly GeneralLaw[] = [
  {
    name: 'Tietosuojalaki (1050/2018)',
    patterns: [
      b(`tietosuoja ?${LAKI}`),
      b(`dataskydds ?${LAG}`),
      b('(?:finnish )?data protection act'),
      number('1050/2018'),
    ],
  },
  {
    name: 'EU:n yleinen tietosuoja-asetus (2016/679)',
    patterns: [
      b('gdpr'),
      b('tietosuoja ?asetu(?:s|ksen|sta|kseen|ksessa|ksesta|ksella|ksena)'),
      b('dataskydds ?förordning(?:en|ens)?'),
      b('(?:eu )?general data protection regulation'),
      b('eu data protection regulation'),
      number('2016/679'),
    ],
  },
  {
    name: 'Laki väestötietojärjestelmästä ja Digi- ja väestötietoviraston varmennepalveluista (661/2009)',
    patterns: [
      b(
        `${LAKI} väestötietojärjestelmästä(?: ja digi ja väestötietoviraston(?: varmennepalveluista)?| ja väestörekisterikeskuksen varmennepalveluista)?`,
      ),
      b(`(?:vtj|väestötieto|väestötietojärjestelmä) ?${LAKI}`),
      b(
        `${LAG} om befolkningsdatasystemet(?: och myndigheten för digitalisering och befolkningsdatas certifikattjänster| och befolkningsregistercentralens certifikattjänster)?`,
      ),
      b(`befolkningsdata ?${LAG}`),
      b(
        'act on the population information system(?: and the certificate services of the digital and population data services agency)?',
      ),
      b('population information system act'),
      number('661/2009'),
    ],
  },
  {
    name: 'Hallintolaki (434/2003)',
    patterns: [
      b(`hallinto ?${LAKI}`),
      b(`förvaltnings ?${LAG}`),
      b('administrative procedure act'),
      number('434/2003'),
    ],
  },
  {
    name: 'Laki viranomaisten toiminnan julkisuudesta (621/1999)',
    patterns: [
      b(`julkisuus ?${LAKI}`),
      b(`${LAKI} viranomaisten toiminnan julkisuudesta`),
      b(`offentlighets ?${LAG}`),
      b(`${LAG} om offentlighet i myndigheternas verksamhet`),
      b('act on the openness of government activities'),
      b('openness act'),
      number('621/1999'),
    ],
  },
];

/** Words after "laki" that do not start a law's name: "lain mukaan", "lain nojalla". */
const NOT_A_NAME =
  '(?:mukaan|mukainen|mukaisesti|mukaisen|nojalla|perusteella|perusteena|ja|tai|sekä|kohta|kohdan|pykälä|pykälän|edellyttää|määrää|säätää)';

/**
 * What still names a law once the general laws are taken out: a compound law name (kuntalaki,
 * socialvårdslagen), "laki/lag/act on …", a decree or regulation, or a law number (1301/2014, 2019/1152).
 */
const SPECIFIC_LAW: readonly RegExp[] = [
  b(`\\p{L}{3,}${LAKI}`),
  b(`${LAKI} (?!${NOT_A_NAME}(?![\\p{L}\\p{N}]))\\p{L}{3,}`),
  b(`\\p{L}{3,}${LAG}`),
  b(`${LAG} om \\p{L}+`),
  b('(?!(?:the|this|that|said|same|an|a|which)(?![\\p{L}\\p{N}]))\\p{L}+ act'),
  b('act on \\p{L}+'),
  b('\\p{L}{3,}asetu(?:s|ksen|sta|kseen|ksessa|ksesta)'),
  b('\\p{L}{3,}n asetu(?:s|ksen|sta|kseen|ksessa|ksesta)'),
  b('\\p{L}*förordning(?:en|ens)?'),
  b('regulation|directive|direktiivi\\p{L}*|direktiv(?:et)?'),
  /(?<![\p{N}/])\d{1,4}\s*\/\s*(?:1[89]|20)\d{2}(?!\p{N})/gu,
  /(?<![\p{N}/])(?:1[89]|20)\d{2}\s*\/\s*\d{1,4}(?!\p{N})/gu,
];

/** Swedish words that end like "lag" but are not laws: förslag, underlag, beslag, avslag… */
const NOT_A_LAW =
  /^(?:förslag|underlag|beslag|avslag|anslag|inslag|utslag|påslag|uppslag|omslag|tillslag|överslag)(?:en|ens|et|ets)?$/u;

function namesSpecificLaw(text: string): boolean {
  return SPECIFIC_LAW.some((pattern) => [...text.matchAll(pattern)].some((m) => !NOT_A_LAW.test(m[0])));
}

export function normaliseLegalText(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/§]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The general laws the answer names, when it names nothing else; an empty list when the answer is acceptable
 * (it names a specific law too, or names no general law at all).
 */
export function onlyGeneralLaws(answer: string): string[] {
  let rest = normaliseLegalText(answer);
  const named: string[] = [];
  for (const law of GENERAL_LAWS) {
    let found = false;
    for (const pattern of law.patterns) {
      const replaced = rest.replace(pattern, ' ');
      if (replaced !== rest) {
        found = true;
        rest = replaced;
      }
    }
    if (found) named.push(law.name);
  }
  if (named.length === 0) return [];
  return namesSpecificLaw(rest.replace(/\s+/g, ' ').trim()) ? [] : named;
}
