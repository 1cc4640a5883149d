/**
 * The demo applications' answers: realistic Finnish content for the demo municipality's own tasks
 * (varhaiskasvatus, oppivelvollisuus, vesihuolto…) and for the intermediary, valid against the form
 * definitions (src/applications/forms/) wherever the application has been sent. Personal identity codes
 * come from the synthetic register (test codes, individual number 900–999), never from this file.
 */

import { makeBusinessId } from '../accounts/business-id.js';
import type { Content } from '../applications/index.js';
import { DEMO_INTERMEDIARY, DEMO_MUNICIPALITY } from './access.js';

type Groups = Record<string, { justification: string; legalBasis: string }>;

/** An end customer of the intermediary that is not yet on its framework permit (fictional, valid check digit). */
export const DEMO_NEW_END_CUSTOMER = { name: 'Esimerkki Energia Oy', businessId: makeBusinessId('3120494') };

const municipalityContacts = {
  adminContactName: 'Tessa Testilä',
  adminContactEmail: 'tessa.testila@esimerkkila.example',
  adminContactPhone: '+358 9 123 4500',
  technicalContactName: 'Teemu Tietohallinto',
  technicalContactEmail: 'tietohallinto@esimerkkila.example',
  technicalContactPhone: '+358 9 123 4580',
  technicalDeputy: false,
};

/** The supplier fills in itself as the technical contact, with a deputy. */
const supplierContacts = {
  adminContactName: 'Tessa Testilä',
  adminContactEmail: 'tessa.testila@esimerkkila.example',
  adminContactPhone: '+358 9 123 4500',
  technicalContactName: 'Joni Kivi',
  technicalContactEmail: 'joni.kivi@esimerkki-tietopalvelut.example',
  technicalContactPhone: '+358 50 123 4567',
  technicalDeputy: true,
  technicalDeputyName: 'Emma Esimerkki',
  technicalDeputyEmail: 'tuki@esimerkki-tietopalvelut.example',
  technicalDeputyPhone: '+358 50 765 4321',
};

const intermediaryContacts = {
  adminContactName: 'Joni Kivi',
  adminContactEmail: 'joni.kivi@esimerkki-tietopalvelut.example',
  adminContactPhone: '+358 50 123 4567',
  technicalContactName: 'Emma Esimerkki',
  technicalContactEmail: 'tuki@esimerkki-tietopalvelut.example',
  technicalContactPhone: '+358 50 765 4321',
  technicalDeputy: false,
};

const municipalitySecurity = {
  accessControl:
    'Käyttöoikeudet myönnetään esihenkilön hyväksynnällä vain tehtävää hoitaville, ja ne tarkistetaan puolen vuoden välein. Järjestelmään kirjaudutaan vahvalla tunnistuksella.',
  logging:
    'Jokainen henkilötietojen haku ja katselu kirjataan käyttölokiin (käyttäjä, aika, henkilö, käyttötarkoitus). Lokeja seurataan kuukausittain, ja ne säilytetään viisi vuotta.',
  retention:
    'Väestötiedot päivittyvät asiakasrekisteriin. Ne poistetaan, kun asiakkuus päättyy ja arkistonmuodostussuunnitelman mukainen säilytysaika on kulunut.',
  storageLocation: 'Kunnan konesali Esimerkkilässä; varmuuskopiot toisessa konesalissa Suomessa.',
  processors:
    'Järjestelmää ylläpitää Esimerkki Tietopalvelut Oy henkilötietojen käsittelysopimuksen perusteella. Tietoja ei siirretä EU:n ulkopuolelle.',
  incidentHandling:
    'Tietoturvapoikkeamat ilmoitetaan kunnan tietosuojavastaavalle ja DVV:lle viipymättä, viimeistään vuorokauden kuluessa havaitsemisesta.',
};

