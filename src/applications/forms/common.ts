/** Sections and fields several forms share: contacts, the data-security statement, attachments, terms. */
import type { Field, Localized, Section } from './types.js';

export const text = (fi: string, sv: string, en: string): Localized => ({ fi, sv, en });

/** Administrative and technical contact, and an optional deputy for the technical contact. */
export function contactFields(options: { deputy: boolean }): Field[] {
  const fields: Field[] = [
    {
      id: 'adminContactName',
      kind: 'text',
      required: true,
      maxLength: 200,
      label: text(
        'Hallinnollisen yhteyshenkilön nimi',
        'Den administrativa kontaktpersonens namn',
        'Administrative contact: name',
      ),
      help: text(
        'Henkilö, joka vastaa organisaatiossanne tietojen käytöstä ja jolle lupaa koskevat viestit lähetetään.',
        'Den person som i er organisation ansvarar för användningen av uppgifterna och som får meddelanden om tillståndet.',
        'The person in your organisation who is responsible for the use of the data and receives messages about the permit.',
      ),
    },
    {
      id: 'adminContactEmail',
      kind: 'email',
      required: true,
      label: text(
        'Hallinnollisen yhteyshenkilön sähköpostiosoite',
        'Den administrativa kontaktpersonens e-postadress',
        'Administrative contact: e-mail address',
      ),
      help: text(
        'Käytä mieluiten organisaation yleistä ja pysyvää sähköpostiosoitetta.',
        'Använd helst organisationens allmänna och bestående e-postadress.',
        "Preferably use the organisation's generic, stable e-mail address.",
      ),
    },
    {
      id: 'adminContactPhone',
      kind: 'phone',
      required: true,
      label: text(
        'Hallinnollisen yhteyshenkilön puhelinnumero',
        'Den administrativa kontaktpersonens telefonnummer',
        'Administrative contact: telephone number',
      ),
    },
    {
      id: 'technicalContactName',
      kind: 'text',
      required: true,
      maxLength: 200,
      label: text(
        'Teknisen yhteyshenkilön nimi',
        'Den tekniska kontaktpersonens namn',
        'Technical contact: name',
      ),
      help: text(
        'Tekninen yhteyshenkilö voi olla myös organisaation ulkopuolelta, esimerkiksi ohjelmistotoimittajalta. Hän ei saa tietoja tietojen toimituksista eikä näe asiakastilin muita asioita.',
        'Den tekniska kontaktpersonen kan också komma utanför organisationen, till exempel från programvaruleverantören. Hen får inga meddelanden om dataleveranserna och ser inte kundkontots övriga ärenden.',
        "The technical contact may also work outside the organisation, for example at the software supplier. They receive no messages about the data deliveries and do not see the account's other matters.",
      ),
    },
    {
      id: 'technicalContactEmail',
      kind: 'email',
      required: true,
      label: text(
        'Teknisen yhteyshenkilön sähköpostiosoite',
        'Den tekniska kontaktpersonens e-postadress',
        'Technical contact: e-mail address',
      ),
    },
    {
      id: 'technicalContactPhone',
      kind: 'phone',
      required: true,
      label: text(
        'Teknisen yhteyshenkilön puhelinnumero',
        'Den tekniska kontaktpersonens telefonnummer',
        'Technical contact: telephone number',
      ),
    },
  ];
  if (!options.deputy) return fields;
  const deputy = { field: 'technicalDeputy', equals: true } as const;
  return [
    ...fields,
    {
      id: 'technicalDeputy',
      kind: 'yesNo',
      label: text(
        'Ilmoitetaanko teknisen yhteyshenkilön varahenkilö?',
        'Anmäls en ersättare för den tekniska kontaktpersonen?',
        'Do you name a deputy for the technical contact?',
      ),
    },
    {
      id: 'technicalDeputyName',
      kind: 'text',
      required: true,
      maxLength: 200,
      visibleWhen: deputy,
      label: text('Varahenkilön nimi', 'Ersättarens namn', 'Deputy: name'),
    },
    {
      id: 'technicalDeputyEmail',
      kind: 'email',
      required: true,
      visibleWhen: deputy,
      label: text('Varahenkilön sähköpostiosoite', 'Ersättarens e-postadress', 'Deputy: e-mail address'),
    },
    {
      id: 'technicalDeputyPhone',
      kind: 'phone',
      required: true,
      visibleWhen: deputy,
      label: text('Varahenkilön puhelinnumero', 'Ersättarens telefonnummer', 'Deputy: telephone number'),
    },
  ];
}

