/**
 * Derives the compact run-time reference data in `src/register/reference/data/` from the
 * development-time reference files in `shared/reference-data/` (see that directory's README and
 * `src/register/reference/README.md` for sources, licences and attribution).
 *
 * Usage:
 *   npx tsx scripts/derive-reference-data.ts [sharedDir] [--out <dir>] [--demographics <csv>]
 *
 * - `sharedDir` defaults to `../shared/reference-data` relative to the repository root.
 * - `--out` defaults to `src/register/reference/data`.
 * - `--demographics` points at synthea-international's `fi/src/main/resources/geography/demographics.csv`.
 *   That file is not committed here. When given, the per-municipality populations are recomputed from it
 *   and checked against the embedded table `POPULATION_2018` below (the script fails if they differ).
 *
 * Output is deterministic: the same inputs give byte-identical files (one JSON entry per line).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import countryLib from 'i18n-iso-countries';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SHARED_DIR = path.resolve(REPO_ROOT, '../shared/reference-data');
export const DEFAULT_OUT_DIR = path.resolve(REPO_ROOT, 'src/register/reference/data');

// ---------------------------------------------------------------------------------------------
// Embedded derived data
// ---------------------------------------------------------------------------------------------

/**
 * Inhabitants per municipality (2025 codes) on 31.12.2018, from Statistics Finland's Paavo
 * (published 2020) via `synthetichealth/synthea-international` @ 4d406f4d3b06adfb12d57c365651e41eb11d1302 :
 * `fi/src/main/resources/geography/demographics.csv` (column TOT_POP). Region rows (`MK02`…`MK21`) were
 * dropped and the two municipalities merged since then were added to their successors
 * (see MERGED_SINCE_2020). Sum 5,517,919. Regenerate/check with `--demographics`.
 */