const intermediarySecurity = {
  accessControl:
    'Välityspalvelun ylläpitoon on pääsy kolmella nimetyllä asiantuntijalla. Loppuasiakkaiden käyttäjät tunnistetaan asiakkaan omalla kertakirjautumisella.',
  logging:
    'Jokainen kysely kirjataan lokiin loppuasiakkaan, loppukäyttäjän ja käyttötarkoituksen kanssa. Lokit säilytetään viisi vuotta, ja ne luovutetaan pyydettäessä loppuasiakkaalle ja DVV:lle.',
  retention: 'Välityspalvelu ei tallenna väestötietoja: vastaukset välitetään loppuasiakkaalle sellaisinaan.',
  storageLocation: 'Esimerkki Tietopalvelut Oy:n palvelinkeskus Tampereella.',
  processors: 'Ei alihankkijoita.',
  incidentHandling:
    'Poikkeamat ilmoitetaan loppuasiakkaalle ja DVV:lle vuorokauden kuluessa. Palvelulla on päivystys arkisin.',
};

const xroad = (memberClass: 'MUN' | 'COM', memberCode: string, subsystem: string) => ({
  connectionMethod: 'xroad',
  xroadInstance: 'FI-TEST',
  xroadMemberClass: memberClass,
  xroadMemberCode: memberCode,
  xroadSubsystemCode: subsystem,
});

/** The name group, justified by the provision of the task itself. */
const name = (legalBasis: string): Groups[string] => ({
  justification: 'Henkilön tunnistaminen ja yhteydenpito.',
  legalBasis,
});

// ---- Change interface (VTJ-muutosrajapinta), the municipality's own ----

/** Varhaiskasvatus, started and half filled in: the legal bases, municipalities and more are still missing. */
export function earlyEducationDraft(): Content {
  return {
    ...municipalityContacts,
    purpose:
      'Varhaiskasvatuksen asiakastietojärjestelmän lasten ja huoltajien nimi-, osoite- ja huoltajuustietojen pitäminen ajan tasalla. Tietoja käytetään varhaiskasvatuspaikkojen tarjoamiseen, päätösten tiedoksiantoon ja asiakasmaksujen laskutukseen.',
    dataGroups: {
      HENKILON_NIMI: name('Varhaiskasvatuslaki (540/2018) 41 §'),
      VAKINAINEN_KOTIMAINEN_OSOITE: {
        justification: 'Varhaiskasvatuspäätökset ja laskut lähetetään huoltajan osoitteeseen.',
        legalBasis: '',
      },
      HUOLTAJA: { justification: 'Päätökset annetaan tiedoksi lapsen huoltajille.', legalBasis: '' },
    },
    selectionCriterion: 'municipality',
  };
}

/** Oppivelvollisuuden valvonta, with turvakielto: the case DVV asked more about. */
export function compulsoryEducation(): Content {
  return {
    ...municipalityContacts,
    purpose:
      'Oppivelvollisuuden valvonta ja perusopetuksen oppilaaksiotto: kunnan on tiedettävä alueellaan asuvat oppivelvollisuusikäiset lapset, heidän huoltajansa ja osoitteensa, jotta jokaiselle osoitetaan lähikoulu ja oppivelvollisuuden suorittamista voidaan valvoa.',
    dataGroups: {
      HENKILON_NIMI: name('Perusopetuslaki (628/1998) 6 §'),
      KOTIKUNTA: {
        justification: 'Oppivelvollisuuden valvontavastuu on lapsen kotikunnalla.',
        legalBasis: 'Oppivelvollisuuslaki (1214/2020) 21 §',
      },
      VAKINAINEN_KOTIMAINEN_OSOITE: {
        justification: 'Lähikoulun osoittaminen ja kirjeet huoltajille.',
        legalBasis: 'Perusopetuslaki (628/1998) 6 §',
      },
      HUOLTAJA: {
        justification: 'Ilmoitukset ja päätökset annetaan huoltajille.',
        legalBasis: 'Perusopetuslaki (628/1998) 4 §',
      },
    },
    selectionCriterion: 'municipality',
    municipalities: ['091', '049', '092'],
    updateRhythm: 'daily',
    needsTurvakielto: true,
    turvakieltoJustification:
      'Myös turvakieltolapset ovat oppivelvollisia. Kunnan on tiedettävä heidän kotikuntansa ja huoltajansa, jotta lapselle voidaan osoittaa koulupaikka ja oppivelvollisuutta valvoa. Osoitetta ei näytetä opettajille eikä sitä tulosteta kirjeisiin.',
    turvakieltoLegalBasis: 'Oppivelvollisuuslaki (1214/2020) 21 § ja perusopetuslaki (628/1998) 4 §',
    turvakieltoProcessors:
      'Sivistystoimen kaksi oppilaspaikkasihteeriä ja oppivelvollisuuden valvonnasta vastaava rehtori.',
    turvakieltoAccessRestricted: true,
    turvakieltoAccessDescription:
      'Turvakieltohenkilöiden tiedot näkyvät vain erillisellä käyttöoikeusroolilla, jonka sivistysjohtaja myöntää nimetyille henkilöille.',
    turvakieltoLogged: true,
    turvakieltoLoggingDescription:
      'Jokainen turvakieltohenkilön tietojen katselu kirjataan. Tietosuojavastaava tarkistaa lokit kuukausittain; lokit säilytetään viisi vuotta.',
    turvakieltoOnwardProtection:
      'Turvakieltomerkintä estää osoitteen ja kotikunnan näyttämisen Wilmassa, tulosteissa ja kirjeissä. Kirjeet lähetetään DVV:n kautta.',
    ...municipalitySecurity,
    acceptTerms: true,
  };
}

