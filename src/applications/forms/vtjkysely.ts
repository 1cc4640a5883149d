/**
 * VTJkysely-rajapinnan tietolupahakemus: for the organisation's own use, or as a framework permit (raamilupa)
 * of an intermediary company that relays the data to its end customers (seeds/002).
 */
import { interfaceDataGroups } from '../data-groups.js';
import {
  attachmentsSection,
  contactsSection,
  dataSecuritySection,
  GENERAL_TERMS,
  memberClassOptions,
  termsSection,
  text,
} from './common.js';
import type { FormDefinition } from './types.js';

const framework = { field: 'framework', equals: true } as const;
const xroad = { field: 'connectionMethod', equals: 'xroad' } as const;

export const vtjkyselyForm: FormDefinition = {
  id: 'vtjkysely',
  version: 1,
  title: text(
    'VTJkysely-rajapinnan tietolupahakemus',
    'Ansökan om datatillstånd för VTJkysely-gränssnittet',
    'Data permit application for the VTJkysely interface',
  ),
  audience: ['public', 'company'],
  sections: [
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
            'Kerro, mihin tehtävään ja mihin tietojärjestelmään tietoja tarvitaan ja miksi. Väestötietojärjestelmän tiedot eivät ole julkisia: luovutettavat tiedot ja käyttötarkoitus sovitaan aina tapauskohtaisesti.',
            'Beskriv för vilken uppgift och vilket informationssystem uppgifterna behövs och varför. Uppgifterna i befolkningsdatasystemet är inte offentliga: vilka uppgifter som lämnas ut och för vilket ändamål avtalas alltid från fall till fall.',
            'Describe the task and information system the data is needed for, and why. Population data is not public: the data disclosed and its purpose are always agreed case by case.',
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
          interface: 'vtjkysely',
          required: true,
          label: text('Tietoryhmät', 'Datagrupper', 'Data groups'),
          help: text(
            'Valitse vain tietoryhmät, joita käyttötarkoitus edellyttää. Perustele kunkin tietoryhmän tarve ja kerro lainkohta, johon tietojen käsittely perustuu.',
            'Välj endast de datagrupper som användningsändamålet förutsätter. Motivera behovet av varje datagrupp och ange det lagrum som behandlingen grundar sig på.',
            'Choose only the data groups the purpose requires. Justify the need for each group and give the provision of law the processing is based on.',
          ),
        },
      ],
    },
    {
      id: 'framework',
      title: text(
        'Raamilupa välittäjäyritykselle',
        'Ramtillstånd för förmedlingsföretag',
        'Framework permit for an intermediary company',
      ),
      fields: [
        {
          id: 'framework',
          kind: 'yesNo',
          required: true,
          label: text(
            'Haetaanko lupaa raamilupana, jotta voitte välittää tietoja loppuasiakkaillenne?',
            'Ansöker ni om ett ramtillstånd för att förmedla uppgifter till era slutkunder?',
            'Do you apply for a framework permit to relay the data to your end customers?',
          ),
          help: text(
            'Raamilupa tarvitaan, jos välitätte VTJkysely-rajapinnasta hakemianne tietoja loppuasiakasorganisaatioillenne. Ilmoita jokainen loppuasiakas ja sen tarvitsemat tiedot.',
            'Ett ramtillstånd behövs om ni förmedlar uppgifter som ni hämtar via VTJkysely-gränssnittet till era slutkundsorganisationer. Ange varje slutkund och de uppgifter den behöver.',
            'A framework permit is needed if you relay data retrieved through the VTJkysely interface to your end-customer organisations. Name each end customer and the data it needs.',
          ),
        },
        {
          id: 'endCustomers',
          kind: 'repeat',
          required: true,
          minItems: 1,
          maxItems: 500,
          visibleWhen: framework,
          label: text('Loppuasiakkaat', 'Slutkunder', 'End customers'),
          itemLabel: text('Loppuasiakas', 'Slutkund', 'End customer'),
          fields: [
            {
              id: 'businessId',
              kind: 'businessId',
              required: true,
              label: text('Y-tunnus', 'FO-nummer', 'Business ID'),
            },
            {
              id: 'name',
              kind: 'text',
              required: true,
              maxLength: 200,
              label: text('Nimi', 'Namn', 'Name'),
            },
            {
              id: 'purpose',
              kind: 'textarea',
              required: true,
              maxLength: 2000,
              label: text('Käyttötarkoitus', 'Användningsändamål', 'Purpose of use'),
            },
            {
              id: 'dataGroups',
              kind: 'multiChoice',
              required: true,
              label: text(
                'Loppuasiakkaan tarvitsemat tietoryhmät',
                'Datagrupper som slutkunden behöver',
                'Data groups the end customer needs',
              ),
              options: interfaceDataGroups('vtjkysely').map((g) => ({ value: g.code, label: g.title })),
            },
            {
              id: 'dataNeeds',
              kind: 'textarea',
              maxLength: 2000,
              label: text(
                'Lisätietoja tarvittavista tiedoista',
                'Mer om de uppgifter som behövs',
                'More about the data needed',
              ),
            },
          ],
        },
      ],
    },
    {
      id: 'processing',
      title: text('Tietojen käsittely', 'Behandling av uppgifterna', 'Processing of the data'),
      fields: [
        {
          id: 'queryUsers',
          kind: 'textarea',
          required: true,
          maxLength: 4000,
          label: text(
            'Ketkä tekevät kyselyjä ja missä tehtävissä?',
            'Vem gör förfrågningarna och i vilka uppgifter?',
            'Who makes the queries, and in which duties?',
          ),
        },
        {
          id: 'endUserIdentification',
          kind: 'textarea',
          required: true,
          maxLength: 4000,
          label: text(
            'Miten kyselyn tekijä tunnistetaan ja kirjataan?',
            'Hur identifieras och registreras den som gör förfrågan?',
            'How is the person making a query identified and recorded?',
          ),
          help: text(
            'Jokaisessa kyselyssä on yksilöitävä kyselyn tehnyt henkilö (loppukäyttäjä), ja organisaation on pystyttävä kertomaan DVV:lle viiden vuoden ajan, kuka kyselyn teki.',
            'I varje förfrågan ska den person som gjorde den (slutanvändaren) anges, och organisationen ska i fem år kunna berätta för Myndigheten för digitalisering och befolkningsdata vem som gjorde förfrågan.',
            'Every query must name the person who made it (the end user), and the organisation must be able to tell DVV for five years who made any query.',
          ),
        },
        {
          id: 'storesData',
          kind: 'yesNo',
          required: true,
          label: text(
            'Tallennetaanko haettuja tietoja omaan rekisteriin?',
            'Lagras de hämtade uppgifterna i ert eget register?',
            'Is the retrieved data stored in your own register?',
          ),
        },
        {
          id: 'storageBasis',
          kind: 'textarea',
          required: true,
          maxLength: 2000,
          visibleWhen: { field: 'storesData', equals: true },
          label: text(
            'Mihin oikeus tallentaa tiedot perustuu?',
            'Vad grundar sig rätten att lagra uppgifterna på?',
            'What gives you the right to store the data?',
          ),
        },
      ],
    },
    dataSecuritySection(),
    {
      id: 'connection',
      title: text('Yhteystapa', 'Anslutningssätt', 'Connection'),
      fields: [
        {
          id: 'connectionMethod',
          kind: 'choice',
          required: true,
          label: text('Miten yhteys muodostetaan?', 'Hur upprättas anslutningen?', 'How do you connect?'),
          options: [
            {
              value: 'xroad',
              label: text(
                'Suomi.fi-palveluväylä',
                'Suomi.fi-informationsleden',
                'Suomi.fi Data Exchange Layer',
              ),
            },
            {
              value: 'certificate',
              label: text(
                'Palveluvarmenne (suora yhteys)',
                'Servicecertifikat (direkt anslutning)',
                'Service certificate (direct connection)',
              ),
            },
          ],
        },
        {
          id: 'xroadInstance',
          kind: 'choice',
          required: true,
          visibleWhen: xroad,
          label: text(
            'Palveluväylän ympäristö (instance)',
            'Informationsledens miljö (instance)',
            'X-Road instance',
          ),
          options: [
            { value: 'FI', label: text('FI (tuotanto)', 'FI (produktion)', 'FI (production)') },
            { value: 'FI-TEST', label: text('FI-TEST (testi)', 'FI-TEST (test)', 'FI-TEST (test)') },
          ],
        },
        {
          id: 'xroadMemberClass',
          kind: 'choice',
          required: true,
          visibleWhen: xroad,
          label: text('Jäsenluokka', 'Medlemsklass', 'Member class'),
          options: memberClassOptions(),
        },
        {
          id: 'xroadMemberCode',
          kind: 'businessId',
          required: true,
          visibleWhen: xroad,
          label: text('Jäsenen tunnus (Y-tunnus)', 'Medlemskod (FO-nummer)', 'Member code (business ID)'),
        },
        {
          id: 'xroadSubsystemCode',
          kind: 'text',
          format: 'xroadCode',
          required: true,
          maxLength: 100,
          visibleWhen: xroad,
          label: text('Alijärjestelmän tunnus', 'Delsystemets kod', 'Subsystem code'),
        },
        {
          id: 'clientCertificate',
          kind: 'textarea',
          format: 'certificatePem',
          required: true,
          maxLength: 20000,
          visibleWhen: { field: 'connectionMethod', equals: 'certificate' },
          label: text('Asiakasvarmenne (PEM)', 'Klientcertifikat (PEM)', 'Client certificate (PEM)'),
          help: text(
            'Liitä varmenne PEM-muodossa: rivit -----BEGIN CERTIFICATE----- ja -----END CERTIFICATE----- mukaan lukien. Älä liitä yksityistä avainta.',
            'Klistra in certifikatet i PEM-format, inklusive raderna -----BEGIN CERTIFICATE----- och -----END CERTIFICATE-----. Klistra inte in den privata nyckeln.',
            'Paste the certificate in PEM form, including the -----BEGIN CERTIFICATE----- and -----END CERTIFICATE----- lines. Never paste the private key.',
          ),
        },
      ],
    },
    contactsSection({ deputy: true }),
    attachmentsSection(
      text(
        'Voit liittää esimerkiksi loppuasiakkaiden valtuutukset tai lisäselvityksen tietojen käsittelystä.',
        'Du kan till exempel bifoga slutkundernas fullmakter eller en tilläggsutredning om behandlingen av uppgifterna.',
        "You can attach, for example, the end customers' authorisations or further information on the processing.",
      ),
    ),
    termsSection(GENERAL_TERMS),
  ],
};