const POPULATION_2018: Readonly<Record<string, number>> = {
  '005': 9700,
  '009': 2573,
  '010': 11544,
  '016': 8149,
  '018': 4958,
  '019': 3984,
  '020': 16611,
  '035': 449,
  '043': 961,
  '046': 1405,
  '047': 1852,
  '049': 283632,
  '050': 11748,
  '051': 9454,
  '052': 2473,
  '060': 2588,
  '061': 17028,
  '062': 534,
  '065': 514,
  '069': 7147,
  '071': 6854,
  '072': 974,
  '074': 1165,
  '075': 20286,
  '076': 1577,
  '077': 4939,
  '078': 8379,
  '079': 7018,
  '081': 2780,
  '082': 9475,
  '086': 8417,
  '090': 3329,
  '091': 648042,
  '092': 228166,
  '097': 2152,
  '098': 23602,
  '102': 10091,
  '103': 2235,
  '105': 2287,
  '106': 46504,
  '108': 10510,
  '109': 67532,
  '111': 18889,
  '139': 9862,
  '140': 21472,
  '142': 6765,
  '143': 7003,
  '145': 12187,
  '146': 4973,
  '148': 6930,
  '149': 5403,
  '151': 1976,
  '152': 4601,
  '153': 26932,
  '165': 16447,
  '167': 76551,
  '169': 5195,
  '170': 5032,
  '171': 4812,
  '172': 4467,
  '176': 4709,
  '177': 1884,
  '178': 6225,
  '179': 141305,
  '181': 1809,
  '182': 20607,
  '186': 43410,
  '202': 33458,
  '204': 2990,
  '205': 36973,
  '208': 12387,
  '211': 31676,
  '213': 5452,
  '214': 13137,
  '216': 1353,
  '217': 5502,
  '218': 1274,
  '224': 8778,
  '226': 4031,
  '230': 2390,
  '231': 1262,
  '232': 13375,
  '233': 16022,
  '235': 9615,
  '236': 4273,
  '239': 2244,
  '240': 21021,
  '241': 8147,
  '244': 17923,
  '245': 36254,
  '249': 9762,
  '250': 1910,
  '256': 1615,
  '257': 39262,
  '260': 10358,
  '261': 6436,
  '263': 8153,
  '265': 1103,
  '271': 7226,
  '272': 47657,
  '273': 3834,
  '275': 2698,
  '276': 14849,
  '280': 2122,
  '284': 2340,
  '285': 52883,
  '286': 83177,
  '287': 6596,
  '288': 6509,
  '290': 8329,
  '291': 2238,
  '295': 315,
  '297': 118664,
  '300': 3572,
  '301': 20952,
  '304': 926,
  '305': 15207,
  '309': 6803,
  '312': 1343,
  '316': 4451,
  '317': 2613,
  '318': 236,
  '320': 7370,
  '322': 6724,
  '398': 119951,
  '399': 8058,
  '400': 8647,
  '402': 9617,
  '403': 3078,
  '405': 72699,
  '407': 2665,
  '408': 14427,
  '410': 18927,
  '416': 3043,
  '417': 2033,
  '418': 23206,
  '420': 9650,
  '421': 737,
  '422': 11098,
  '423': 19831,
  '425': 10161,
  '426': 12145,
  '430': 16032,
  '433': 7861,
  '434': 14891,
  '435': 707,
  '436': 2052,
  '438': 382,
  '440': 5340,
  '441': 4662,
  '444': 46296,
  '445': 15217,
  '475': 5477,
  '478': 11743,
  '480': 2018,
  '481': 9554,
  '483': 1104,
  '484': 3115,
  '489': 1940,
  '491': 53818,
  '494': 8980,
  '495': 1584,
  '498': 2299,
  '499': 19444,
  '500': 10170,
  '503': 7766,
  '504': 1922,
  '505': 20686,
  '507': 7637,
  '508': 9983,
  '529': 19245,
  '531': 5437,
  '535': 10737,
  '536': 33527,
  '538': 4733,
  '541': 9784,
  '543': 42665,
  '545': 9471,
  '560': 16091,
  '561': 1364,
  '562': 9221,
  '563': 7430,
  '564': 203567,
  '576': 2963,
  '577': 10832,
  '578': 3336,
  '580': 4842,
  '581': 6469,
  '583': 954,
  '584': 2825,
  '592': 3900,
  '593': 17933,
  '595': 4498,
  '598': 19278,
  '599': 11016,
  '601': 4053,
  '604': 19368,
  '607': 4307,
  '608': 2146,
  '609': 84403,
  '611': 5068,
  '614': 3237,
  '615': 7990,
  '616': 1899,
  '619': 2896,
  '620': 2597,
  '623': 2197,
  '624': 5187,
  '625': 3146,
  '626': 5248,
  '630': 1557,
  '631': 2028,
  '635': 6499,
  '636': 8333,
  '638': 50262,
  '678': 24811,
  '680': 24178,
  '681': 3514,
  '683': 3896,
  '684': 39360,
  '686': 3196,
  '687': 1651,
  '689': 3335,
  '691': 2743,
  '694': 28736,
  '697': 1288,
  '698': 62922,
  '700': 5099,
  '702': 4398,
  '704': 6251,
  '707': 2181,
  '710': 27592,
  '729': 9415,
  '732': 3491,
  '734': 52321,
  '736': 1858,
  '738': 2994,
  '739': 3429,
  '740': 33611,
  '742': 1015,
  '743': 63288,
  '746': 4980,
  '747': 1458,
  '748': 5249,
  '749': 21674,
  '751': 3045,
  '753': 20666,
  '755': 6134,
  '758': 8444,
  '759': 2085,
  '761': 8828,
  '762': 3967,
  '765': 10389,
  '766': 91,
  '768': 2530,
  '771': 1028,
  '777': 7862,
  '778': 7145,
  '781': 3753,
  '783': 6811,
  '785': 2869,
  '790': 24651,
  '791': 5301,
  '831': 4715,
  '832': 4024,
  '833': 1662,
  '834': 6081,
  '837': 235239,
  '844': 1567,
  '845': 3062,
  '846': 5158,
  '848': 4482,
  '849': 3112,
  '850': 2406,
  '851': 21875,
  '853': 191331,
  '854': 3438,
  '857': 2551,
  '858': 38664,
  '859': 6758,
  '886': 13021,
  '887': 4792,
  '889': 2702,
  '890': 1232,
  '892': 3783,
  '893': 7455,
  '895': 15700,
  '905': 67552,
  '908': 21137,
  '915': 20829,
  '918': 2285,
  '921': 2058,
  '922': 4393,
  '924': 3166,
  '925': 3676,
  '927': 29211,
  '931': 6264,
  '934': 2901,
  '935': 3150,
  '936': 6739,
  '941': 448,
  '946': 6613,
  '976': 4022,
  '977': 15212,
  '980': 32983,
  '981': 2357,
  '989': 5703,
  '992': 18851,
};

/** Municipalities in synthea's 2020 data that have been merged since (old name → 2025 code). */
const MERGED_SINCE_2020: Readonly<Record<string, string>> = {
  Honkajoki: '214', // merged into Kankaanpää on 1.1.2021
  Pertunmaa: '507', // merged into Mäntyharju on 1.1.2025
};