/** Vesihuoltolaitos: granted and in use. */
export function waterUtility(): Content {
  return {
    ...municipalityContacts,
    purpose:
      'Kunnan vesihuoltolaitoksen asiakasrekisterin laskutusosoitteiden ja kuolinpesien tietojen pitäminen ajan tasalla. Kun kiinteistön omistaja muuttaa tai kuolee, laskutus ja liittymissopimus siirretään oikealle osapuolelle.',
    dataGroups: {
      HENKILON_NIMI: name('Vesihuoltolaki (119/2001) 18 §'),
      VAKINAINEN_KOTIMAINEN_OSOITE: {
        justification: 'Vesilaskut lähetetään asiakkaan osoitteeseen.',
        legalBasis: 'Vesihuoltolaki (119/2001) 18 §',
      },
      KOTIMAINEN_POSTIOSOITE: {
        justification: 'Osa asiakkaista haluaa laskunsa postiosoitteeseen.',
        legalBasis: 'Vesihuoltolaki (119/2001) 18 §',
      },
      KUOLINPAIVA: {
        justification: 'Liittymissopimus siirretään kuolinpesälle ja perillisille.',
        legalBasis: 'Vesihuoltolaki (119/2001) 18 §',
      },
    },
    selectionCriterion: 'municipality',
    municipalities: ['091', '049', '092'],
    updateRhythm: 'weekly',
    needsTurvakielto: false,
    ...municipalitySecurity,
    acceptTerms: true,
  };
}

/** Jätehuolto: sent, then withdrawn when the task moved to the regional waste company. */
export function wasteManagement(): Content {
  return {
    ...municipalityContacts,
    purpose:
      'Jätehuollon asiakasrekisterin ylläpito: kiinteistöjen asukkaiden ja haltijoiden yhteystiedot jätemaksujen laskutusta ja kuljetusten järjestämistä varten.',
    dataGroups: {
      HENKILON_NIMI: name('Jätelaki (646/2011) 78 §'),
      VAKINAINEN_KOTIMAINEN_OSOITE: {
        justification: 'Jätemaksut kohdistetaan kiinteistön asukkaille.',
        legalBasis: 'Jätelaki (646/2011) 78 §',
      },
      VAKINAINEN_KOTIMAINEN_ASUINPAIKKATUNNUS: {
        justification: 'Asukkaat yhdistetään oikeaan kiinteistöön.',
        legalBasis: 'Jätelaki (646/2011) 143 §',
      },
    },
    selectionCriterion: 'municipality',
    municipalities: ['091'],
    updateRhythm: 'monthly',
    needsTurvakielto: false,
    ...municipalitySecurity,
    acceptTerms: true,
  };
}

/**
 * Työllisyyspalvelut, prepared by the supplier with a list of the persons followed; the customer returned
 * it because two of the groups are not needed.
 */