export function contactsSection(options: { deputy: boolean }): Section {
  return {
    id: 'contacts',
    title: text('Yhteyshenkilöt', 'Kontaktpersoner', 'Contacts'),
    intro: text(
      'Hakijaorganisaation nimi ja Y-tunnus tulevat asiakastililtä. Ilmoita tässä hakemusta koskevat yhteyshenkilöt.',
      'Den sökande organisationens namn och FO-nummer hämtas från kundkontot. Ange här kontaktpersonerna för ansökan.',
      "The applicant organisation's name and business ID come from the customer account. Give the contacts for this application here.",
    ),
    fields: contactFields(options),
  };
}

/** Selvitys tietojen käytöstä ja suojauksesta: mandatory for every VTJ data permit. */
export function dataSecuritySection(): Section {
  const area = (id: string, label: Localized, help: Localized): Field => ({
    id,
    kind: 'textarea',
    required: true,
    maxLength: 4000,
    label,
    help,
  });
  return {
    id: 'dataSecurity',
    title: text(
      'Selvitys tietojen käytöstä ja suojauksesta',
      'Redogörelse för användningen och skyddet av uppgifterna',
      'Statement on the use and protection of the data',
    ),
    intro: text(
      'Selvitys on pakollinen. Kuvaa, miten väestötietojärjestelmän tietoja käsitellään ja suojataan organisaatiossanne ja sen käyttämissä palveluissa.',
      'Redogörelsen är obligatorisk. Beskriv hur uppgifterna ur befolkningsdatasystemet behandlas och skyddas i er organisation och i de tjänster den använder.',
      'The statement is mandatory. Describe how data from the Population Information System is processed and protected in your organisation and in the services it uses.',
    ),
    fields: [
      area(
        'accessControl',
        text('Käyttöoikeuksien hallinta', 'Hantering av användarrättigheter', 'Access control'),
        text(
          'Miten käyttöoikeudet myönnetään, tarkistetaan säännöllisesti ja poistetaan, kun tehtävä päättyy? Miten käyttäjät tunnistetaan?',
          'Hur beviljas användarrättigheter, hur granskas de regelbundet och hur tas de bort när uppgiften upphör? Hur identifieras användarna?',
          'How are access rights granted, reviewed regularly and removed when a duty ends? How are users identified?',
        ),
      ),
      area(
        'logging',
        text(
          'Käytön lokitus ja valvonta',
          'Loggning och övervakning av användningen',
          'Logging and monitoring of use',
        ),
        text(
          'Mitä tietojen käytöstä kirjataan lokiin, kuinka kauan lokeja säilytetään ja kuka niitä seuraa?',
          'Vad loggas om användningen av uppgifterna, hur länge sparas loggarna och vem följer upp dem?',
          'What is logged about the use of the data, how long are the logs kept and who monitors them?',
        ),
      ),
      area(
        'retention',
        text('Säilytysaika ja hävittäminen', 'Lagringstid och radering', 'Retention and disposal'),
        text(
          'Kuinka kauan tietoja säilytetään ja miten ne hävitetään, kun niitä ei enää tarvita?',
          'Hur länge sparas uppgifterna och hur raderas de när de inte längre behövs?',
          'How long is the data kept, and how is it disposed of when no longer needed?',
        ),
      ),
      area(
        'storageLocation',
        text(
          'Tietojen käsittely- ja säilytyspaikka',
          'Var uppgifterna behandlas och lagras',
          'Where the data is processed and stored',
        ),
        text(
          'Esimerkiksi oma konesali tai palveluntarjoajan pilvipalvelu. Kerro myös, käsitelläänkö tietoja EU- tai ETA-alueen ulkopuolella.',
          'Till exempel en egen serverhall eller en tjänsteleverantörs molntjänst. Ange också om uppgifterna behandlas utanför EU- eller EES-området.',
          "For example your own data centre or a provider's cloud service. Also state whether the data is processed outside the EU or EEA.",
        ),
      ),
      area(
        'processors',
        text(
          'Henkilötietojen käsittelijät ja alihankkijat',
          'Personuppgiftsbiträden och underleverantörer',
          'Processors and subcontractors',
        ),
        text(
          'Nimeä käsittelijät ja alihankkijat, niiden tehtävät sekä miten käsittelystä on sovittu. Jos niitä ei ole, kerro se.',
          'Ange biträdena och underleverantörerna, deras uppgifter och hur behandlingen har avtalats. Om sådana saknas, ange det.',
          'Name the processors and subcontractors, their tasks and how the processing has been agreed. If there are none, say so.',
        ),
      ),
      area(
        'incidentHandling',
        text(
          'Tietoturvapoikkeamien käsittely',
          'Hantering av säkerhetsincidenter',
          'Handling of security incidents',
        ),
        text(
          'Miten tietoturvapoikkeamat havaitaan, kenelle niistä ilmoitetaan (myös DVV:lle) ja miten ne käsitellään?',
          'Hur upptäcks säkerhetsincidenter, till vem anmäls de (också till Myndigheten för digitalisering och befolkningsdata) och hur hanteras de?',
          'How are security incidents detected, whom are they reported to (DVV included) and how are they handled?',
        ),
      ),
    ],
  };
}

