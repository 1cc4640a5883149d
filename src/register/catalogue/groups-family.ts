/**
 * Relation data groups: marital status and family, custody of children, and guardianship of adults.
 * A turvakielto does not touch them (the other person appears as a stub without address data).
 */
import Type from 'typebox';
import { defineGroup } from './define.js';
import { custodyRelation, optionalDate, optionalPerson, restrictedCustodyRelation } from './properties.js';
import {
  ChildStub,
  Henkilotunnus,
  HuoltajanLaji,
  HuoltajanRooli,
  IsaAiti,
  Kuntakoodi,
  Lapsilaatu,
  NonNegativeInteger,
  PersonStub,
  Rooli,
  Siviilisaaty,
  Sukupuoli,
  Valtiokoodi,
  Vanhemmuusnimike,
  Vihkitapa,
  Virallistamistapa,
  Voimassaolo,
} from './values.js';

const adoption = Type.Optional(Type.Object({ alkupv: optionalDate() }, { additionalProperties: false }));

/** `lisatiedot` of the *_LISATIEDOT_* groups: only the keys each group was seen with. */
function lisatiedot(keys: { henkilotunnus?: true; syntymakotikunta?: true; valtiokoodi?: true }) {
  return Type.Optional(
    Type.Object(
      {
        ...(keys.henkilotunnus ? { henkilotunnus: Type.Optional(Henkilotunnus) } : {}),
        sukupuoli: Type.Optional(Sukupuoli),
        ...(keys.syntymakotikunta ? { syntymakotikunta: Type.Optional(Kuntakoodi) } : {}),
        ...(keys.valtiokoodi ? { valtiokoodi: Type.Optional(Valtiokoodi) } : {}),
      },
      { additionalProperties: false },
    ),
  );
}