export function employmentServices(hetus: readonly string[]): Content {
  return {
    ...supplierContacts,
    purpose:
      'Kunnan työllisyyspalvelujen asiakasrekisteri: asiakkaiden nimi- ja osoitetietojen ajantasaisuus kutsuja, päätöksiä ja palvelutarpeen arviointia varten.',
    dataGroups: {
      HENKILON_NIMI: name('Laki työvoimapalvelujen järjestämisestä (380/2023) 106 §'),
      VAKINAINEN_KOTIMAINEN_OSOITE: {
        justification: 'Kutsut ja päätökset lähetetään asiakkaan osoitteeseen.',
        legalBasis: 'Laki työvoimapalvelujen järjestämisestä (380/2023) 106 §',
      },
      SIVIILISAATY: {
        justification: 'Perhetilanne palvelutarpeen arviointiin.',
        legalBasis: 'Laki työvoimapalvelujen järjestämisestä (380/2023) 106 §',
      },
      AMMATTI: {
        justification: 'Ammattitieto työnhaun suunnitteluun.',
        legalBasis: 'Laki työvoimapalvelujen järjestämisestä (380/2023) 106 §',
      },
    },
    selectionCriterion: 'hetuList',
    hetuList: hetus.join('\n'),
    updateRhythm: 'daily',
    needsTurvakielto: false,
    ...municipalitySecurity,
  };
}

// ---- Query interface (VTJkysely) ----

/** Liikuntapalvelut, just begun by the supplier. */
export function sportsBookingDraft(): Content {
  return {
    purpose:
      'Liikuntapalvelujen ajanvarausjärjestelmä: asiakkaan nimen ja kotikunnan tarkistaminen, kun kuntalaishintaista vuoroa varataan.',
    dataGroups: {
      HENKILON_NIMI: name('Liikuntalaki (390/2015) 5 §'),
      KOTIKUNTA: { justification: 'Kuntalaishinta koskee vain kunnan asukkaita.', legalBasis: '' },
    },
    framework: false,
    ...xroad('MUN', DEMO_MUNICIPALITY.businessId, 'liikuntapalvelut'),
  };
}

/** Kirjasto, complete and waiting for the customer's approval (the customer accepts the terms by approving). */
export function library(): Content {
  return {
    purpose:
      'Kirjastojärjestelmän asiakasrekisteri: lainaajan henkilöllisyyden ja osoitteen tarkistaminen kirjastokorttia myönnettäessä sekä palautusmuistutusten ja laskujen osoittaminen.',
    dataGroups: {
      HENKILON_NIMI: name('Laki yleisistä kirjastoista (1492/2016) 6 §'),
      VAKINAINEN_KOTIMAINEN_OSOITE: {
        justification: 'Palautusmuistutukset ja korvauslaskut lähetetään lainaajalle.',
        legalBasis: 'Laki yleisistä kirjastoista (1492/2016) 6 §',
      },
      HUOLTAJA: {
        justification: 'Alaikäisen kirjastokortille tarvitaan huoltajan suostumus.',
        legalBasis: 'Laki yleisistä kirjastoista (1492/2016) 6 §',
      },
    },
    framework: false,
    queryUsers: 'Kirjaston asiakaspalvelun henkilökunta, noin 25 henkilöä.',
    endUserIdentification:
      'Kirjastovirkailija kirjautuu kirjastojärjestelmään henkilökohtaisella tunnuksella, joka välitetään kyselyssä loppukäyttäjänä.',
    storesData: true,
    storageBasis:
      'Lainaajan nimi ja osoite tallennetaan asiakasrekisteriin lainauksen ajaksi ja kaksi vuotta viimeisestä lainauksesta.',
    ...municipalitySecurity,
    ...xroad('MUN', DEMO_MUNICIPALITY.businessId, 'kirjasto'),
    ...supplierContacts,
  };
}