export function attachmentsSection(help: Localized): Section {
  return {
    id: 'attachments',
    title: text('Liitteet', 'Bilagor', 'Attachments'),
    fields: [
      {
        id: 'attachments',
        kind: 'attachments',
        maxFiles: 20,
        label: text('Liitteet', 'Bilagor', 'Attachments'),
        help: text(
          `${help.fi} Sallitut tiedostomuodot: PDF, PNG, JPEG, GIF, TIFF, Word, Excel, PowerPoint, OpenDocument ja UTF-8-tekstitiedostot. Tiedoston enimmäiskoko on 10 Mt.`,
          `${help.sv} Tillåtna filformat: PDF, PNG, JPEG, GIF, TIFF, Word, Excel, PowerPoint, OpenDocument och UTF-8-textfiler. Filen får vara högst 10 MB.`,
          `${help.en} Accepted formats: PDF, PNG, JPEG, GIF, TIFF, Word, Excel, PowerPoint, OpenDocument and UTF-8 text files. At most 10 MB per file.`,
        ),
      },
    ],
  };
}

export function termsSection(terms: Localized): Section {
  return {
    id: 'terms',
    title: text('Ehtojen hyväksyminen', 'Godkännande av villkoren', 'Acceptance of the terms'),
    intro: terms,
    fields: [
      {
        id: 'acceptTerms',
        kind: 'confirm',
        required: true,
        label: text(
          'Vakuutan antamani tiedot oikeiksi ja hyväksyn väestötietojärjestelmän tietojen käyttöä koskevat yleiset ehdot.',
          'Jag försäkrar att uppgifterna jag lämnat är riktiga och godkänner de allmänna villkoren för användning av uppgifter ur befolkningsdatasystemet.',
          'I confirm that the information I have given is correct and accept the general terms for using data from the Population Information System.',
        ),
      },
    ],
  };
}

/** The general terms every VTJ data permit carries (Väestötietojen käytön edellytykset). */
export const GENERAL_TERMS = text(
  'Tietolupa myönnetään organisaatiolle. Luvan saaja sitoutuu noudattamaan tietosuojaa ja tietoturvaa koskevaa lainsäädäntöä, olemaan luovuttamatta tietoja edelleen kolmansille osapuolille, ellei laki sitä salli, ja tallentamaan tietoja omaan rekisteriinsä vain, jos sillä on siihen lakiin perustuva oikeus. DVV voi pyytää kirjallisen selvityksen tietojen turvallisesta käsittelystä.',
  'Datatillståndet beviljas organisationen. Tillståndshavaren förbinder sig att följa lagstiftningen om dataskydd och informationssäkerhet, att inte lämna ut uppgifterna vidare till tredje parter om inte lag tillåter det, och att lagra uppgifterna i sitt eget register endast om den har en i lag grundad rätt till det. Myndigheten för digitalisering och befolkningsdata kan begära en skriftlig redogörelse för säker behandling av uppgifterna.',
  'The data permit is granted to the organisation. The permit holder undertakes to follow data-protection and information-security law, not to disclose the data onward to third parties unless a law allows it, and to store the data in its own register only where it has a legal right to do so. DVV may ask for a written report on the secure processing of the data.',
);

/** X-Road member classes used in Palveluväylä. */
export function memberClassOptions() {
  return [
    {
      value: 'GOV',
      label: text('GOV – valtionhallinto', 'GOV – statsförvaltningen', 'GOV – central government'),
    },
    {
      value: 'MUN',
      label: text(
        'MUN – kunnat, hyvinvointialueet ja kuntayhtymät',
        'MUN – kommuner, välfärdsområden och samkommuner',
        'MUN – municipalities, wellbeing services counties and joint authorities',
      ),
    },
    { value: 'COM', label: text('COM – yritykset', 'COM – företag', 'COM – companies') },
    {
      value: 'ORG',
      label: text(
        'ORG – yhdistykset ja muut organisaatiot',
        'ORG – föreningar och andra organisationer',
        'ORG – associations and other organisations',
      ),
    },
  ];
}
