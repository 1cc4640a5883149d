/**
 * Migration, disclosure restrictions (including TURVAKIELTO itself) and the remaining groups.
 * None of these fields is withheld: the turvakielto flag itself is disclosed (spec §7, §8).
 */
import Type from 'typebox';
import { defineGroup } from './define.js';
import { optionalDate, restrictionStart } from './properties.js';
import { NonNegativeInteger, Poissaolo, Valtiokoodi } from './values.js';

export const otherGroups = [
  // --- migration ------------------------------------------------------------------------------
  defineGroup({
    code: 'SUOMEEN_MUUTTOPAIVA',
    names: {
      fi: 'Suomeen muuttopäivä',
      sv: 'Inflyttningsdatum till Finland',
      en: 'Date of moving to Finland',
    },
    description: {
      fi: 'Päivä, jona henkilö muutti Suomeen ulkomailta.',
      sv: 'Den dag då personen flyttade till Finland från utlandet.',
      en: 'The date the person moved to Finland from abroad.',
    },
    category: 'migration',
    evidence: 'sandbox',
    properties: { suomeenMuuttopv: optionalDate() },
  }),
  defineGroup({
    code: 'VALTIO_JOHON_MUUTTANUT',
    names: { fi: 'Valtio, johon muuttanut', sv: 'Land dit personen flyttat', en: 'Country moved to' },
    description: {
      fi: 'Valtio, johon henkilö on muuttanut Suomesta.',
      sv: 'Det land dit personen har flyttat från Finland.',
      en: 'The country the person has moved to from Finland.',
    },
    category: 'migration',
    evidence: 'sandbox',
    properties: { valtiokoodi: Type.Optional(Valtiokoodi) },
  }),
  defineGroup({
    code: 'VALTIO_JOSTA_MUUTTANUT',
    names: { fi: 'Valtio, josta muuttanut', sv: 'Land varifrån personen flyttat', en: 'Country moved from' },
    description: {
      fi: 'Valtio, josta henkilö on muuttanut Suomeen.',
      sv: 'Det land från vilket personen har flyttat till Finland.',
      en: 'The country the person moved to Finland from.',
    },
    category: 'migration',
    evidence: 'client-code',
    properties: { valtiokoodi: Type.Optional(Valtiokoodi) },
  }),
  defineGroup({
    code: 'POISSAOLO',
    names: { fi: 'Poissaolo Suomesta', sv: 'Frånvaro från Finland', en: 'Absence from Finland' },
    description: {
      fi: 'Tieto siitä, että henkilön kotipaikka on siirtynyt toiseen Pohjoismaahan tai muualle ulkomaille, ja siirtopäivä.',
      sv: 'Uppgift om att personens hemvist har flyttats till ett annat nordiskt land eller annars utomlands, och datum för flytten.',
      en: "That the person's domicile has moved to another Nordic country or elsewhere abroad, and the date of the move.",
    },
    category: 'migration',
    evidence: 'sandbox',
    properties: { poissaolo: Type.Optional(Poissaolo), siirtopv: optionalDate() },
  }),

  // --- restrictions ---------------------------------------------------------------------------
  defineGroup({
    code: 'TURVAKIELTO',
    names: { fi: 'Turvakielto', sv: 'Spärrmarkering', en: 'Non-disclosure for safety' },
    description: {
      fi: 'Tieto siitä, onko henkilöllä turvakielto, joka estää hänen osoite- ja kotikuntatietojensa luovuttamisen, ja kiellon päättymispäivä.',
      sv: 'Uppgift om huruvida personen har spärrmarkering, som hindrar att personens adress- och hemkommunsuppgifter lämnas ut, och när spärren upphör.',
      en: 'Whether the person has a non-disclosure order that stops their address and home municipality from being released, and when it ends.',
    },
    category: 'restrictions',
    evidence: 'sandbox',
    // eVaka and OPH both require turvakieltoAktiivinen; it ends with turvakieltoAktiivinen:false + turvaLoppuPv.
    properties: { turvakieltoAktiivinen: Type.Boolean(), turvaLoppuPv: optionalDate() },
  }),
  defineGroup({
    code: 'HENKILOMATRIKKELIKIELTO',
    names: {
      fi: 'Henkilömatrikkelikielto',
      sv: 'Förbud mot utlämnande för personmatriklar',
      en: 'Opt-out from biographical directories',
    },
    description: {
      fi: 'Henkilö on kieltänyt tietojensa luovuttamisen henkilömatrikkeleihin ja vastaaviin julkaisuihin.',
      sv: 'Personen har förbjudit att hens uppgifter lämnas ut för personmatriklar och liknande publikationer.',
      en: 'The person has forbidden the release of their data for biographical directories and similar publications.',
    },
    category: 'restrictions',
    evidence: 'sandbox',
    properties: restrictionStart,
  }),
  defineGroup({
    code: 'SUKUTUTKIMUSKIELTO',
    names: {
      fi: 'Sukututkimuskielto',
      sv: 'Förbud mot utlämnande för släktforskning',
      en: 'Opt-out from genealogical research',
    },
    description: {
      fi: 'Henkilö on kieltänyt tietojensa luovuttamisen sukututkimusta varten.',
      sv: 'Personen har förbjudit att hens uppgifter lämnas ut för släktforskning.',
      en: 'The person has forbidden the release of their data for genealogical research.',
    },
    category: 'restrictions',
    evidence: 'sandbox',
    properties: restrictionStart,
  }),
  defineGroup({
    code: 'SUORAMARKKINOINTIKIELTO',
    names: {
      fi: 'Suoramarkkinointikielto',
      sv: 'Förbud mot direktmarknadsföring',
      en: 'Opt-out from direct marketing',
    },
    description: {
      fi: 'Henkilö on kieltänyt tietojensa luovuttamisen suoramarkkinointiin, markkinatutkimuksiin ja mielipidetiedusteluihin.',
      sv: 'Personen har förbjudit att hens uppgifter lämnas ut för direktmarknadsföring, marknadsundersökningar och opinionsundersökningar.',
      en: 'The person has forbidden the release of their data for direct marketing, market research and opinion polls.',
    },
    category: 'restrictions',
    evidence: 'sandbox',
    properties: restrictionStart,
  }),
  defineGroup({
    code: 'YHTEYSTIETOJEN_LUOVUTUSKIELTO',
    names: {
      fi: 'Yhteystietojen luovutuskielto',
      sv: 'Förbud mot utlämnande av kontaktuppgifter',
      en: 'Opt-out from contact detail release',
    },
    description: {
      fi: 'Henkilö on kieltänyt osoite- ja muiden yhteystietojensa luovuttamisen.',
      sv: 'Personen har förbjudit att hens adress och andra kontaktuppgifter lämnas ut.',
      en: 'The person has forbidden the release of their address and other contact details.',
    },
    category: 'restrictions',
    evidence: 'sandbox',
    properties: restrictionStart,
  }),
  defineGroup({
    code: 'ASIAKASREKISTERIN_PAIVITYSKIELTO',
    names: {
      fi: 'Asiakasrekisterin päivityskielto',
      sv: 'Förbud mot uppdatering av kundregister',
      en: 'Opt-out from customer register updates',
    },
    description: {
      fi: 'Henkilö on kieltänyt tietojensa luovuttamisen yritysten ja yhteisöjen asiakasrekisterien päivittämiseen.',
      sv: 'Personen har förbjudit att hens uppgifter lämnas ut för uppdatering av företags och sammanslutningars kundregister.',
      en: 'The person has forbidden the release of their data for updating the customer registers of companies and organisations.',
    },
    category: 'restrictions',
    evidence: 'sandbox',
    properties: restrictionStart,
  }),

  // --- other ----------------------------------------------------------------------------------
  defineGroup({
    code: 'REKISTERIVIRANOMAINEN',
    names: { fi: 'Rekisteriviranomainen', sv: 'Registermyndighet', en: 'Registering authority' },
    description: {
      fi: 'Viranomainen, joka vastaa henkilön tietojen rekisteröinnistä, kuten Digi- ja väestötietovirasto tai Ahvenanmaan valtionvirasto.',
      sv: 'Den myndighet som ansvarar för registreringen av personens uppgifter, till exempel Myndigheten för digitalisering och befolkningsdata eller Statens ämbetsverk på Åland.',
      en: "The authority responsible for registering the person's data, such as the Digital and Population Data Services Agency or the State Department of Åland.",
    },
    category: 'other',
    evidence: 'sandbox',
    properties: { viranomaisnumero: Type.Optional(NonNegativeInteger) },
  }),
  defineGroup({
    code: 'AMMATTI',
    names: { fi: 'Ammatti', sv: 'Yrke', en: 'Occupation' },
    description: {
      fi: 'Henkilön väestötietojärjestelmään ilmoittama ammatti.',
      sv: 'Det yrke som personen har anmält till befolkningsdatasystemet.',
      en: 'The occupation the person has reported to the Population Information System.',
    },
    category: 'other',
    evidence: 'client-code',
    properties: { ammatti: Type.Optional(Type.String()) },
  }),
] as const;
