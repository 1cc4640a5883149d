/**
 * Location data groups: municipalities, addresses and dwellings. Every one of them is withheld under a
 * turvakielto.
 *
 * Protected-field lists: where the real DVV sandbox capture censors a group, the list is the sandbox's,
 * in its order. For VAESTOKIRJANPITOKUNTA and the history groups (EDELLINEN_KOTIKUNTA,
 * EDELLINEN_KOTIMAINEN_ASUINPAIKKATUNNUS, ENTINEN_OLINPAIKASSA_ASUMINEN, ENTINEN_ULKOMAILLA_ASUMINEN) the
 * list mirrors the current group's. NOTE: this is stricter than the sandbox, which delivered
 * EDELLINEN_KOTIKUNTA, EDELLINEN_KOTIMAINEN_ASUINPAIKKATUNNUS and ENTINEN_OLINPAIKASSA_ASUMINEN uncensored
 * for a turvakielto person (020275-9862); the project protects every location group on purpose.
 */
import Type from 'typebox';
import { defineGroup } from './define.js';
import {
  domesticAddress,
  domesticAddressProtected,
  dwellingIdentifier,
  dwellingIdentifierProtected,
  foreignAddress,
  foreignAddressProtected,
  livingAbroad,
  livingAbroadProtected,
  municipalityPeriod,
  optionalDate,
  period,
  placeOfStay,
  placeOfStayProtected,
} from './properties.js';
import { BilingualText, Kuntakoodi, NonNegativeInteger, Valtiokoodi } from './values.js';