/**
 * ISO 639-1 → ISO 639-2 (terminology code; bibliographic code after `/` where it differs).
 * Hand-written from the ISO 639-2 code list (Library of Congress); the test cross-checks every code
 * against ICU's CLDR language aliases.
 */
const ISO_639_2: Readonly<Record<string, string>> = {
  aa: 'aar',
  ab: 'abk',
  ae: 'ave',
  af: 'afr',
  ak: 'aka',
  am: 'amh',
  an: 'arg',
  ar: 'ara',
  as: 'asm',
  av: 'ava',
  ay: 'aym',
  az: 'aze',
  ba: 'bak',
  be: 'bel',
  bg: 'bul',
  bh: 'bih',
  bi: 'bis',
  bm: 'bam',
  bn: 'ben',
  bo: 'bod/tib',
  br: 'bre',
  bs: 'bos',
  ca: 'cat',
  ce: 'che',
  ch: 'cha',
  co: 'cos',
  cr: 'cre',
  cs: 'ces/cze',
  cu: 'chu',
  cv: 'chv',
  cy: 'cym/wel',
  da: 'dan',
  de: 'deu/ger',
  dv: 'div',
  dz: 'dzo',
  ee: 'ewe',
  el: 'ell/gre',
  en: 'eng',
  eo: 'epo',
  es: 'spa',
  et: 'est',
  eu: 'eus/baq',
  fa: 'fas/per',
  ff: 'ful',
  fi: 'fin',
  fj: 'fij',
  fo: 'fao',
  fr: 'fra/fre',
  fy: 'fry',
  ga: 'gle',
  gd: 'gla',
  gl: 'glg',
  gn: 'grn',
  gu: 'guj',
  gv: 'glv',
  ha: 'hau',
  he: 'heb',
  hi: 'hin',
  ho: 'hmo',
  hr: 'hrv',
  ht: 'hat',
  hu: 'hun',
  hy: 'hye/arm',
  hz: 'her',
  ia: 'ina',
  id: 'ind',
  ie: 'ile',
  ig: 'ibo',
  ii: 'iii',
  ik: 'ipk',
  io: 'ido',
  is: 'isl/ice',
  it: 'ita',
  iu: 'iku',
  ja: 'jpn',
  jv: 'jav',
  ka: 'kat/geo',
  kg: 'kon',
  ki: 'kik',
  kj: 'kua',
  kk: 'kaz',
  kl: 'kal',
  km: 'khm',
  kn: 'kan',
  ko: 'kor',
  kr: 'kau',
  ks: 'kas',
  ku: 'kur',
  kv: 'kom',
  kw: 'cor',
  ky: 'kir',
  la: 'lat',
  lb: 'ltz',
  lg: 'lug',
  li: 'lim',
  ln: 'lin',
  lo: 'lao',
  lt: 'lit',
  lu: 'lub',
  lv: 'lav',
  mg: 'mlg',
  mh: 'mah',
  mi: 'mri/mao',
  mk: 'mkd/mac',
  ml: 'mal',
  mn: 'mon',
  mr: 'mar',
  ms: 'msa/may',
  mt: 'mlt',
  my: 'mya/bur',
  na: 'nau',
  nb: 'nob',
  nd: 'nde',
  ne: 'nep',
  ng: 'ndo',
  nl: 'nld/dut',
  nn: 'nno',
  no: 'nor',
  nr: 'nbl',
  nv: 'nav',
  ny: 'nya',
  oc: 'oci',
  oj: 'oji',
  om: 'orm',
  or: 'ori',
  os: 'oss',
  pa: 'pan',
  pi: 'pli',
  pl: 'pol',
  ps: 'pus',
  pt: 'por',
  qu: 'que',
  rm: 'roh',
  rn: 'run',
  ro: 'ron/rum',
  ru: 'rus',
  rw: 'kin',
  sa: 'san',
  sc: 'srd',
  sd: 'snd',
  se: 'sme',
  sg: 'sag',
  si: 'sin',
  sk: 'slk/slo',
  sl: 'slv',
  sm: 'smo',
  sn: 'sna',
  so: 'som',
  sq: 'sqi/alb',
  sr: 'srp',
  ss: 'ssw',
  st: 'sot',
  su: 'sun',
  sv: 'swe',
  sw: 'swa',
  ta: 'tam',
  te: 'tel',
  tg: 'tgk',
  th: 'tha',
  ti: 'tir',
  tk: 'tuk',
  tl: 'tgl',
  tn: 'tsn',
  to: 'ton',
  tr: 'tur',
  ts: 'tso',
  tt: 'tat',
  tw: 'twi',
  ty: 'tah',
  ug: 'uig',
  uk: 'ukr',
  ur: 'urd',
  uz: 'uzb',
  ve: 'ven',
  vi: 'vie',
  vo: 'vol',
  wa: 'wln',
  wo: 'wol',
  xh: 'xho',
  yi: 'yid',
  yo: 'yor',
  za: 'zha',
  zh: 'zho/chi',
  zu: 'zul',
};