/** Perusopetuksen oppilaaksiotto: sent to DVV yesterday, in the queue. */
export function pupilAdmission(): Content {
  return {
    purpose:
      'Perusopetuksen oppilaaksiotto: ilmoittautuvan lapsen ja hänen huoltajiensa henkilöllisyyden, osoitteen ja huoltosuhteen tarkistaminen kouluun ilmoittautumisen yhteydessä.',
    dataGroups: {
      HENKILON_NIMI: name('Perusopetuslaki (628/1998) 6 §'),
      VAKINAINEN_KOTIMAINEN_OSOITE: {
        justification: 'Lähikoulu osoitetaan asuinpaikan perusteella.',
        legalBasis: 'Perusopetuslaki (628/1998) 6 §',
      },
      HUOLTAJA: {
        justification: 'Ilmoittautumisen tekee lapsen huoltaja.',
        legalBasis: 'Perusopetuslaki (628/1998) 4 §',
      },
      HUOLLETTAVA: {
        justification: 'Huoltaja näkee omat huollettavansa ilmoittautumisessa.',
        legalBasis: 'Perusopetuslaki (628/1998) 4 §',
      },
    },
    framework: false,
    queryUsers: 'Koulujen kanslistit ja sivistystoimen oppilaspaikkasihteerit, noin 15 henkilöä.',
    endUserIdentification:
      'Kysely tehdään oppilashallintojärjestelmästä, joka välittää kirjautuneen käyttäjän tunnuksen loppukäyttäjänä.',
    storesData: true,
    storageBasis:
      'Oppilaan ja huoltajien tiedot tallennetaan oppilasrekisteriin perusopetuslain ja arkistolain mukaisesti.',
    ...municipalitySecurity,
    ...xroad('MUN', DEMO_MUNICIPALITY.businessId, 'oppilashallinto'),
    ...municipalityContacts,
    acceptTerms: true,
  };
}

/** Vuokra-asunnot: prepared by the supplier, approved by the customer, now in review. */
export function rentalHousing(): Content {
  return {
    purpose:
      'Kunnan vuokra-asuntojen asukasvalinta: hakijan ja ruokakunnan jäsenten henkilöllisyyden ja nykyisen asuinpaikan tarkistaminen asukasvalintaa varten.',
    dataGroups: {
      HENKILON_NIMI: name(
        'Laki vuokra-asuntolainojen ja asumisoikeustalolainojen korkotuesta (604/2001) 11 §',
      ),
      VAKINAINEN_KOTIMAINEN_OSOITE: {
        justification: 'Asunnontarve arvioidaan nykyisen asumisen perusteella.',
        legalBasis: 'Laki vuokra-asuntolainojen ja asumisoikeustalolainojen korkotuesta (604/2001) 11 §',
      },
      KOTIKUNTA: {
        justification: 'Asukasvalinnassa otetaan huomioon hakijan kotikunta.',
        legalBasis: 'Laki vuokra-asuntolainojen ja asumisoikeustalolainojen korkotuesta (604/2001) 11 §',
      },
    },
    framework: false,
    queryUsers: 'Asuntotoimen kolme asuntosihteeriä.',
    endUserIdentification: 'Asuntosihteerin käyttäjätunnus välitetään kyselyssä loppukäyttäjänä.',
    storesData: false,
    ...municipalitySecurity,
    ...xroad('MUN', DEMO_MUNICIPALITY.businessId, 'asuntotoimi'),
    ...supplierContacts,
  };
}

/** Harrastusseteli: DVV asked for more, nobody answered, the case lapsed. */
export function hobbyVoucher(): Content {
  return {
    purpose:
      'Nuorisopalvelujen harrastusseteli: hakijan iän ja kotikunnan tarkistaminen, kun 7–17-vuotias hakee kunnan harrastusseteliä.',
    dataGroups: {
      HENKILON_NIMI: name('Nuorisolaki (1285/2016) 8 §'),
      KOTIKUNTA: {
        justification: 'Seteli myönnetään vain kunnan asukkaille.',
        legalBasis: 'Nuorisolaki (1285/2016) 8 §',
      },
      HUOLTAJA: {
        justification: 'Alaikäisen hakemuksen tekee huoltaja.',
        legalBasis: 'Nuorisolaki (1285/2016) 8 §',
      },
    },
    framework: false,
    queryUsers: 'Nuorisopalvelujen kaksi toimistosihteeriä.',
    endUserIdentification: 'Käyttäjän tunnus välitetään kyselyssä loppukäyttäjänä.',
    storesData: false,
    ...municipalitySecurity,
    ...xroad('MUN', DEMO_MUNICIPALITY.businessId, 'nuorisopalvelut'),
    ...municipalityContacts,
    acceptTerms: true,
  };
}