export const locationGroups = [
  // --- municipality ---------------------------------------------------------------------------
  defineGroup({
    code: 'KOTIKUNTA',
    names: { fi: 'Kotikunta', sv: 'Hemkommun', en: 'Home municipality' },
    description: {
      fi: 'Henkilön kotikunta ja päivä, jona hän muutti kuntaan.',
      sv: 'Personens hemkommun och den dag då personen flyttade till kommunen.',
      en: "The person's home municipality and the date they moved there.",
    },
    category: 'municipality',
    evidence: 'sandbox',
    properties: {
      ...municipalityPeriod,
      // Legacy duplicate sent in 2020–2023 data (eVaka mock, OPH fixtures); gone from the 2026 sandbox.
      kuntaanMuuttoPv: optionalDate(),
    },
    turvakieltoProtected: ['kuntakoodi', 'kuntaanMuuttopv'],
  }),
  defineGroup({
    code: 'EDELLINEN_KOTIKUNTA',
    names: { fi: 'Aiemmat kotikunnat', sv: 'Tidigare hemkommuner', en: 'Previous home municipalities' },
    description: {
      fi: 'Henkilön aiemmat kotikunnat sekä kuntaan muutto- ja kunnasta poismuuttopäivät.',
      sv: 'Personens tidigare hemkommuner med datum för inflyttning till och utflyttning från kommunen.',
      en: "The person's previous home municipalities, with the dates of moving in and moving out.",
    },
    category: 'municipality',
    evidence: 'sandbox',
    properties: { ...municipalityPeriod, kunnastaPoisMuuttopv: optionalDate() },
    turvakieltoProtected: ['kuntakoodi', 'kuntaanMuuttopv', 'kunnastaPoisMuuttopv'],
  }),
  defineGroup({
    code: 'TILAPAINEN_KUNTA',
    names: { fi: 'Tilapäinen asuinkunta', sv: 'Tillfällig boendekommun', en: 'Temporary municipality' },
    description: {
      fi: 'Kunta, jossa henkilö asuu tilapäisesti, ja tilapäisen asumisen alkamis- ja päättymispäivä.',
      sv: 'Den kommun där personen tillfälligt bor samt datum då det tillfälliga boendet började och upphör.',
      en: 'The municipality where the person is staying temporarily, with the start and end dates.',
    },
    category: 'municipality',
    evidence: 'sandbox',
    // kunnastaPoisMuuttopv is known only from the sandbox's censored list.
    properties: { ...municipalityPeriod, kunnastaPoisMuuttopv: optionalDate() },
    turvakieltoProtected: ['kuntakoodi', 'kuntaanMuuttopv', 'kunnastaPoisMuuttopv'],
  }),
  defineGroup({
    code: 'VAESTOKIRJANPITOKUNTA',
    names: {
      fi: 'Väestökirjanpitokunta',
      sv: 'Befolkningsbokföringskommun',
      en: 'Population register municipality',
    },
    description: {
      fi: 'Kunta, jonka väestökirjanpitoon henkilö kuuluu; ulkomailla asuvalla yleensä viimeisin kotikunta Suomessa.',
      sv: 'Den kommun i vars befolkningsbokföring personen ingår; för den som bor utomlands oftast den senaste hemkommunen i Finland.',
      en: 'The municipality in whose population records the person is kept; for someone living abroad, usually their last home municipality in Finland.',
    },
    category: 'municipality',
    evidence: 'sandbox',
    properties: municipalityPeriod,
    turvakieltoProtected: ['kuntakoodi', 'kuntaanMuuttopv'],
  }),
  defineGroup({
    code: 'VUODENVAIHTEEN_KUNTA',
    names: {
      fi: 'Kotikunta vuodenvaihteessa',
      sv: 'Hemkommun vid årsskiftet',
      en: 'Home municipality at year end',
    },
    description: {
      fi: 'Henkilön kotikunta kunkin vuoden vaihteessa, jota käytetään esimerkiksi verotuksessa.',
      sv: 'Personens hemkommun vid varje årsskifte, som används till exempel i beskattningen.',
      en: "The person's home municipality at the turn of each year, used for example in taxation.",
    },
    category: 'municipality',
    evidence: 'sandbox',
    properties: { kuntakoodi: Type.Optional(Kuntakoodi), vuodenvaihde: Type.Optional(NonNegativeInteger) },
    turvakieltoProtected: ['kuntakoodi', 'vuodenvaihde'],
  }),

  // --- address --------------------------------------------------------------------------------
  defineGroup({
    code: 'VAKINAINEN_KOTIMAINEN_OSOITE',
    names: {
      fi: 'Vakinainen osoite Suomessa',
      sv: 'Stadigvarande adress i Finland',
      en: 'Permanent address in Finland',
    },
    description: {
      fi: 'Henkilön vakinainen asuinosoite Suomessa voimassaoloaikoineen.',
      sv: 'Personens stadigvarande bostadsadress i Finland med giltighetstid.',
      en: "The person's permanent residential address in Finland, with its period of validity.",
    },
    category: 'address',
    evidence: 'sandbox',
    properties: domesticAddress,
    turvakieltoProtected: domesticAddressProtected,
  }),
  defineGroup({
    code: 'TILAPAINEN_KOTIMAINEN_OSOITE',
    names: {
      fi: 'Tilapäinen osoite Suomessa',
      sv: 'Tillfällig adress i Finland',
      en: 'Temporary address in Finland',
    },
    description: {
      fi: 'Osoite Suomessa, jossa henkilö asuu tilapäisesti, voimassaoloaikoineen.',
      sv: 'Adress i Finland där personen tillfälligt bor, med giltighetstid.',
      en: 'An address in Finland where the person is staying temporarily, with its period of validity.',
    },
    category: 'address',
    evidence: 'sandbox',
    properties: domesticAddress,
    turvakieltoProtected: domesticAddressProtected,
  }),
  defineGroup({
    code: 'KOTIMAINEN_POSTIOSOITE',
    names: { fi: 'Postiosoite Suomessa', sv: 'Postadress i Finland', en: 'Postal address in Finland' },
    description: {
      fi: 'Osoite Suomessa, johon henkilö haluaa postinsa, jos se poikkeaa asuinosoitteesta.',
      sv: 'Adress i Finland dit personen vill få sin post, om den avviker från bostadsadressen.',
      en: 'An address in Finland where the person wants their mail delivered, if it differs from their home address.',
    },
    category: 'address',
    evidence: 'sandbox',
    properties: {
      postiosoite: Type.Optional(BilingualText),
      postinumero: Type.Optional(Type.String()),
      postitoimipaikka: Type.Optional(BilingualText),
      ...period,
    },
    turvakieltoProtected: ['postiosoite', 'postinumero', 'postitoimipaikka'],
  }),
  defineGroup({
    code: 'VAKINAINEN_ULKOMAINEN_OSOITE',
    names: {
      fi: 'Vakinainen osoite ulkomailla',
      sv: 'Stadigvarande adress utomlands',
      en: 'Permanent address abroad',
    },
    description: {
      fi: 'Ulkomailla asuvan henkilön vakinainen asuinosoite ja asuinvaltio.',
      sv: 'Stadigvarande bostadsadress och bosättningsland för en person som bor utomlands.',
      en: 'The permanent residential address and country of a person living abroad.',
    },
    category: 'address',
    evidence: 'sandbox',
    properties: foreignAddress,
    turvakieltoProtected: foreignAddressProtected,
  }),
  defineGroup({
    code: 'TILAPAINEN_ULKOMAINEN_OSOITE',
    names: {
      fi: 'Tilapäinen osoite ulkomailla',
      sv: 'Tillfällig adress utomlands',
      en: 'Temporary address abroad',
    },
    description: {
      fi: 'Osoite ulkomailla, jossa henkilö oleskelee tilapäisesti.',
      sv: 'Adress utomlands där personen tillfälligt vistas.',
      en: 'An address abroad where the person is staying temporarily.',
    },
    category: 'address',
    evidence: 'sandbox',
    properties: foreignAddress,
    turvakieltoProtected: foreignAddressProtected,
  }),
  defineGroup({
    code: 'ULKOMAINEN_POSTIOSOITE',
    names: { fi: 'Postiosoite ulkomailla', sv: 'Postadress utomlands', en: 'Postal address abroad' },
    description: {
      fi: 'Osoite ulkomailla, johon henkilö haluaa postinsa.',
      sv: 'Adress utomlands dit personen vill få sin post.',
      en: 'An address abroad where the person wants their mail delivered.',
    },
    category: 'address',
    evidence: 'sandbox',
    // Seen only censored; types follow DVV's OpenAPI as the eVaka POC reports it (postiosoite and
    // postitoimipaikka are always {fi, sv}).
    properties: {
      postiosoite: Type.Optional(BilingualText),
      postiosoiteLisarivi: Type.Optional(Type.String()),
      postitoimipaikka: Type.Optional(BilingualText),
      valtiokoodi: Type.Optional(Valtiokoodi),
      valtionimi: Type.Optional(Type.String()),
      ...period,
    },
    turvakieltoProtected: [
      'postiosoite',
      'postiosoiteLisarivi',
      'postitoimipaikka',
      'valtiokoodi',
      'valtionimi',
    ],
  }),
  defineGroup({
    code: 'SAHKOPOSTIOSOITE',
    names: { fi: 'Sähköpostiosoite', sv: 'E-postadress', en: 'Email address' },
    description: {
      fi: 'Henkilön väestötietojärjestelmään ilmoittama sähköpostiosoite.',
      sv: 'Den e-postadress som personen har anmält till befolkningsdatasystemet.',
      en: 'The email address the person has given to the Population Information System.',
    },
    category: 'address',
    evidence: 'sandbox',
    // lajikoodi is a string here ("MAISTRAATTI"), unlike the integer lajikoodi of *_OLINPAIKASSA_ASUMINEN.
    properties: {
      sahkopostiosoite: Type.Optional(Type.String()),
      lajikoodi: Type.Optional(Type.String()),
      alkupv: optionalDate(),
    },
    turvakieltoProtected: ['sahkopostiosoite', 'lajikoodi'],
  }),

  // --- residence: dwellings and places of stay ------------------------------------------------
  defineGroup({
    code: 'VAKINAINEN_KOTIMAINEN_ASUINPAIKKATUNNUS',
    names: {
      fi: 'Vakinaisen asunnon tunnus',
      sv: 'Stadigvarande bostads beteckning',
      en: 'Permanent dwelling ID',
    },
    description: {
      fi: 'Rakennuksen ja huoneiston yksilöivä tunnus henkilön vakinaiselle asunnolle Suomessa.',
      sv: 'Beteckning som identifierar byggnaden och lägenheten för personens stadigvarande bostad i Finland.',
      en: "The identifier of the building and apartment of the person's permanent dwelling in Finland.",
    },
    category: 'residence',
    evidence: 'sandbox',
    properties: dwellingIdentifier,
    turvakieltoProtected: dwellingIdentifierProtected,
  }),
  defineGroup({
    code: 'TILAPAINEN_KOTIMAINEN_ASUINPAIKKATUNNUS',
    names: {
      fi: 'Tilapäisen asunnon tunnus',
      sv: 'Tillfällig bostads beteckning',
      en: 'Temporary dwelling ID',
    },
    description: {
      fi: 'Rakennuksen ja huoneiston yksilöivä tunnus asunnolle, jossa henkilö asuu tilapäisesti.',
      sv: 'Beteckning som identifierar byggnaden och lägenheten där personen tillfälligt bor.',
      en: 'The identifier of the building and apartment where the person is staying temporarily.',
    },
    category: 'residence',
    evidence: 'sandbox',
    properties: dwellingIdentifier,
    turvakieltoProtected: dwellingIdentifierProtected,
  }),
  defineGroup({
    code: 'EDELLINEN_KOTIMAINEN_ASUINPAIKKATUNNUS',
    names: {
      fi: 'Aiempien asuntojen tunnukset',
      sv: 'Tidigare bostäders beteckningar',
      en: 'Previous dwelling IDs',
    },
    description: {
      fi: 'Asunnot, joissa henkilö on aiemmin asunut Suomessa, asumisaikoineen.',
      sv: 'Bostäder i Finland där personen tidigare har bott, med boendetiderna.',
      en: 'Dwellings in Finland where the person used to live, with the periods of residence.',
    },
    category: 'residence',
    evidence: 'sandbox',
    properties: dwellingIdentifier,
    turvakieltoProtected: dwellingIdentifierProtected,
  }),
  defineGroup({
    code: 'VAKINAINEN_OLINPAIKASSA_ASUMINEN',
    names: { fi: 'Vakinainen olinpaikka', sv: 'Stadigvarande vistelseort', en: 'Permanent place of stay' },
    description: {
      fi: 'Vakinainen asuminen muualla kuin asuinhuoneistossa, esimerkiksi laitoksessa tai ilman vakituista asuntoa.',
      sv: 'Stadigvarande boende någon annanstans än i en bostad, till exempel på en anstalt eller utan fast bostad.',
      en: 'Permanent living somewhere other than a dwelling, for example in an institution or without a fixed home.',
    },
    category: 'residence',
    evidence: 'sandbox',
    properties: placeOfStay,
    turvakieltoProtected: placeOfStayProtected,
  }),
  defineGroup({
    code: 'TILAPAINEN_OLINPAIKASSA_ASUMINEN',
    names: { fi: 'Tilapäinen olinpaikka', sv: 'Tillfällig vistelseort', en: 'Temporary place of stay' },
    description: {
      fi: 'Tilapäinen asuminen muualla kuin asuinhuoneistossa, esimerkiksi laitoksessa.',
      sv: 'Tillfälligt boende någon annanstans än i en bostad, till exempel på en anstalt.',
      en: 'Temporary living somewhere other than a dwelling, for example in an institution.',
    },
    category: 'residence',
    evidence: 'sandbox',
    properties: placeOfStay,
    turvakieltoProtected: placeOfStayProtected,
  }),
  defineGroup({
    code: 'ENTINEN_OLINPAIKASSA_ASUMINEN',
    names: { fi: 'Aiemmat olinpaikat', sv: 'Tidigare vistelseorter', en: 'Previous places of stay' },
    description: {
      fi: 'Aiempi asuminen muualla kuin asuinhuoneistossa, kuten laitoksessa, ajanjaksoineen.',
      sv: 'Tidigare boende någon annanstans än i en bostad, till exempel på en anstalt, med tidsperioderna.',
      en: 'Past periods of living somewhere other than a dwelling, such as an institution.',
    },
    category: 'residence',
    evidence: 'sandbox',
    properties: placeOfStay,
    turvakieltoProtected: placeOfStayProtected,
  }),
  defineGroup({
    code: 'VAKINAINEN_ULKOMAILLA_ASUMINEN',
    names: {
      fi: 'Vakinainen asuminen ulkomailla',
      sv: 'Stadigvarande boende utomlands',
      en: 'Permanent residence abroad',
    },
    description: {
      fi: 'Valtio, jossa henkilö asuu vakinaisesti, ja asumisen alkamispäivä.',
      sv: 'Det land där personen stadigvarande bor och datum då boendet började.',
      en: 'The country where the person lives permanently, and since when.',
    },
    category: 'residence',
    evidence: 'sandbox',
    properties: livingAbroad,
    turvakieltoProtected: livingAbroadProtected,
  }),
  defineGroup({
    code: 'TILAPAINEN_ULKOMAILLA_ASUMINEN',
    names: {
      fi: 'Tilapäinen asuminen ulkomailla',
      sv: 'Tillfälligt boende utomlands',
      en: 'Temporary residence abroad',
    },
    description: {
      fi: 'Valtio, jossa henkilö asuu tilapäisesti, ja asumisen ajanjakso.',
      sv: 'Det land där personen tillfälligt bor och boendets tidsperiod.',
      en: 'The country where the person is living temporarily, and for which period.',
    },
    category: 'residence',
    evidence: 'sandbox',
    properties: livingAbroad,
    turvakieltoProtected: livingAbroadProtected,
  }),
  defineGroup({
    code: 'ENTINEN_ULKOMAILLA_ASUMINEN',
    names: {
      fi: 'Aiempi asuminen ulkomailla',
      sv: 'Tidigare boende utomlands',
      en: 'Previous residence abroad',
    },
    description: {
      fi: 'Valtiot, joissa henkilö on aiemmin asunut, asumisaikoineen.',
      sv: 'Länder där personen tidigare har bott, med boendetiderna.',
      en: 'Countries where the person used to live, with the periods of residence.',
    },
    category: 'residence',
    evidence: 'client-code',
    properties: livingAbroad,
    turvakieltoProtected: livingAbroadProtected,
  }),
] as const;