/** DVV's special language code 98 (sign language), not in the ISO 639-1 classification. */
const SIGN_LANGUAGE = { code: '98', fi: 'viittomakieli', sv: 'teckenspråk', iso6392: 'sgn' } as const;

/** Minimum holder count kept in first-names.json and surnames.json. */
export const MIN_NAME_COUNT = 200;

// Street names: invented stem × suffix compounds (Finnish, Swedish).
type Pair = readonly [fi: string, sv: string];

/** Suffixes every stem may take; the first (tie/vägen) is given to every stem. */
const STREET_SUFFIXES: readonly Pair[] = [
  ['tie', 'vägen'],
  ['katu', 'gatan'],
  ['kuja', 'gränden'],
  ['polku', 'stigen'],
  ['rinne', 'brinken'],
  ['mäki', 'backen'],
  ['ranta', 'stranden'],
  ['kaari', 'bågen'],
  ['raitti', 'stråket'],
  ['lehto', 'lunden'],
  ['piha', 'gården'],
  ['väylä', 'leden'],
];
/** Suffixes for built-environment stems (a "Koulumäki" is fine, a "Postilehto" is not). */
const URBAN_SUFFIXES: readonly Pair[] = STREET_SUFFIXES.filter(([fi]) =>
  ['tie', 'katu', 'kuja', 'polku', 'rinne', 'kaari'].includes(fi),
);
const NATURE_STEMS: readonly Pair[] = [
  ['Koivu', 'Björk'],
  ['Mänty', 'Tall'],
  ['Kuusi', 'Gran'],
  ['Pihlaja', 'Rönn'],
  ['Leppä', 'Al'],
  ['Haapa', 'Asp'],
  ['Tammi', 'Ek'],
  ['Vaahtera', 'Lönn'],
  ['Lehmus', 'Lind'],
  ['Saarni', 'Ask'],
  ['Kataja', 'En'],
  ['Paju', 'Pil'],
  ['Tuomi', 'Hägg'],
  ['Omena', 'Äppel'],
  ['Kirsikka', 'Körsbärs'],
  ['Pähkinä', 'Hassel'],
  ['Kallio', 'Häll'],
  ['Kivi', 'Sten'],
  ['Ranta', 'Strand'],
  ['Niemi', 'Udd'],
  ['Saari', 'Holm'],
  ['Salmi', 'Sund'],
  ['Lahti', 'Vik'],
  ['Järvi', 'Sjö'],
  ['Joki', 'Å'],
  ['Lampi', 'Tjärn'],
  ['Lähde', 'Käll'],
  ['Puro', 'Bäck'],
  ['Niitty', 'Äng'],
  ['Pelto', 'Åker'],
  ['Metsä', 'Skogs'],
  ['Mäki', 'Back'],
  ['Laakso', 'Dal'],
  ['Harju', 'Ås'],
  ['Kangas', 'Mo'],
  ['Nummi', 'Hed'],
  ['Kaisla', 'Säv'],
  ['Kanerva', 'Ljung'],
  ['Apila', 'Klöver'],
  ['Ruusu', 'Ros'],
  ['Orvokki', 'Viol'],
  ['Mustikka', 'Blåbärs'],
  ['Puolukka', 'Lingon'],
  ['Vadelma', 'Hallon'],
  ['Mansikka', 'Smultron'],
  ['Kettu', 'Räv'],
  ['Karhu', 'Björn'],
  ['Hirvi', 'Älg'],
  ['Kurki', 'Tran'],
  ['Joutsen', 'Svan'],
  ['Kotka', 'Örn'],
  ['Haukka', 'Hök'],
  ['Tiira', 'Tärn'],
  ['Lokki', 'Mås'],
  ['Peippo', 'Fink'],
  ['Kiuru', 'Lärk'],
  ['Aurinko', 'Sol'],
  ['Tähti', 'Stjärn'],
  ['Kesä', 'Sommar'],
  ['Kevät', 'Vår'],
];
const URBAN_STEMS: readonly Pair[] = [
  ['Kylä', 'By'],
  ['Kartano', 'Gårds'],
  ['Pappila', 'Prästgårds'],
  ['Kirkko', 'Kyrko'],
  ['Koulu', 'Skol'],
  ['Asema', 'Stations'],
  ['Satama', 'Hamn'],
  ['Tori', 'Torg'],
  ['Mylly', 'Kvarn'],
  ['Paja', 'Smedje'],
  ['Saha', 'Såg'],
  ['Kauppa', 'Handels'],
  ['Posti', 'Post'],
  ['Silta', 'Bro'],
  ['Veräjä', 'Grind'],
  ['Uusi', 'Ny'],
  ['Iso', 'Stor'],
  ['Pikku', 'Lill'],
];
/** Street names that follow the common Finnish pattern of people, places and institutions. */
const NAMED_STREETS: readonly Pair[] = [
  ['Mannerheimintie', 'Mannerheimvägen'],
  ['Aleksanterinkatu', 'Alexandersgatan'],
  ['Runeberginkatu', 'Runebergsgatan'],
  ['Snellmaninkatu', 'Snellmansgatan'],
  ['Topeliuksenkatu', 'Topeliusgatan'],
  ['Lönnrotinkatu', 'Lönnrotsgatan'],
  ['Sibeliuksenkatu', 'Sibeliusgatan'],
  ['Kalevankatu', 'Kalevagatan'],
  ['Hämeentie', 'Tavastvägen'],
  ['Turuntie', 'Åbovägen'],
  ['Porintie', 'Björneborgsvägen'],
  ['Vaasantie', 'Vasavägen'],
  ['Helsingintie', 'Helsingforsvägen'],
  ['Kuninkaantie', 'Kungsvägen'],
  ['Rautatienkatu', 'Järnvägsgatan'],
  ['Puistokatu', 'Parkgatan'],
  ['Uudenmaankatu', 'Nylandsgatan'],
  ['Keskuskatu', 'Centralgatan'],
  ['Raatihuoneenkatu', 'Rådhusgatan'],
  ['Sairaalantie', 'Sjukhusvägen'],
  ['Linnankatu', 'Slottsgatan'],
  ['Pohjoisesplanadi', 'Norra esplanaden'],
  ['Eteläesplanadi', 'Södra esplanaden'],
  ['Vanha Porvoontie', 'Gamla Borgåvägen'],
  ['Itäinen Rantakatu', 'Östra Strandgatan'],
  ['Läntinen Pitkäkatu', 'Västra Långgatan'],
];
/** Suffixes per stem in addition to tie/vägen. */
const EXTRA_SUFFIXES_PER_STEM = 3;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function fail(message: string): never {
  throw new Error(`derive-reference-data: ${message}`);
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Code-point comparison: deterministic regardless of ICU version. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A JSON array with one entry per line. */
function jsonLines(items: readonly unknown[]): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
}

