/**
 * The products (SoSoNimi → sanomatunnus) this service answers, each an ordered list of `Henkilo` elements,
 * each element made from declared data groups of the catalogue (DESIGN invariant 2). The order is the
 * product XSD's (fixtures/vtjkysely/schema) or, where DVV's XSD is not public, the real messages'
 * (spec §5; our reconstructions are in wsdl/products/). A permit sees each element only through its own
 * data groups: what it does not see is written empty.
 */
import {
  kotikunta,
  kotimainenPostiosoite,
  ophrekAddresses,
  tilapainenKotimainenLahiosoite,
  tilapainenUlkomainenLahiosoite,
  ulkomainenPostiosoite,
  vakinainenAsuinpaikka,
  vakinainenKotimainenLahiosoite,
  vakinainenUlkomainenLahiosoite,
} from './elements/address.js';
import type { ElementDef } from './elements/element.js';
import {
  edunvalvonta,
  edunvalvontavaltuutus,
  huollettava,
  huoltaja,
  huoltajaLkm,
  ophrekHuollettava,
  ophrekHuoltaja,
} from './elements/family.js';
import {
  aidinkieli,
  aidinkieliTietokoodi,
  ammatti,
  entinenNimi,
  kansalaisuus,
  kuolintiedot,
  kuolleeksijulistamistiedot,
  nykyinenKutsumanimi,
  nykyinenSukunimi,
  nykyisetEtunimet,
  sahkopostiosoite,
  sukupuoli,
  suomenKansalaisuusTietokoodi,
  turvakielto,
  ulkomainenHenkilonumero,
  ulkomainenSyntymapaikka,
} from './elements/person.js';

export interface Product {
  /** The canonical sanomatunnus; SoSoNimi is matched case-insensitively (by the authorization core). */
  readonly id: string;
  /** Older products list SahkoinenAsiointitunnus among the criteria as well (spec §4). */
  readonly satuCriterion: boolean;
  /** Products that list a person's wards answer 0018 for someone under 15 (spec §6.1, §7). */
  readonly under15Notice: boolean;
  /** OPHREK gives each guardian's address: the guardians' own records are read too. */
  readonly readsGuardians: boolean;
  /** The `Henkilo` children after Henkilotunnus, in order. */
  readonly elements: readonly ElementDef[];
}

const perusAddresses = [
  tilapainenKotimainenLahiosoite,
  tilapainenUlkomainenLahiosoite,
  kotimainenPostiosoite,
  ulkomainenPostiosoite,
  kotikunta,
];

/** HUOLTAJA-HUOLLETTAVAT and HUOLLETTAVA-HUOLTAJAT (Helsinki vety XSDs, evaka captures). */
function custodyProduct(id: string, relatives: ElementDef, under15Notice: boolean): Product {
  return {
    id,
    satuCriterion: false,
    under15Notice,
    readsGuardians: false,
    elements: [
      nykyinenSukunimi,
      nykyisetEtunimet,
      vakinainenKotimainenLahiosoite,
      vakinainenUlkomainenLahiosoite,
      vakinainenAsuinpaikka,
      ...perusAddresses,
      kuolintiedot(true),
      kuolleeksijulistamistiedot,
      aidinkieli,
      turvakielto(true),
      sukupuoli,
      relatives,
    ],
  };
}

export const PRODUCTS: readonly Product[] = [
  {
    // Helsinki vety XSD; no Turvakielto element: a protected person's address and home are simply empty.
    id: 'PERUSSANOMA 1',
    satuCriterion: false,
    under15Notice: false,
    readsGuardians: false,
    elements: [
      nykyinenSukunimi,
      nykyisetEtunimet,
      vakinainenKotimainenLahiosoite,
      vakinainenAsuinpaikka,
      vakinainenUlkomainenLahiosoite,
      ...perusAddresses,
      kuolintiedot(true),
      kuolleeksijulistamistiedot,
      aidinkieli,
      sukupuoli,
    ],
  },
  {
    // The real Test-VTJ capture (evaka).
    id: 'PERUSSANOMA 3',
    satuCriterion: false,
    under15Notice: false,
    readsGuardians: false,
    elements: [
      nykyinenSukunimi,
      nykyisetEtunimet,
      entinenNimi(true),
      vakinainenKotimainenLahiosoite,
      vakinainenAsuinpaikka,
      vakinainenUlkomainenLahiosoite,
      ...perusAddresses,
      kuolintiedot(true),
      kuolleeksijulistamistiedot,
      aidinkieli,
      turvakielto(true),
      sukupuoli,
      kansalaisuus,
      edunvalvonta('PERUSSANOMA 3'),
      edunvalvontavaltuutus('PERUSSANOMA 3'),
    ],
  },
  custodyProduct('HUOLTAJA-HUOLLETTAVAT', huollettava, true),
  custodyProduct('HUOLLETTAVA-HUOLTAJAT', huoltaja, false),
  {
    // DVV's published example answer (liityntäkatalogi).
    id: 'PERUSLT1',
    satuCriterion: false,
    under15Notice: false,
    readsGuardians: false,
    elements: [
      nykyinenSukunimi,
      nykyisetEtunimet,
      kotikunta,
      vakinainenKotimainenLahiosoite,
      vakinainenUlkomainenLahiosoite,
      aidinkieliTietokoodi,
      kuolintiedot(false),
    ],
  },
  {
    // OPH's OPHREK.xsd (2019, with Huollettava).
    id: 'OPHREK',
    satuCriterion: true,
    under15Notice: true,
    readsGuardians: true,
    elements: [
      sukupuoli,
      aidinkieli,
      kuolintiedot(false),
      nykyinenSukunimi,
      nykyisetEtunimet,
      nykyinenKutsumanimi,
      entinenNimi(false),
      ...ophrekAddresses,
      kotikunta,
      turvakielto(true),
      huoltajaLkm,
      ophrekHuoltaja,
      edunvalvontavaltuutus('OPHREK'),
      edunvalvonta('OPHREK'),
      ammatti,
      sahkopostiosoite,
      ulkomainenHenkilonumero,
      kansalaisuus,
      ulkomainenSyntymapaikka,
      ophrekHuollettava,
    ],
  },
  {
    // VETUMA-relayed messages (kansalaisaloite, Lupapiste).
    id: 'PERUSJHHS2',
    satuCriterion: true,
    under15Notice: false,
    readsGuardians: false,
    elements: [
      nykyinenSukunimi,
      nykyisetEtunimet,
      vakinainenKotimainenLahiosoite,
      vakinainenUlkomainenLahiosoite,
      kotikunta,
      kuolintiedot(false),
      aidinkieli,
      suomenKansalaisuusTietokoodi,
    ],
  },
  {
    // Suomi.fi-tunnistus: DVV's fake VTJ answer (kapa-fake), which has the shape of a real one.
    id: 'PERUSJHHS3',
    satuCriterion: true,
    under15Notice: false,
    readsGuardians: false,
    elements: [
      nykyinenSukunimi,
      nykyisetEtunimet,
      nykyinenKutsumanimi,
      vakinainenKotimainenLahiosoite,
      vakinainenUlkomainenLahiosoite,
      kotikunta,
      kuolintiedot(true),
      kuolleeksijulistamistiedot,
      aidinkieli,
      suomenKansalaisuusTietokoodi,
      turvakielto(false),
    ],
  },
];

const byId = new Map(PRODUCTS.map((p) => [p.id, p]));

/** The product a permit names (its canonical spelling), if this service answers it. */
export function findProduct(id: string): Product | undefined {
  return byId.get(id.trim().toUpperCase());
}
