/**
 * VTJHenkiloVastaussanoma, the answer document both front ends carry (spec §4): root attributes
 * sanomatunnus / tietojenPoimintaaika / versio, Asiakasinfo, Paluukoodi, Hakuperusteet and, when the code
 * comes with the person, Henkilo. Every element is in http://xml.vrk.fi/schema/vtjkysely through a default
 * xmlns; no whitespace is written between elements or inside values.
 */

import type { ElementDef, RenderContext } from './elements/element.js';
import { NS } from './envelope.js';
import type { Hakuperuste, Paluukoodi } from './paluukoodi.js';
import type { PersonRecords } from './person-records.js';
import { attributes, element, escapeText, leaf } from './xml.js';

const HELSINKI = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Finnish local time: the documents' timestamps and the day an answer describes. */
export function helsinkiTime(now: Date) {
  const parts = Object.fromEntries(HELSINKI.formatToParts(now).map((p) => [p.type, p.value]));
  const { year, month, day, hour, minute, second } = parts as Record<string, string>;
  return {
    date: `${year}-${month}-${day}`,
    /** tietojenPoimintaaika, yyyyMMddHHmmss. */
    stamp: `${year}${month}${day}${hour}${minute}${second}`,
    /** Asiakasinfo, dd.MM.yyyy HH:mm. */
    info: `${day}.${month}.${year} ${hour}:${minute}`,
  };
}

const HETU_SHAPE = /^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/;
const SATU_SHAPE = /^\d{8}[0-9A-Y]$/;

export interface SanomaInput {
  sanomatunnus: string;
  /** Whether the product lists SahkoinenAsiointitunnus among the criteria. */
  satuCriterion: boolean;
  paluukoodi: Paluukoodi;
  /** The criteria as the client sent them (trimmed); values that cannot be identifiers are not echoed. */
  hetu: string;
  satu: string;
  hetuResult: Hakuperuste;
  satuResult: Hakuperuste;
  /** The rendered Henkilo element, for the codes that carry the person. */
  henkilo?: string;
  now: Date;
}

function criterion(name: string, value: string, result: Hakuperuste): string {
  const attrs = attributes([
    ['hakuperustePaluukoodi', result.koodi],
    ['hakuperusteTekstiS', result.s],
    ['hakuperusteTekstiR', result.r],
    ['hakuperusteTekstiE', result.e],
  ]);
  return value === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${escapeText(value)}</${name}>`;
}

export function renderSanoma(input: SanomaInput): string {
  const time = helsinkiTime(input.now);
  const root = attributes([
    ['xmlns', NS.sanoma],
    ['xmlns:vtj', NS.henkilotiedot],
    ['xmlns:xsi', NS.xsi],
    ['sanomatunnus', input.sanomatunnus],
    ['tietojenPoimintaaika', time.stamp],
    ['versio', '1.0'],
    ['xsi:schemaLocation', `${NS.sanoma} ${input.sanomatunnus}.xsd`],
  ]);
  const paluukoodi = `<Paluukoodi${attributes([['koodi', input.paluukoodi.koodi]])}>${escapeText(input.paluukoodi.teksti)}</Paluukoodi>`;
  const criteria = [
    criterion('Henkilotunnus', HETU_SHAPE.test(input.hetu) ? input.hetu : '', input.hetuResult),
  ];
  if (input.satuCriterion) {
    criteria.push(
      criterion('SahkoinenAsiointitunnus', SATU_SHAPE.test(input.satu) ? input.satu : '', input.satuResult),
    );
  }
  return element(
    'VTJHenkiloVastaussanoma',
    [
      element('Asiakasinfo', [leaf('InfoS', time.info), leaf('InfoR', time.info), leaf('InfoE', time.info)]),
      paluukoodi,
      element('Hakuperusteet', criteria),
      input.henkilo ?? '',
    ],
    root,
  );
}

/** `Henkilo`: the person's active hetu first (voimassaolokoodi 1), then the product's elements in order. */
export function renderHenkilo(
  hetu: string,
  elements: readonly ElementDef[],
  records: PersonRecords,
  context: RenderContext,
): string {
  const content = elements.map((e) => e.render(records.only(e.groups), context));
  return element('Henkilo', [
    `<Henkilotunnus voimassaolokoodi="1">${escapeText(hetu)}</Henkilotunnus>`,
    ...content,
  ]);
}