interface ClassificationItem {
  code: string;
  classificationItemNames: { lang: string; name: string }[];
}

/** Reads a Statistics Finland classification export as code → name. */
function readClassification(file: string, lang: string): Map<string, string> {
  const items = readJson(file) as ClassificationItem[];
  const out = new Map<string, string>();
  for (const item of items) {
    const name = item.classificationItemNames.find((n) => n.lang === lang)?.name;
    if (!name) fail(`${path.basename(file)}: no ${lang} name for ${item.code}`);
    if (out.has(item.code)) fail(`${path.basename(file)}: duplicate code ${item.code}`);
    out.set(item.code, name.trim());
  }
  return out;
}

function sameKeys(a: Map<string, unknown>, b: Map<string, unknown>, what: string): void {
  const missing = [...a.keys()].filter((k) => !b.has(k));
  const extra = [...b.keys()].filter((k) => !a.has(k));
  if (missing.length || extra.length) fail(`${what}: missing ${missing.join(',')} extra ${extra.join(',')}`);
}

/**
 * Language names in kieli_1_20101115 carry notes ("azeri, aiemmin myös: azerbaidžani*",
 * "pohjoissaame*"). Keep the first name: text before the first `,` or `;`, without `*`.
 */
function cleanLanguageName(raw: string): string {
  const first = raw.split(/[,;]/)[0] ?? raw;
  return first.replaceAll('*', '').trim();
}

// ---------------------------------------------------------------------------------------------
// Derivations
// ---------------------------------------------------------------------------------------------

