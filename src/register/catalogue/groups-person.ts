/**
 * Person data groups: identity, names, language, nationality, death and religion.
 * None of these is withheld by a turvakielto (identity data stays visible, spec §3.3).
 */
import Type from 'typebox';
import { defineGroup } from './define.js';
import { nameEntry, nameEntryWithMethod, optionalDate, period } from './properties.js';
import {
  Henkilotunnus,
  KansalaisuusTieto,
  Kielikoodi,
  KielikoodiIso6392,
  Kuntakoodi,
  NonNegativeInteger,
  Sukupuoli,
  Tietolahde,
  Uskontokuntalaji,
  Valtiokoodi,
  Voimassaolo,
  VtjVoimassaolo,
} from './values.js';

export const personGroups = [
  // --- identity -------------------------------------------------------------------------------
  defineGroup({
    code: 'HENKILOTUNNUS_KORJAUS',
    names: { fi: 'Henkilötunnuksen muutos', sv: 'Ändring av personbeteckning', en: 'Identity code change' },
    description: {
      fi: 'Henkilön voimassa oleva ja aiemmat henkilötunnukset, kun henkilötunnus on muutettu tai korjattu.',
      sv: 'Personens gällande och tidigare personbeteckningar när personbeteckningen har ändrats eller rättats.',
      en: "The person's current and previous personal identity codes after the code was changed or corrected.",
    },
    category: 'identity',
    evidence: 'sandbox',
    // eVaka requires voimassaolo, muutettuHenkilotunnus and edellisetHenkilotunnukset (serializers must emit
    // them), but OPH's perustietoHetuKorjaus.json is a bare {tietoryhma} stub, so the schema leaves them optional.
    properties: {
      voimassaolo: Type.Optional(Voimassaolo),
      muutettuHenkilotunnus: Type.Optional(Henkilotunnus),
      // Nullable "as stated in spec" (eVaka 0efc3ff1ce).
      aktiivinenHenkilotunnus: Type.Optional(Type.Union([Henkilotunnus, Type.Null()])),
      edellisetHenkilotunnukset: Type.Optional(Type.Array(Henkilotunnus)),
    },
  }),
  defineGroup({
    code: 'SUKUPUOLI',
    names: { fi: 'Sukupuoli', sv: 'Kön', en: 'Gender' },
    description: {
      fi: 'Henkilön väestötietojärjestelmään merkitty juridinen sukupuoli.',
      sv: 'Personens juridiska kön enligt befolkningsdatasystemet.',
      en: "The person's legal gender as recorded in the Population Information System.",
    },
    category: 'identity',
    evidence: 'sandbox',
    properties: { sukupuoli: Sukupuoli }, // OPH requires it.
  }),
  defineGroup({
    code: 'SYNTYMAPAIVA',
    names: { fi: 'Syntymäpäivä', sv: 'Födelsedatum', en: 'Date of birth' },
    description: {
      fi: 'Henkilön syntymäpäivä.',
      sv: 'Personens födelsedatum.',
      en: "The person's date of birth.",
    },
    category: 'identity',
    evidence: 'sandbox',
    properties: { syntymapv: optionalDate() },
  }),
  defineGroup({
    code: 'SYNTYMAKOTIKUNTA',
    names: { fi: 'Syntymäkotikunta', sv: 'Hemkommun vid födseln', en: 'Home municipality at birth' },
    description: {
      fi: 'Kunta, joka oli henkilön kotikunta hänen syntyessään.',
      sv: 'Den kommun som var personens hemkommun när personen föddes.',
      en: "The municipality that was the person's home municipality at birth.",
    },
    category: 'identity',
    evidence: 'sandbox',
    properties: { kuntakoodi: Type.Optional(Kuntakoodi) },
  }),
  defineGroup({
    code: 'ULKOMAINEN_SYNTYMAPAIKKA',
    names: { fi: 'Ulkomainen syntymäpaikka', sv: 'Födelseort utomlands', en: 'Place of birth abroad' },
    description: {
      fi: 'Ulkomailla syntyneen henkilön syntymävaltio ja syntymäpaikkakunta.',
      sv: 'Födelseland och födelseort för en person som är född utomlands.',
      en: 'The country and place of birth of a person born outside Finland.',
    },
    category: 'identity',
    evidence: 'sandbox',
    properties: {
      valtiokoodi: Type.Optional(Valtiokoodi),
      ulkomainenSyntymapaikka: Type.Optional(Type.String()),
    },
  }),
  defineGroup({
    code: 'ULKOMAINEN_HENKILOTUNNUS',
    names: { fi: 'Ulkomainen henkilötunnus', sv: 'Utländsk personbeteckning', en: 'Foreign identity number' },
    description: {
      fi: 'Henkilön toisessa valtiossa saama henkilötunnus, myöntäjävaltio ja tiedon lähde.',
      sv: 'Personbeteckning som personen har fått i en annan stat, den utfärdande staten och uppgiftens källa.',
      en: 'A personal identity number issued to the person by another country, with the issuing country and source.',
    },
    category: 'identity',
    evidence: 'sandbox',
    properties: {
      ulkomainenHenkilotunnus: Type.Optional(Type.String()),
      valtiokoodi: Type.Optional(Valtiokoodi),
      sukupuoli: Type.Optional(Sukupuoli),
      tietolahde: Type.Optional(Tietolahde),
      voimassaolo: Type.Optional(Voimassaolo),
      antopv: optionalDate(),
      vtjTallennuspv: optionalDate(),
      vtjVoimassaolo: Type.Optional(VtjVoimassaolo),
    },
  }),
  defineGroup({
    code: 'JARJESTYSKIRJAIN',
    names: { fi: 'Järjestyskirjain', sv: 'Ordningsbokstav', en: 'Multiple-birth letter' },
    description: {
      fi: 'Kirjain, joka erottaa samassa synnytyksessä syntyneet lapset toisistaan.',
      sv: 'Bokstav som skiljer åt barn som har fötts vid samma förlossning.',
      en: 'The letter that tells apart children born in the same delivery.',
    },
    category: 'identity',
    evidence: 'sandbox',
    properties: { jarjestyskirjain: Type.Optional(Type.String()) },
  }),

  // --- names ----------------------------------------------------------------------------------
  defineGroup({
    code: 'HENKILON_NIMI',
    names: { fi: 'Nimi', sv: 'Namn', en: 'Name' },
    description: {
      fi: 'Henkilön nykyiset etunimet ja sukunimi sekä päivä, josta alkaen nimi on ollut voimassa.',
      sv: 'Personens nuvarande förnamn och efternamn samt den dag från vilken namnet har gällt.',
      en: "The person's current first names and surname, and the date from which the name has been valid.",
    },
    category: 'names',
    evidence: 'sandbox',
    properties: {
      etunimi: Type.Optional(Type.String()),
      sukunimi: Type.Optional(Type.String()),
      etunimiUTF8: Type.Optional(Type.String()),
      sukunimiUTF8: Type.Optional(Type.String()),
      alkupv: optionalDate(),
      lisatieto: Type.Optional(Type.String()), // read by the 2020–22 eVaka model
    },
  }),
  defineGroup({
    code: 'KUTSUMANIMI',
    names: { fi: 'Kutsumanimi', sv: 'Tilltalsnamn', en: 'Preferred first name' },
    description: {
      fi: 'Etunimistä se, jota henkilö käyttää kutsumanimenään, sekä aiemmat kutsumanimet.',
      sv: 'Det av förnamnen som personen använder som tilltalsnamn samt tidigare tilltalsnamn.',
      en: 'The first name the person goes by, and previous preferred names.',
    },
    category: 'names',
    evidence: 'sandbox',
    properties: nameEntry,
  }),
  defineGroup({
    code: 'NIMENMUUTOS',
    names: { fi: 'Nimihistoria', sv: 'Namnhistorik', en: 'Name history' },
    description: {
      fi: 'Henkilön nykyiset ja aiemmat nimet nimilajeittain voimassaoloaikoineen.',
      sv: 'Personens nuvarande och tidigare namn per namnslag med giltighetstider.',
      en: "The person's current and previous names by kind of name, with their periods of validity.",
    },
    category: 'names',
    evidence: 'sandbox',
    properties: nameEntry,
  }),
  defineGroup({
    code: 'NIMENMUUTOS_LAAJA',
    names: {
      fi: 'Nimihistoria ja muutostapa',
      sv: 'Namnhistorik och sätt för namnändring',
      en: 'Name history with method of change',
    },
    description: {
      fi: 'Nimihistoria täydennettynä tiedolla siitä, millä tavalla nimi on muuttunut.',
      sv: 'Namnhistoriken kompletterad med uppgift om hur namnet har ändrats.',
      en: 'The name history together with how each name was changed.',
    },
    category: 'names',
    evidence: 'sandbox',
    properties: nameEntryWithMethod,
  }),

  // --- language and nationality ---------------------------------------------------------------
  defineGroup({
    code: 'AIDINKIELI',
    names: { fi: 'Äidinkieli', sv: 'Modersmål', en: 'Mother tongue' },
    description: {
      fi: 'Henkilön ilmoittama äidinkieli ja päivä, josta alkaen se on ollut voimassa.',
      sv: 'Det modersmål som personen har uppgett och den dag från vilken det har gällt.',
      en: 'The mother tongue the person has declared, and the date from which it has applied.',
    },
    category: 'language',
    evidence: 'sandbox',
    properties: {
      kielikoodi: Type.Optional(Kielikoodi),
      kielikoodiISO6392: Type.Optional(KielikoodiIso6392),
      nimi: Type.Optional(Type.String()), // only for special codes (98 = sign language, mis)
      ...period,
    },
  }),
  defineGroup({
    code: 'ASIOINTIKIELI',
    names: { fi: 'Asiointikieli', sv: 'Kontaktspråk', en: 'Language of service' },
    description: {
      fi: 'Kieli, jolla henkilö haluaa asioida viranomaisten kanssa.',
      sv: 'Det språk på vilket personen vill sköta ärenden med myndigheterna.',
      en: 'The language in which the person wishes to deal with the authorities.',
    },
    category: 'language',
    evidence: 'sandbox',
    properties: {
      kielikoodi: Type.Optional(Kielikoodi),
      kielikoodiISO6392: Type.Optional(KielikoodiIso6392),
      alkupv: optionalDate(),
    },
  }),
  defineGroup({
    code: 'KANSALAISUUS',
    names: { fi: 'Kansalaisuus', sv: 'Medborgarskap', en: 'Citizenship' },
    description: {
      fi: 'Henkilön kaikki kansalaisuudet saamis- ja menetyspäivineen.',
      sv: 'Alla personens medborgarskap med datum för förvärv och förlust.',
      en: "All of the person's citizenships, with the dates they were acquired or lost.",
    },
    category: 'nationality',
    evidence: 'sandbox',
    properties: {
      henkilonKansalaisuudet: Type.Array(KansalaisuusTieto), // the full current list; OPH requires it
      lisatytKansalaisuudet: Type.Optional(Type.Array(KansalaisuusTieto)),
      muutetutKansalaisuudet: Type.Optional(Type.Array(KansalaisuusTieto)),
      poistetutKansalaisuudet: Type.Optional(Type.Array(KansalaisuusTieto)),
      korjattavatKansalaisuudet: Type.Optional(Type.Array(KansalaisuusTieto)),
      korjatutKansalaisuudet: Type.Optional(Type.Array(KansalaisuusTieto)),
    },
  }),

  // --- death ----------------------------------------------------------------------------------
  defineGroup({
    code: 'KUOLINPAIVA',
    names: { fi: 'Kuolinpäivä', sv: 'Dödsdag', en: 'Date of death' },
    description: {
      fi: 'Tieto henkilön kuolemasta ja kuolinpäivä.',
      sv: 'Uppgift om att personen har avlidit och dödsdagen.',
      en: 'Whether the person has died, and the date of death.',
    },
    category: 'death',
    evidence: 'sandbox',
    // `kuollut` is required by DVV's schema (eVaka POC) and by OPH; a correction sends kuollut:false, no date.
    properties: { kuollut: Type.Boolean(), kuolinpv: optionalDate() },
  }),
  defineGroup({
    code: 'KUOLLEEKSIJULISTAMISPAIVA',
    names: { fi: 'Kuolleeksi julistaminen', sv: 'Dödförklaring', en: 'Declaration of death' },
    description: {
      fi: 'Tieto henkilön julistamisesta kuolleeksi ja päivä, jona hänen katsotaan kuolleen.',
      sv: 'Uppgift om att personen har dödförklarats och den dag då personen anses ha avlidit.',
      en: 'Whether the person has been declared dead, and the date on which they are deemed to have died.',
    },
    category: 'death',
    evidence: 'sandbox',
    properties: { kuollut: Type.Optional(Type.Boolean()), kuolleeksijulistamispv: optionalDate() },
  }),

  // --- religion (special category data) -------------------------------------------------------
  defineGroup({
    code: 'USKONTOKUNTA',
    names: { fi: 'Uskontokunta', sv: 'Religionssamfund', en: 'Religious community' },
    description: {
      fi: 'Rekisteröity uskontokunta, johon henkilö kuuluu, ja liittymispäivä.',
      sv: 'Det registrerade religionssamfund som personen hör till och datum för inträdet.',
      en: 'The registered religious community the person belongs to, and the date of joining.',
    },
    category: 'religion',
    evidence: 'sandbox',
    properties: { uskontokunta: Type.Optional(NonNegativeInteger), alkupv: optionalDate() },
  }),
  defineGroup({
    code: 'USKONTOKUNTALAJI',
    names: { fi: 'Uskontokunnan laji', sv: 'Typ av religionssamfund', en: 'Type of religious affiliation' },
    description: {
      fi: 'Uskontokunnan laji, johon henkilö kuuluu, tai tieto siitä, ettei hän kuulu mihinkään.',
      sv: 'Typen av religionssamfund som personen hör till, eller uppgift om att personen inte hör till något.',
      en: 'The kind of religious community the person belongs to, or that they belong to none.',
    },
    category: 'religion',
    evidence: 'sandbox',
    properties: { uskontokuntalaji: Type.Optional(Uskontokuntalaji) },
  }),
  defineGroup({
    code: 'HISTORIAA_USKONTOKUNNASTA',
    names: {
      fi: 'Aiemmat uskontokunnat',
      sv: 'Tidigare religionssamfund',
      en: 'Previous religious communities',
    },
    description: {
      fi: 'Uskontokunnat, joihin henkilö on aiemmin kuulunut, jäsenyysaikoineen.',
      sv: 'Religionssamfund som personen tidigare har hört till, med medlemstiderna.',
      en: 'Religious communities the person used to belong to, with the periods of membership.',
    },
    category: 'religion',
    evidence: 'sandbox',
    properties: { uskontokunta: Type.Optional(NonNegativeInteger), ...period },
  }),
] as const;
