/**
 * The return codes this service gives (spec §6.1; texts from the catalogue's PaluukoodiTekstiTyyppi, written
 * with ä and ö as in DVV's X-Road fault text). Codes 0000, 0002 and 0018 come with the person; every other
 * code comes without one, and on X-Road as faultCode/faultString instead of a document.
 *
 * Not given, because nothing here can cause them: 0006 (0001 is used), 0008–0016 (certificates sent in the
 * body, SATU identification), 0017 (guardianship register), -1505/-1905 (billing), -1805/-1903
 * (TeeHenkilonTunnistusKysely). Internal errors are SOAP Faults, not -1800/-1906 documents.
 */
export interface Paluukoodi {
  readonly koodi: string;
  readonly teksti: string;
}

const code = (koodi: string, teksti: string): Paluukoodi => ({ koodi, teksti });

export const PALUUKOODI = {
  found: code('0000', 'Haku onnistui'),
  notFound: code('0001', 'Hakuperusteella ei löydy tietoja vtj:stä'),
  passivated: code('0002', 'Hakuperusteena käytetty henkilötunnus tai asiointitunnus on passivoitu'),
  passwordMissing: code(
    '0003',
    'Kysyvän sovelluksen lähettämä tunnussana puuttuu, on virheellinen tai vanhentunut.',
  ),
  usernameInvalid: code(
    '0004',
    'Kysyvän sovelluksen lähettämä käyttäjätunnus puuttuu, on virheellinen tai vanhentunut.',
  ),
  criterionMissing: code('0005', 'Pakollinen hakuehto puuttuu. / Obligatoriskt sökkriteriet fattas.'),
  deceased: code(
    '0007',
    'Haettava henkilö on kuollut, joten tietoja ei voida palauttaa, ellei muuta ole sovittu.',
  ),
  under15: code('0018', 'Henkilö on alle 15-vuotias'),
  notDisclosable: code('0019', 'Tietoja ei voida luovuttaa'),
  wrongCredentials: code('-1500', 'Virheellinen tunnus/salasana pari'),
  productNotPermitted: code('-1900', 'Tuotetta ei löydy'),
  productNotServed: code('-1901', 'Tuotetta ei löydy'),
  invalidCharacters: code('-1902', 'Sanoma ei ole validi (merkit)'),
  endUserMissing: code('-1904', 'Sanoma ei ole validi (loppukäyttäjä puuttuu)'),
} as const;

/** The codes whose document carries the person (clients treat them as success: ONR, OPH, Koski). */
export function carriesPerson(paluukoodi: Paluukoodi): boolean {
  return ['0000', '0002', '0018'].includes(paluukoodi.koodi);
}

/** `hakuperustePaluukoodi` with its texts (catalogue HakuperustePaluukoodiTyyppi; 1 and 4 as DVV sends them). */
export interface Hakuperuste {
  readonly koodi: '0' | '1' | '2' | '4';
  readonly s: string;
  readonly r: string;
  readonly e: string;
}

export const HAKUPERUSTE = {
  notFound: { koodi: '0', s: 'Ei löytynyt', r: 'Hittades inte', e: 'Not found' },
  found: { koodi: '1', s: 'Löytyi', r: 'Hittades', e: 'Found' },
  passive: { koodi: '2', s: 'Passiivinen tunnus', r: 'Passiv beteckning', e: 'Passive identifier' },
  notUsed: {
    koodi: '4',
    s: 'Tunnushakuperustetta ei ole kaytetty',
    r: 'Beteckningen har inte användat',
    e: 'Not used',
  },
} as const satisfies Record<string, Hakuperuste>;