interface PostiRecord {
  postcode: string;
  postcode_fi_name: string;
  postcode_sv_name: string;
  type_code: string;
  municipal_code: string;
  municipal_language_ratio_code: string;
}

const POSTI_LANGUAGE: Readonly<Record<string, 'fi' | 'bilingual' | 'sv'>> = {
  '1': 'fi',
  '2': 'bilingual',
  '4': 'sv',
};

/**
 * Per-municipality populations from synthea-international's demographics.csv, keyed by 2025 code.
 * Rows are matched on the Finnish or Swedish 2025 name; region aggregates (`MK..`) are skipped.
 */
export function populationsFromSynthea(
  csvText: string,
  namesFi: Map<string, string>,
  namesSv: Map<string, string>,
): Map<string, number> {
  const byName = new Map<string, string>();
  for (const [code, name] of namesFi) byName.set(name, code);
  for (const [code, name] of namesSv) byName.set(name, code);
  for (const [name, code] of Object.entries(MERGED_SINCE_2020)) byName.set(name, code);

  const lines = csvText.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').split(',');
  const nameCol = header.indexOf('NAME');
  const popCol = header.indexOf('TOT_POP');
  if (nameCol < 0 || popCol < 0) fail('demographics.csv: no NAME/TOT_POP columns');
  const out = new Map<string, number>();
  for (const line of lines) {
    const cols = line.split(',');
    const name = cols[nameCol] ?? '';
    if (/^MK\d\d\b/.test(name)) continue;
    const code = byName.get(name) ?? fail(`demographics.csv: unknown municipality ${name}`);
    const pop = Number(cols[popCol]);
    if (!Number.isInteger(pop) || pop <= 0) fail(`demographics.csv: bad population for ${name}`);
    out.set(code, (out.get(code) ?? 0) + pop);
  }
  return out;
}

function deriveMunicipalitiesAndPostcodes(sharedDir: string): { municipalities: string; postcodes: string } {
  const fi = readClassification(path.join(sharedDir, 'kunta_fi.json'), 'fi');
  const sv = readClassification(path.join(sharedDir, 'kunta_sv.json'), 'sv');
  const en = readClassification(path.join(sharedDir, 'kunta_en.json'), 'en');
  sameKeys(fi, sv, 'kunta_sv.json');
  sameKeys(fi, en, 'kunta_en.json');
  if (fi.size !== 308) fail(`expected 308 municipalities, got ${fi.size}`);

  const posti = readJson(path.join(sharedDir, 'postcodes.json')) as PostiRecord[];
  const language = new Map<string, 'fi' | 'bilingual' | 'sv'>();
  const streetCodes = new Map<string, PostiRecord[]>();
  for (const r of posti) {
    if (!fi.has(r.municipal_code)) fail(`postcodes.json: unknown municipality ${r.municipal_code}`);
    const lang = POSTI_LANGUAGE[r.municipal_language_ratio_code];
    if (!lang) fail(`postcodes.json: unknown language code ${r.municipal_language_ratio_code}`);
    const prev = language.get(r.municipal_code);
    if (prev && prev !== lang) fail(`postcodes.json: conflicting language for ${r.municipal_code}`);
    language.set(r.municipal_code, lang);
    if (r.type_code !== '1') continue;
    const list = streetCodes.get(r.municipal_code) ?? [];
    list.push(r);
    streetCodes.set(r.municipal_code, list);
  }

  const codes = [...fi.keys()].sort(cmp);
  const municipalities = codes.map((code) => {
    const lang = language.get(code) ?? fail(`no Posti language code for ${code}`);
    const weight = POPULATION_2018[code] ?? fail(`no population for ${code}`);
    if (!(weight > 0)) fail(`population of ${code} is not positive`);
    return { code, fi: fi.get(code), sv: sv.get(code), en: en.get(code), language: lang, weight };
  });
  const extraPop = Object.keys(POPULATION_2018).filter((c) => !fi.has(c));
  if (extraPop.length) fail(`POPULATION_2018 has unknown codes ${extraPop.join(',')}`);

  const postcodes: { postcode: string; fi: string; sv: string; municipality: string }[] = [];
  const seen = new Set<string>();
  for (const code of codes) {
    const list = (streetCodes.get(code) ?? fail(`no street-address postcode in ${code}`))
      .slice()
      .sort((a, b) => cmp(a.postcode, b.postcode));
    for (const r of list) {
      if (!/^\d{5}$/.test(r.postcode) || seen.has(r.postcode)) fail(`bad/duplicate postcode ${r.postcode}`);
      seen.add(r.postcode);
      postcodes.push({
        postcode: r.postcode,
        fi: r.postcode_fi_name.trim(),
        sv: (r.postcode_sv_name || r.postcode_fi_name).trim(),
        municipality: code,
      });
    }
  }
  return { municipalities: jsonLines(municipalities), postcodes: jsonLines(postcodes) };
}

