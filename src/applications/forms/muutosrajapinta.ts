/**
 * VTJ-muutosrajapinnan hakemus ja tilaus (public administration): the data permit and the order of the change
 * interface in one form, with the turvakielto section of DVV's instructions (seeds/000).
 */
import {
  attachmentsSection,
  contactsSection,
  dataSecuritySection,
  GENERAL_TERMS,
  termsSection,
  text,
} from './common.js';
import type { FormDefinition } from './types.js';

const turvakielto = { field: 'needsTurvakielto', equals: true } as const;

export const muutosrajapintaForm: FormDefinition = {
  id: 'muutosrajapinta',
  version: 1,
  title: text(
    'VTJ-muutosrajapinnan hakemus ja tilaus',
    'Ansökan och beställning av VTJ-ändringsgränssnittet',
    'Application and order for the VTJ change interface',
  ),
  audience: ['public'],
  sections: [
    contactsSection({ deputy: true }),
    {
      id: 'purpose',
      title: text('Käyttötarkoitus', 'Användningsändamål', 'Purpose of use'),
      fields: [
        {
          id: 'purpose',
          kind: 'textarea',
          required: true,
          maxLength: 4000,
          label: text(
            'Tietojen käyttötarkoitus',
            'Uppgifternas användningsändamål',
            'Purpose of use of the data',
          ),
          help: text(
            'Kerro, mihin organisaationne lakisääteiseen tehtävään ja mihin rekisteriin tai tietojärjestelmään tietoja tarvitaan. Käyttötarkoitus on hakemuksen keskeisin kohta.',
            'Beskriv för vilken lagstadgad uppgift i er organisation och för vilket register eller informationssystem uppgifterna behövs. Användningsändamålet är ansökans viktigaste punkt.',
            'Describe for which statutory task of your organisation, and for which register or information system, the data is needed. The purpose of use is the key item of the application.',
          ),
        },
      ],
    },
    {
      id: 'dataGroups',
      title: text('Haettavat tietoryhmät', 'Datagrupper som ansökan gäller', 'Data groups applied for'),
      fields: [
        {
          id: 'dataGroups',
          kind: 'dataGroups',
          interface: 'muutosrajapinta',
          required: true,
          label: text('Tietoryhmät', 'Datagrupper', 'Data groups'),
          help: text(
            'Valitse vain tietoryhmät, joita tehtävänne edellyttää. Perustele kunkin tietoryhmän tarve ja kerro lainkohta, johon tietojen käsittely perustuu.',
            'Välj endast de datagrupper som er uppgift förutsätter. Motivera behovet av varje datagrupp och ange det lagrum som behandlingen av uppgifterna grundar sig på.',
            'Choose only the data groups your task requires. Justify the need for each group and give the provision of law the processing is based on.',
          ),
        },
      ],
    },
    {
      id: 'selection',
      title: text(
        'Poimintaehdot ja toimitusrytmi',
        'Urvalsvillkor och leveransintervall',
        'Selection and delivery rhythm',
      ),
      fields: [
        {
          id: 'selectionCriterion',
          kind: 'choice',
          required: true,
          label: text(
            'Keitä henkilöitä tiedot koskevat?',
            'Vilka personer gäller uppgifterna?',
            'Which persons does the data concern?',
          ),
          options: [
            {
              value: 'hetuList',
              label: text(
                'Henkilötunnusluettelo: seurattavat henkilöt',
                'Förteckning över personbeteckningar: de personer som följs',
                'A list of personal identity codes: the persons followed',
              ),
            },
            {
              value: 'municipality',
              label: text(
                'Kuntarajaus: kunnan, hyvinvointialueen tai kuntayhtymän alueella asuvat',
                'Kommunavgränsning: de som bor i en kommun, ett välfärdsområde eller en samkommun',
                'By municipality: residents of a municipality, wellbeing services county or joint authority',
              ),
            },
            {
              value: 'nationalRegister',
              label: text(
                'Valtakunnallisen rekisterin poimintaehdot',
                'Urvalsvillkor för ett riksomfattande register',
                'Selection criteria of a national register',
              ),
            },
          ],
        },
        {
          id: 'hetuList',
          kind: 'hetuList',
          required: true,
          visibleWhen: { field: 'selectionCriterion', equals: 'hetuList' },
          label: text('Henkilötunnukset', 'Personbeteckningar', 'Personal identity codes'),
          help: text(
            'Yksi henkilötunnus kullekin riville.',
            'En personbeteckning per rad.',
            'One personal identity code per line.',
          ),
        },
        {
          id: 'municipalities',
          kind: 'municipalities',
          required: true,
          visibleWhen: { field: 'selectionCriterion', equals: 'municipality' },
          label: text('Kunnat', 'Kommuner', 'Municipalities'),
          help: text(
            'Valitse kunnat, joiden asukkaiden tietoja tarvitsette.',
            'Välj de kommuner vars invånares uppgifter ni behöver.',
            'Choose the municipalities whose residents’ data you need.',
          ),
        },
        {
          id: 'nationalCriteria',
          kind: 'textarea',
          required: true,
          maxLength: 4000,
          visibleWhen: { field: 'selectionCriterion', equals: 'nationalRegister' },
          label: text(
            'Poimintaehtojen kuvaus',
            'Beskrivning av urvalsvillkoren',
            'Description of the selection criteria',
          ),
          help: text(
            'Kuvaa, millä perusteilla rekisterinne henkilöt poimitaan (esimerkiksi ikä, kotikunta tai rekisteriin kuuluminen).',
            'Beskriv på vilka grunder personerna i ert register väljs ut (till exempel ålder, hemkommun eller att personen ingår i registret).',
            'Describe how the persons of your register are selected (for example age, home municipality or membership of the register).',
          ),
        },
        {
          id: 'updateRhythm',
          kind: 'choice',
          required: true,
          label: text(
            'Muutostietojen hakurytmi',
            'Hur ofta ändringsuppgifterna hämtas',
            'How often changes are fetched',
          ),
          options: [
            { value: 'daily', label: text('Päivittäin', 'Dagligen', 'Daily') },
            { value: 'weekly', label: text('Viikoittain', 'Veckovis', 'Weekly') },
            { value: 'monthly', label: text('Kuukausittain', 'Månadsvis', 'Monthly') },
          ],
        },
      ],
    },
    {
      id: 'turvakielto',
      title: text(
        'Turvakiellon alaiset tiedot',
        'Uppgifter som omfattas av spärrmarkering',
        'Data under a non-disclosure order for personal safety (turvakielto)',
      ),
      fields: [
        {
          id: 'needsTurvakielto',
          kind: 'yesNo',
          required: true,
          label: text(
            'Tarvitsetteko turvakiellon alaisia tietoja?',
            'Behöver ni uppgifter som omfattas av spärrmarkering?',
            'Do you need data under a turvakielto?',
          ),
          help: text(
            'Turvakielto suojaa myös henkilön kotikunnan. Jos tarvitsette turvakieltohenkilöiden tietoja, esimerkiksi kotikunnan, tarvitsette turvakieltotietoja, vaikka ette saisi heidän tarkkaa osoitettaan. Tällöin luovutus on perusteltava.',
            'Spärrmarkeringen skyddar också personens hemkommun. Om ni behöver uppgifter om personer med spärrmarkering, till exempel hemkommunen, behöver ni uppgifter som omfattas av spärrmarkering även om ni inte får deras exakta adress. Utlämnandet ska då motiveras.',
            "A turvakielto also protects the person's home municipality. If you need data on persons with a turvakielto, such as their home municipality, you need turvakielto data even without their exact address, and the disclosure must be justified.",
          ),
        },
        {
          id: 'turvakieltoJustification',
          kind: 'textarea',
          required: true,
          maxLength: 4000,
          visibleWhen: turvakielto,
          label: text(
            'Perustelu turvakiellon alaisten tietojen luovuttamiselle',
            'Motivering till utlämnandet av uppgifter som omfattas av spärrmarkering',
            'Why the data under a turvakielto must be disclosed to you',
          ),
        },
        {
          id: 'turvakieltoLegalBasis',
          kind: 'legalBasis',
          required: true,
          visibleWhen: turvakielto,
          label: text(
            'Viranomaisella on lakisääteinen oikeus käsitellä turvakieltotietoja',
            'Myndigheten har lagstadgad rätt att behandla uppgifter som omfattas av spärrmarkering',
            'The authority has a statutory right to process turvakielto data',
          ),
          help: text(
            'Nimeä laki ja pykälä, jossa säädetään organisaationne omista viranomaistehtävistä tai järjestämistänne palveluista, esimerkiksi Sosiaalihuoltolaki (1301/2014) 41 §. Yleislait eivät kelpaa perusteeksi, koska ne eivät säädä organisaationne omasta toiminnasta: esimerkiksi tietosuojalaki, EU:n yleinen tietosuoja-asetus, hallintolaki, julkisuuslaki tai laki väestötietojärjestelmästä ja Digi- ja väestötietoviraston varmennepalveluista.',
            'Ange den lag och paragraf som reglerar er organisations egna myndighetsuppgifter eller de tjänster ni ordnar, till exempel Socialvårdslagen (1301/2014) 41 §. Allmänna lagar duger inte som grund, eftersom de inte reglerar er organisations egen verksamhet: till exempel dataskyddslagen, EU:s allmänna dataskyddsförordning, förvaltningslagen, offentlighetslagen eller lagen om befolkningsdatasystemet och Myndigheten för digitalisering och befolkningsdatas certifikattjänster.',
            "Name the act and section that governs your organisation's own official functions or the services it organises, for example the Social Welfare Act (1301/2014), section 41. General acts are not valid bases because they do not govern your organisation's own activity: for example the Data Protection Act, the EU General Data Protection Regulation, the Administrative Procedure Act, the Act on the Openness of Government Activities or the Act on the Population Information System and the Certificate Services of the Digital and Population Data Services Agency.",
          ),
        },
      ],
    },
    {
      id: 'turvakieltoProcessing',
      title: text(
        'Turvakieltotietoja käsittelevän julkishallinnon organisaation vaatimukset',
        'Krav på organisationer inom den offentliga förvaltningen som behandlar uppgifter som omfattas av spärrmarkering',
        'Requirements for public-administration organisations processing turvakielto data',
      ),
      intro: text(
        'Vastaa tarkentaviin kysymyksiin siitä, miten turvakiellon alaisia tietoja käsitellään.',
        'Svara på de preciserande frågorna om hur uppgifter som omfattas av spärrmarkering behandlas.',
        'Answer the more specific questions on how data under a turvakielto is processed.',
      ),
      visibleWhen: turvakielto,
      fields: [
        {
          id: 'turvakieltoProcessors',
          kind: 'textarea',
          required: true,
          maxLength: 4000,
          label: text(
            'Ketkä käsittelevät turvakiellon alaisia tietoja?',
            'Vem behandlar uppgifter som omfattas av spärrmarkering?',
            'Who processes the data under a turvakielto?',
          ),
          help: text(
            'Kuvaa tehtävät tai roolit ja arvioi käsittelijöiden määrä.',
            'Beskriv uppgifterna eller rollerna och uppskatta antalet personer.',
            'Describe the duties or roles and estimate how many people.',
          ),
        },
        {
          id: 'turvakieltoAccessRestricted',
          kind: 'yesNo',
          required: true,
          label: text(
            'Onko turvakiellon alaisten tietojen käyttö rajattu vain niihin henkilöihin, jotka tarvitsevat tietoja tehtävässään?',
            'Är användningen av uppgifter som omfattas av spärrmarkering begränsad till de personer som behöver dem i sina uppgifter?',
            'Is access to data under a turvakielto restricted to the persons who need it for their duties?',
          ),
        },
        {
          id: 'turvakieltoAccessDescription',
          kind: 'textarea',
          required: true,
          maxLength: 4000,
          label: text(
            'Miten käyttöoikeus on rajattu?',
            'Hur är åtkomsten begränsad?',
            'How is access restricted?',
          ),
        },
        {
          id: 'turvakieltoLogged',
          kind: 'yesNo',
          required: true,
          label: text(
            'Kirjataanko turvakiellon alaisten tietojen jokainen käyttökerta lokiin?',
            'Loggas varje användning av uppgifter som omfattas av spärrmarkering?',
            'Is every use of data under a turvakielto logged?',
          ),
        },
        {
          id: 'turvakieltoLoggingDescription',
          kind: 'textarea',
          required: true,
          maxLength: 4000,
          label: text(
            'Miten lokeja seurataan ja kuinka kauan niitä säilytetään?',
            'Hur följs loggarna upp och hur länge sparas de?',
            'How are the logs monitored and how long are they kept?',
          ),
        },
        {
          id: 'turvakieltoOnwardProtection',
          kind: 'textarea',
          required: true,
          maxLength: 4000,
          label: text(
            'Miten varmistatte, ettei turvakiellon alaisia tietoja luovuteta edelleen?',
            'Hur säkerställer ni att uppgifter som omfattas av spärrmarkering inte lämnas ut vidare?',
            'How do you make sure that data under a turvakielto is not disclosed onward?',
          ),
          help: text(
            'Kerro esimerkiksi, miten turvakieltomerkintä näkyy järjestelmissänne ja miten estetään, ettei osoitetta tai kotikuntaa näytetä asiakirjoissa, kirjeissä, asiointipalveluissa tai muille viranomaisille ja palveluntuottajille.',
            'Beskriv till exempel hur spärrmarkeringen syns i era system och hur ni förhindrar att adressen eller hemkommunen visas i handlingar, brev, e-tjänster eller för andra myndigheter och tjänsteproducenter.',
            'For example, how the turvakielto flag shows in your systems and how you prevent the address or home municipality from appearing in documents, letters, online services or to other authorities and service providers.',
          ),
        },
      ],
    },
    dataSecuritySection(),
    attachmentsSection(
      text(
        'Voit liittää esimerkiksi lisäselvityksen haettavista tietoryhmistä tai aiemman, samaa käyttötarkoitusta koskevan voimassa olevan tietoluvan.',
        'Du kan till exempel bifoga en tilläggsutredning om datagrupperna eller ett tidigare giltigt datatillstånd för samma användningsändamål.',
        'You can attach, for example, further information about the data groups, or an earlier valid data permit for the same purpose.',
      ),
    ),
    termsSection(GENERAL_TERMS),
  ],
};