export const familyGroups = [
  // --- family ---------------------------------------------------------------------------------
  defineGroup({
    code: 'SIVIILISAATY',
    names: { fi: 'Siviilisääty', sv: 'Civilstånd', en: 'Marital status' },
    description: {
      fi: 'Henkilön siviilisääty, esimerkiksi naimaton, avioliitossa tai eronnut.',
      sv: 'Personens civilstånd, till exempel ogift, gift eller frånskild.',
      en: "The person's marital status, for example unmarried, married or divorced.",
    },
    category: 'family',
    evidence: 'sandbox',
    properties: { siviilisaaty: Type.Optional(Siviilisaaty) },
  }),
  defineGroup({
    code: 'AVIOLIITTO',
    names: { fi: 'Avioliitot', sv: 'Äktenskap', en: 'Marriages' },
    description: {
      fi: 'Henkilön avioliitot: puoliso, vihkipäivä, vihkimisen tapa ja avioliiton voimassaolo.',
      sv: 'Personens äktenskap: make eller maka, vigseldag, vigselsätt och om äktenskapet består.',
      en: "The person's marriages: spouse, wedding date, form of ceremony and whether the marriage is in force.",
    },
    category: 'family',
    evidence: 'sandbox',
    properties: {
      puoliso: optionalPerson(),
      voimassaolo: Type.Optional(Voimassaolo),
      vihkipv: optionalDate(),
      vihkitapa: Type.Optional(Vihkitapa),
      jarjestysnumero: Type.Optional(NonNegativeInteger),
    },
  }),
  defineGroup({
    code: 'REKISTEROITY_PARISUHDE',
    names: { fi: 'Rekisteröidyt parisuhteet', sv: 'Registrerade partnerskap', en: 'Registered partnerships' },
    description: {
      fi: 'Henkilön rekisteröidyt parisuhteet: toinen osapuoli, rekisteröintipäivä ja voimassaolo.',
      sv: 'Personens registrerade partnerskap: den andra parten, registreringsdag och om partnerskapet består.',
      en: "The person's registered partnerships: the partner, the date of registration and whether it is in force.",
    },
    category: 'family',
    evidence: 'sandbox',
    properties: {
      osapuoli: optionalPerson(),
      voimassaolo: Type.Optional(Voimassaolo),
      virallistamispv: optionalDate(),
      virallistamistapa: Type.Optional(Virallistamistapa),
      jarjestysnumero: Type.Optional(NonNegativeInteger),
    },
  }),
  defineGroup({
    code: 'VANHEMPI',
    names: { fi: 'Vanhemmat', sv: 'Föräldrar', en: 'Parents' },
    description: {
      fi: 'Henkilön vanhemmat sekä vanhemmuuden laji, alkamispäivä ja mahdollinen adoptio.',
      sv: 'Personens föräldrar samt typ av föräldraskap, startdatum och eventuell adoption.',
      en: "The person's parents, with the kind of parenthood, its start date and any adoption.",
    },
    category: 'family',
    evidence: 'sandbox',
    properties: {
      vanhempi: optionalPerson(),
      isaAiti: Type.Optional(IsaAiti),
      vanhemmuusnimike: Type.Optional(Vanhemmuusnimike),
      lapsilaatu: Type.Optional(Lapsilaatu),
      alkupv: optionalDate(),
      adoptiosuhde: adoption,
      jarjestyskirjain: Type.Optional(Type.String()),
    },
  }),
  defineGroup({
    code: 'VANHEMPI_SUPPEA',
    names: { fi: 'Vanhemmat, suppea', sv: 'Föräldrar, kortfattad', en: 'Parents, concise' },
    description: {
      fi: 'Henkilön vanhemmat ja vanhemmuuden alkamispäivä ilman tietoja vanhemmuuden lajista.',
      sv: 'Personens föräldrar och föräldraskapets startdatum, utan uppgifter om typen av föräldraskap.',
      en: "The person's parents and the start of parenthood, without the kind of parenthood.",
    },
    category: 'family',
    evidence: 'sandbox',
    properties: {
      vanhempi: optionalPerson(),
      vanhemmuusnimike: Type.Optional(Vanhemmuusnimike),
      alkupv: optionalDate(),
      jarjestyskirjain: Type.Optional(Type.String()),
    },
  }),
  defineGroup({
    code: 'LAPSI',
    names: { fi: 'Lapset', sv: 'Barn', en: 'Children' },
    description: {
      fi: 'Henkilön lapset sekä vanhemmuuden laji, alkamispäivä ja mahdollinen adoptio.',
      sv: 'Personens barn samt typ av föräldraskap, startdatum och eventuell adoption.',
      en: "The person's children, with the kind of parenthood, its start date and any adoption.",
    },
    category: 'family',
    evidence: 'sandbox',
    properties: {
      lapsi: Type.Optional(ChildStub),
      isaAiti: Type.Optional(IsaAiti),
      vanhemmuusnimike: Type.Optional(Vanhemmuusnimike),
      lapsilaatu: Type.Optional(Lapsilaatu),
      alkupv: optionalDate(),
      jarjestyskirjain: Type.Optional(Type.String()),
      adoptiosuhde: adoption,
    },
  }),
  defineGroup({
    code: 'LAPSI_SUPPEA',
    names: { fi: 'Lapset, suppea', sv: 'Barn, kortfattad', en: 'Children, concise' },
    description: {
      fi: 'Henkilön lapset ja vanhemmuuden alkamispäivä ilman tietoja vanhemmuuden lajista.',
      sv: 'Personens barn och föräldraskapets startdatum, utan uppgifter om typen av föräldraskap.',
      en: "The person's children and the start of parenthood, without the kind of parenthood.",
    },
    category: 'family',
    evidence: 'sandbox',
    properties: {
      lapsi: Type.Optional(ChildStub),
      vanhemmuusnimike: Type.Optional(Vanhemmuusnimike),
      alkupv: optionalDate(),
      jarjestyskirjain: Type.Optional(Type.String()),
      // Only in the eVaka mock:
      isaAiti: Type.Optional(IsaAiti),
      lapsiVanhempiSuhdePaattynyt: Type.Optional(Type.Boolean()),
    },
  }),
  defineGroup({
    code: 'PERHESUHDE',
    names: { fi: 'Perhesuhteet', sv: 'Familjerelationer', en: 'Family relations' },
    description: {
      fi: 'Henkilön vanhemmat ja lapset yhtenä luettelona: rooli, vanhemmuuden laji ja voimassaolo.',
      sv: 'Personens föräldrar och barn i en och samma förteckning: roll, typ av föräldraskap och giltighet.',
      en: "The person's parents and children in one list: role, kind of parenthood and validity.",
    },
    category: 'family',
    evidence: 'sandbox',
    properties: {
      henkilo: optionalPerson(),
      rooli: Type.Optional(Rooli),
      isaAiti: Type.Optional(IsaAiti),
      lapsilaatu: Type.Optional(Lapsilaatu),
      vanhemmuusnimike: Type.Optional(Vanhemmuusnimike),
      alkupv: optionalDate(),
      loppupv: optionalDate(),
      voimassaolo: Type.Optional(Voimassaolo),
    },
  }),
  defineGroup({
    code: 'LAPSEN_REKISTEROINNIN_LISATIEDOT',
    names: {
      fi: 'Lapsen rekisteröinnin lisätiedot',
      sv: 'Tilläggsuppgifter om registrering av barn',
      en: "Child's registration details",
    },
    description: {
      fi: 'Vanhemmalle näytettävät lapsen rekisteröinnin tiedot: sukupuoli, syntymäkotikunta ja syntymävaltio.',
      sv: 'Uppgifter från barnets registrering som visas för föräldern: kön, hemkommun vid födseln och födelseland.',
      en: "Details from a child's registration, shown on the parent: sex, home municipality at birth and country.",
    },
    category: 'family',
    evidence: 'sandbox',
    properties: {
      lapsi: Type.Optional(ChildStub),
      lisatiedot: lisatiedot({ syntymakotikunta: true, valtiokoodi: true }),
    },
  }),
  defineGroup({
    code: 'MAASTAMUUTON_LISATIEDOT_PUOLISOSTA',
    names: {
      fi: 'Maastamuuton lisätiedot puolisosta',
      sv: 'Tilläggsuppgifter om maken vid flyttning',
      en: 'Migration details on spouse',
    },
    description: {
      fi: 'Puolisosta kirjatut lisätiedot, kuten sukupuoli, kun henkilön muutto Suomeen tai Suomesta rekisteröidään.',
      sv: 'Tilläggsuppgifter om maken eller makan, till exempel kön, som registreras när personens flytt till eller från Finland registreras.',
      en: "Additional details on the spouse, such as sex, recorded when the person's move to or from Finland is registered.",
    },
    category: 'family',
    evidence: 'sandbox',
    properties: { puoliso: optionalPerson(), lisatiedot: lisatiedot({}) },
  }),
  defineGroup({
    code: 'MAASTAMUUTON_LISATIEDOT_VANHEMMASTA',
    names: {
      fi: 'Maastamuuton lisätiedot vanhemmasta',
      sv: 'Tilläggsuppgifter om föräldern vid flyttning',
      en: 'Migration details on parent',
    },
    description: {
      fi: 'Vanhemmasta kirjatut lisätiedot, kuten henkilötunnus ja syntymäkotikunta, kun henkilön muutto Suomeen tai Suomesta rekisteröidään.',
      sv: 'Tilläggsuppgifter om föräldern, till exempel personbeteckning och hemkommun vid födseln, som registreras när personens flytt till eller från Finland registreras.',
      en: "Additional details on a parent, such as identity code and birth municipality, recorded when the person's move to or from Finland is registered.",
    },
    category: 'family',
    evidence: 'sandbox',
    properties: {
      vanhempi: optionalPerson(),
      lisatiedot: lisatiedot({ henkilotunnus: true, syntymakotikunta: true, valtiokoodi: true }),
    },
  }),

  // --- custody of children (huolto) -----------------------------------------------------------
  defineGroup({
    code: 'HUOLTAJA',
    names: { fi: 'Huoltajat', sv: 'Vårdnadshavare', en: 'Custodians' },
    description: {
      fi: 'Lapsen huoltajat, huoltosuhteen laji ja voimassaolo, lapsen asuminen sekä huollon oikeudet.',
      sv: 'Barnets vårdnadshavare, vårdnadens art och giltighet, barnets boende samt rättigheterna i vårdnaden.',
      en: "The child's custodians, the kind and period of custody, where the child lives and the custody rights.",
    },
    category: 'custody',
    evidence: 'sandbox',
    properties: { huoltaja: optionalPerson(), ...custodyRelation },
  }),
  defineGroup({
    code: 'HUOLTAJA_SUPPEA',
    names: { fi: 'Huoltajat, suppea', sv: 'Vårdnadshavare, kortfattad', en: 'Custodians, concise' },
    description: {
      fi: 'Lapsen huoltajat ja huoltosuhteen tiedot muutosrajapinnan suppeassa muodossa.',
      sv: 'Barnets vårdnadshavare och uppgifterna om vårdnaden i ändringsgränssnittets kortfattade form.',
      en: "The child's custodians and custody details in the change interface's concise form.",
    },
    category: 'custody',
    evidence: 'sandbox',
    // eVaka requires huoltaja, huoltajanRooli and huoltajanLaji (it refreshes that guardian).
    properties: {
      huoltaja: PersonStub,
      ...custodyRelation,
      huoltajanLaji: HuoltajanLaji,
      huoltajanRooli: HuoltajanRooli,
    },
  }),
  defineGroup({
    code: 'HUOLTAJA_RAJOITETTU',
    names: { fi: 'Huoltajat, rajoitettu', sv: 'Vårdnadshavare, begränsad', en: 'Custodians, restricted' },
    description: {
      fi: 'Lapsen huoltajat, huoltajan rooli ja huoltosuhteen voimassaolo ilman huollon lajia ja oikeuksia.',
      sv: 'Barnets vårdnadshavare, deras roll och vårdnadens giltighet, utan vårdnadens art och rättigheter.',
      en: "The child's custodians, their role and the custody period, without the kind of custody or rights.",
    },
    category: 'custody',
    evidence: 'sandbox',
    properties: { huoltaja: optionalPerson(), ...restrictedCustodyRelation },
  }),
  defineGroup({
    code: 'HUOLLETTAVA',
    names: { fi: 'Huollettavat', sv: 'Barn i vårdnad', en: 'Children in custody' },
    description: {
      fi: 'Lapset, joiden huoltaja henkilö on, huoltosuhteen lajeineen, voimassaoloineen ja oikeuksineen.',
      sv: 'Barn som personen är vårdnadshavare för, med vårdnadens art, giltighet och rättigheter.',
      en: 'The children the person is a custodian of, with the kind, period and rights of custody.',
    },
    category: 'custody',
    evidence: 'sandbox',
    properties: { huollettava: optionalPerson(), ...custodyRelation },
  }),
  defineGroup({
    code: 'HUOLLETTAVA_SUPPEA',
    names: {
      fi: 'Huollettavat, suppea',
      sv: 'Barn i vårdnad, kortfattad',
      en: 'Children in custody, concise',
    },
    description: {
      fi: 'Lapset, joiden huoltaja henkilö on, muutosrajapinnan suppeassa muodossa.',
      sv: 'Barn som personen är vårdnadshavare för, i ändringsgränssnittets kortfattade form.',
      en: "The children the person is a custodian of, in the change interface's concise form.",
    },
    category: 'custody',
    evidence: 'sandbox',
    properties: { huollettava: optionalPerson(), ...custodyRelation },
  }),
  defineGroup({
    code: 'HUOLLETTAVA_RAJOITETTU',
    names: {
      fi: 'Huollettavat, rajoitettu',
      sv: 'Barn i vårdnad, begränsad',
      en: 'Children in custody, restricted',
    },
    description: {
      fi: 'Lapset, joiden huoltaja henkilö on, ja huoltosuhteen voimassaolo ilman huollon lajia ja oikeuksia.',
      sv: 'Barn som personen är vårdnadshavare för och vårdnadens giltighet, utan vårdnadens art och rättigheter.',
      en: 'The children the person is a custodian of and the custody period, without the kind of custody or rights.',
    },
    category: 'custody',
    evidence: 'sandbox',
    properties: { huollettava: optionalPerson(), ...restrictedCustodyRelation },
  }),
  defineGroup({
    code: 'MAASTAMUUTON_LISATIEDOT_HUOLTAJASTA',
    names: {
      fi: 'Maastamuuton lisätiedot huoltajasta',
      sv: 'Tilläggsuppgifter om vårdnadshavaren vid flyttning',
      en: 'Migration details on custodian',
    },
    description: {
      fi: 'Huoltajasta kirjatut lisätiedot, kuten henkilötunnus ja syntymäkotikunta, kun henkilön muutto Suomeen tai Suomesta rekisteröidään.',
      sv: 'Tilläggsuppgifter om vårdnadshavaren, till exempel personbeteckning och hemkommun vid födseln, som registreras när personens flytt till eller från Finland registreras.',
      en: "Additional details on a custodian, such as identity code and birth municipality, recorded when the person's move to or from Finland is registered.",
    },
    category: 'custody',
    evidence: 'sandbox',
    properties: {
      huoltaja: optionalPerson(),
      lisatiedot: lisatiedot({ henkilotunnus: true, syntymakotikunta: true, valtiokoodi: true }),
    },
  }),

  // --- guardianship of adults (edunvalvonta); fields from client code only ---------------------
  defineGroup({
    code: 'EDUNVALVONTA',
    names: { fi: 'Edunvalvonta', sv: 'Intressebevakning', en: 'Guardianship' },
    description: {
      fi: 'Tieto henkilölle määrätystä edunvalvonnasta, sen voimassaolosta ja nykyisistä edunvalvojista.',
      sv: 'Uppgift om intressebevakning som förordnats för personen, dess giltighet och nuvarande intressebevakare.',
      en: 'Whether a guardian has been appointed for the person, for which period, and who the guardians are.',
    },
    category: 'guardianship',
    evidence: 'client-code',
    properties: {
      alkupv: optionalDate(),
      paatymispv: optionalDate(),
      nykyisetEdunvalvojat: Type.Optional(
        Type.Array(Type.Object({ edunvalvoja: optionalPerson() }, { additionalProperties: false })),
      ),
    },
  }),
  defineGroup({
    code: 'EDUNVALVONTAVALTUUTUS',
    names: {
      fi: 'Edunvalvontavaltuutus',
      sv: 'Intressebevakningsfullmakt',
      en: 'Continuing power of attorney',
    },
    description: {
      fi: 'Vahvistettu edunvalvontavaltuutus ja valtuutetut valtuutussuhteen voimassaoloaikoineen.',
      sv: 'En fastställd intressebevakningsfullmakt och de befullmäktigade med fullmaktens giltighetstid.',
      en: 'A confirmed continuing power of attorney and the attorneys, with the period of each appointment.',
    },
    category: 'guardianship',
    evidence: 'client-code',
    properties: {
      nykyisetEdunvalvontavaltuutetut: Type.Optional(
        Type.Array(
          Type.Object(
            {
              edunvalvontavaltuutettu: optionalPerson(),
              valtuutussuhteenAlkupv: optionalDate(),
              valtuutussuhteenLoppupv: optionalDate(),
            },
            { additionalProperties: false },
          ),
        ),
      ),
    },
  }),
] as const;
