/** Builders for application tests: complete answers for each form, changed per test. Test-only. */
import type { FormId } from './forms/types.js';
import type { Content } from './model.js';

const contacts = {
  adminContactName: 'Maija Meikäläinen',
  adminContactEmail: 'kirjaamo@esimerkkila.example',
  adminContactPhone: '+358 9 123 4567',
  technicalContactName: 'Teemu Teknikko',
  technicalContactEmail: 'it-tuki@toimittaja.example',
  technicalContactPhone: '040 123 4567',
};

const dataSecurity = {
  accessControl: 'Käyttöoikeudet myönnetään tehtävän perusteella ja tarkistetaan puolen vuoden välein.',
  logging: 'Jokainen haku kirjataan lokiin, lokit säilytetään viisi vuotta ja niitä seurataan kuukausittain.',
  retention: 'Tiedot poistetaan, kun asiakkuus päättyy.',
  storageLocation: 'Oma konesali Suomessa.',
  processors: 'Ei käsittelijöitä.',
  incidentHandling: 'Poikkeamat ilmoitetaan tietoturvavastaavalle ja DVV:lle viipymättä.',
};

export function completeContent(form: FormId, businessId = '0245437-2'): Content {
  switch (form) {
    case 'muutosrajapinta':
      return {
        ...contacts,
        technicalDeputy: false,
        purpose: 'Sosiaalihuollon asiakasrekisterin osoitetietojen ajantasaisuus.',
        dataGroups: {
          HENKILON_NIMI: { justification: 'Asiakkaan tunnistaminen.', legalBasis: 'Sosiaalihuoltolaki 41 §' },
          KOTIKUNTA: { justification: 'Palvelun järjestämisvastuu.', legalBasis: 'Sosiaalihuoltolaki 58 §' },
        },
        selectionCriterion: 'municipality',
        municipalities: ['091'],
        updateRhythm: 'daily',
        needsTurvakielto: true,
        turvakieltoJustification: 'Palvelut järjestetään myös turvakieltohenkilöille.',
        turvakieltoLegalBasis: 'Sosiaalihuoltolaki (1301/2014) 41 §',
        turvakieltoProcessors: 'Sosiaalityöntekijät, noin 20 henkilöä.',
        turvakieltoAccessRestricted: true,
        turvakieltoAccessDescription: 'Roolipohjainen pääsy.',
        turvakieltoLogged: true,
        turvakieltoLoggingDescription: 'Lokit tarkistetaan kuukausittain ja säilytetään viisi vuotta.',
        turvakieltoOnwardProtection: 'Turvakieltomerkintä estää tulostuksen ja näyttämisen.',
        ...dataSecurity,
        acceptTerms: true,
      };
    case 'vtjkysely':
      return {
        purpose: 'Asiakkaiden tunnistaminen vakuutushakemuksissa.',
        dataGroups: {
          HENKILON_NIMI: { justification: 'Tunnistaminen.', legalBasis: 'Vakuutussopimuslaki 22 §' },
          KOTIKUNTA: { justification: 'Korvauskäsittely.', legalBasis: 'Vakuutussopimuslaki 22 §' },
        },
        framework: false,
        queryUsers: 'Korvauskäsittelijät.',
        endUserIdentification: 'Käyttäjätunnus välitetään Loppukayttaja-kentässä.',
        storesData: false,
        ...dataSecurity,
        connectionMethod: 'xroad',
        xroadInstance: 'FI',
        xroadMemberClass: 'COM',
        xroadMemberCode: businessId,
        xroadSubsystemCode: 'asiakaspalvelu',
        ...contacts,
        technicalDeputy: false,
        acceptTerms: true,
      };
    case 'subsystem':
      return {
        environment: 'test',
        instance: 'FI-TEST',
        memberClass: 'MUN',
        memberCode: businessId,
        subsystemCode: 'asiakasrekisteri',
        securityServer: 'lp1.esimerkkila.example',
        ...contacts,
      };
  }
}