type NameCount = [string, number];

function sortNameCounts(list: NameCount[]): NameCount[] {
  return list.filter(([, n]) => n >= MIN_NAME_COUNT).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
}

/** `Name,"12,345"` lines, no header. */
function readFirstNameCsv(file: string): NameCount[] {
  const out: NameCount[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const m = /^([^,"]+),"?([\d,]+)"?$/.exec(line.trim());
    if (!m?.[1] || !m[2]) fail(`${path.basename(file)}: cannot parse ${JSON.stringify(line)}`);
    out.push([m[1].trim(), Number(m[2].replaceAll(',', ''))]);
  }
  return out;
}

function deriveFirstNames(sharedDir: string): string {
  const female = sortNameCounts(readFirstNameCsv(path.join(sharedDir, 'finnish_female.csv')));
  const male = sortNameCounts(readFirstNameCsv(path.join(sharedDir, 'finnish_male.csv')));
  return `{\n"female": ${jsonLines(female)},\n"male": ${jsonLines(male)}\n}`;
}

function deriveSurnames(sharedDir: string): string {
  const lines = readFileSync(path.join(sharedDir, 'sukunimet_2022.csv'), 'utf8').split(/\r?\n/);
  if (lines.shift()?.trim() !== 'sukunimi;lukumaara') fail('sukunimet_2022.csv: unexpected header');
  const list: NameCount[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const [name, count] = line.split(';');
    const n = Number(count);
    if (!name || !Number.isInteger(n)) fail(`sukunimet_2022.csv: cannot parse ${JSON.stringify(line)}`);
    list.push([name.trim(), n]);
  }
  return jsonLines(sortNameCounts(list));
}

function deriveLanguages(sharedDir: string): string {
  const fi = readClassification(path.join(sharedDir, 'tyokieli_fi.json'), 'fi');
  const sv = readClassification(path.join(sharedDir, 'tyokieli_sv.json'), 'sv');
  sameKeys(fi, sv, 'tyokieli_sv.json');
  const unmapped = [...fi.keys()].filter((c) => !ISO_639_2[c]);
  if (unmapped.length) fail(`no ISO 639-2 code for ${unmapped.join(',')}`);
  const languages: { code: string; fi: string; sv: string; iso6392: string; iso6392B?: string }[] = [];
  for (const code of [...fi.keys()].sort(cmp)) {
    if (!/^[a-z]{2}$/.test(code)) fail(`tyokieli: unexpected code ${code}`);
    const [t = '', b] = (ISO_639_2[code] ?? '').split('/');
    languages.push({
      code,
      fi: cleanLanguageName(fi.get(code) ?? ''),
      sv: cleanLanguageName(sv.get(code) ?? ''),
      iso6392: t,
      ...(b ? { iso6392B: b } : {}),
    });
  }
  languages.unshift({ ...SIGN_LANGUAGE });
  return jsonLines(languages);
}

/** User-assigned codes the i18n-iso-countries package includes but ISO 3166-1 does not (XK Kosovo, 983). */
const NON_ISO_ALPHA2 = new Set(['XK']);

function deriveCountries(): string {
  const numericToAlpha2 = countryLib.getNumericCodes();
  const countries = Object.keys(numericToAlpha2)
    .sort(cmp)
    .flatMap((numeric) => {
      const alpha2 = numericToAlpha2[numeric] ?? fail(`no alpha-2 for ${numeric}`);
      if (NON_ISO_ALPHA2.has(alpha2)) return [];
      if (!/^\d{3}$/.test(numeric)) fail(`bad numeric code ${numeric}`);
      const name = (lang: string) =>
        countryLib.getName(alpha2, lang) ?? fail(`no ${lang} name for ${alpha2}`);
      return [
        {
          numeric,
          alpha2,
          alpha3: countryLib.alpha2ToAlpha3(alpha2) ?? fail(`no alpha-3 for ${alpha2}`),
          fi: name('fi'),
          sv: name('sv'),
          en: name('en'),
        },
      ];
    });
  return jsonLines(countries);
}

function deriveStreetNames(): string {
  const out: Pair[] = [...NAMED_STREETS];
  const stems: { stem: Pair; suffixes: readonly Pair[] }[] = [
    ...NATURE_STEMS.map((stem) => ({ stem, suffixes: STREET_SUFFIXES })),
    ...URBAN_STEMS.map((stem) => ({ stem, suffixes: URBAN_SUFFIXES })),
  ];
  stems.forEach(({ stem: [stemFi, stemSv], suffixes }, i) => {
    // Drop tautologies such as Rantaranta/Strandstranden and Mäkimäki/Backbacken.
    const allowed = suffixes.filter(
      ([fi, sv]) => fi !== stemFi.toLowerCase() && !stemSv.toLowerCase().startsWith(sv.slice(0, 4)),
    );
    const [first, ...rest] = allowed;
    if (!first) fail(`no suffix for ${stemFi}`);
    const chosen = [first];
    for (let j = 0; j < EXTRA_SUFFIXES_PER_STEM && j < rest.length; j++) {
      const suffix = rest[(i * EXTRA_SUFFIXES_PER_STEM + j) % rest.length];
      if (suffix) chosen.push(suffix);
    }
    for (const [fi, sv] of chosen) out.push([stemFi + fi, stemSv + sv]);
  });
  const fiSeen = new Set<string>();
  const svSeen = new Set<string>();
  for (const [fi, sv] of out) {
    if (fiSeen.has(fi) || svSeen.has(sv)) fail(`duplicate street name ${fi}/${sv}`);
    fiSeen.add(fi);
    svSeen.add(sv);
  }
  out.sort((a, b) => cmp(a[0], b[0]));
  return jsonLines(out);
}

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

/** Derives every output file; returns file name → content (with trailing newline). */
export function deriveReferenceData(sharedDir: string = DEFAULT_SHARED_DIR): Record<string, string> {
  const { municipalities, postcodes } = deriveMunicipalitiesAndPostcodes(sharedDir);
  const files: Record<string, string> = {
    'countries.json': deriveCountries(),
    'first-names.json': deriveFirstNames(sharedDir),
    'languages.json': deriveLanguages(sharedDir),
    'municipalities.json': municipalities,
    'postcodes.json': postcodes,
    'street-names.json': deriveStreetNames(),
    'surnames.json': deriveSurnames(sharedDir),
  };
  for (const [name, content] of Object.entries(files)) {
    JSON.parse(content); // sanity: every output is valid JSON
    files[name] = `${content}\n`;
  }
  return files;
}

export function writeReferenceData(files: Record<string, string>, outDir: string = DEFAULT_OUT_DIR): void {
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(outDir, name), content);
}

/** Recomputes populations from synthea's demographics.csv and fails if the embedded table differs. */
function checkPopulations(sharedDir: string, csvFile: string): void {
  const fi = readClassification(path.join(sharedDir, 'kunta_fi.json'), 'fi');
  const sv = readClassification(path.join(sharedDir, 'kunta_sv.json'), 'sv');
  const pops = populationsFromSynthea(readFileSync(csvFile, 'utf8'), fi, sv);
  const diffs = [...new Set([...pops.keys(), ...Object.keys(POPULATION_2018)])]
    .sort(cmp)
    .filter((code) => pops.get(code) !== POPULATION_2018[code]);
  if (diffs.length) {
    const table = [...pops.entries()].sort((a, b) => cmp(a[0], b[0])).map(([c, n]) => `  '${c}': ${n},`);
    console.error(`POPULATION_2018 differs for ${diffs.join(', ')}. Recomputed table:\n${table.join('\n')}`);
    fail('embedded populations do not match demographics.csv');
  }
  console.log(`populations match ${csvFile} (${pops.size} municipalities)`);
}

function main(argv: string[]): void {
  let sharedDir = DEFAULT_SHARED_DIR;
  let outDir = DEFAULT_OUT_DIR;
  let demographics: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out') outDir = path.resolve(argv[++i] ?? fail('--out needs a directory'));
    else if (arg === '--demographics')
      demographics = path.resolve(argv[++i] ?? fail('--demographics needs a file'));
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else sharedDir = path.resolve(arg);
  }
  if (demographics) checkPopulations(sharedDir, demographics);
  const files = deriveReferenceData(sharedDir);
  writeReferenceData(files, outDir);
  for (const [name, content] of Object.entries(files)) {
    console.log(
      `${path.join(path.relative(process.cwd(), outDir), name)}  ${Buffer.byteLength(content)} bytes`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