/** Tervetulokirjeet: a purpose that is no statutory task, denied. */
export function welcomeLetters(): Content {
  return {
    purpose:
      'Tervetulokirjeiden ja kunnan palveluesitteen lähettäminen kuntaan muuttaneille asukkaille markkinointitarkoituksessa.',
    dataGroups: {
      HENKILON_NIMI: name('Kuntalaki (410/2015) 29 §'),
      VAKINAINEN_KOTIMAINEN_OSOITE: {
        justification: 'Kirjeet lähetetään uusien asukkaiden osoitteisiin.',
        legalBasis: 'Kuntalaki (410/2015) 29 §',
      },
    },
    framework: false,
    queryUsers: 'Viestintäyksikön kaksi suunnittelijaa.',
    endUserIdentification: 'Käyttäjän tunnus välitetään kyselyssä loppukäyttäjänä.',
    storesData: true,
    storageBasis: 'Osoitteet tallennetaan postitusta varten ja poistetaan kuukauden kuluttua.',
    ...municipalitySecurity,
    ...xroad('MUN', DEMO_MUNICIPALITY.businessId, 'viestinta'),
    ...municipalityContacts,
    acceptTerms: true,
  };
}

/** The intermediary's own framework application for a new end customer: granted, terms not yet accepted. */
export function energyFramework(): Content {
  return {
    purpose:
      'Välityspalvelu, jonka kautta loppuasiakkaat tarkistavat asiakkaidensa nimi-, osoite- ja kuolintiedot omaa lakisääteistä tai sopimukseen perustuvaa tehtäväänsä varten.',
    dataGroups: {
      HENKILON_NIMI: name('Sähkömarkkinalaki (588/2013) 67 §'),
      VAKINAINEN_KOTIMAINEN_OSOITE: {
        justification: 'Loppuasiakkaan laskutus ja sopimusviestintä.',
        legalBasis: 'Sähkömarkkinalaki (588/2013) 67 §',
      },
      KOTIMAINEN_POSTIOSOITE: {
        justification: 'Laskut asiakkaan ilmoittamaan postiosoitteeseen.',
        legalBasis: 'Sähkömarkkinalaki (588/2013) 67 §',
      },
      KUOLINPAIVA: {
        justification: 'Sähkösopimus siirretään kuolinpesälle.',
        legalBasis: 'Sähkömarkkinalaki (588/2013) 67 §',
      },
    },
    framework: true,
    endCustomers: [
      {
        businessId: DEMO_NEW_END_CUSTOMER.businessId,
        name: DEMO_NEW_END_CUSTOMER.name,
        purpose:
          'Sähkön vähittäismyynti: asiakkaiden laskutusosoitteiden ajantasaisuus ja sopimusten siirto kuolinpesälle.',
        dataGroups: [
          'HENKILON_NIMI',
          'VAKINAINEN_KOTIMAINEN_OSOITE',
          'KOTIMAINEN_POSTIOSOITE',
          'KUOLINPAIVA',
        ],
        dataNeeds: 'Noin 2 000 kyselyä kuukaudessa.',
      },
    ],
    queryUsers: 'Loppuasiakkaan asiakaspalvelu, noin 40 henkilöä.',
    endUserIdentification:
      'Loppuasiakkaan käyttäjä tunnistetaan asiakkaan kertakirjautumisella, ja hänen tunnuksensa välitetään kyselyssä loppukäyttäjänä.',
    storesData: false,
    ...intermediarySecurity,
    ...xroad('COM', DEMO_INTERMEDIARY.businessId, 'valityspalvelu'),
    ...intermediaryContacts,
    acceptTerms: true,
  };
}
