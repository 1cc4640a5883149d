/**
 * The decision document (päätösasiakirja / beslut) as a PDF, in the applicant's language (Finnish or
 * Swedish): reference, date, applicant, the decision, for a grant the data groups by name, turvakielto,
 * persons covered, products, end customers, validity and conditions, the applicant's stated purpose, the
 * legal reasoning (661/2009), the appeal instructions (oikaisuvaatimusohje) and the decider. Built with
 * pdfkit's standard fonts, whose WinAnsi encoding covers Finnish and Swedish.
 */
import PDFDocument from 'pdfkit';
import type { Selection } from '../access/index.js';
import { getDataGroup } from '../register/catalogue/index.js';

export interface DecisionDocumentInput {
  language: 'fi' | 'sv';
  reference: string;
  decidedAt: Date;
  /** What the application was for: its form's title in the language. */
  subject: string;
  applicant: { name: string; businessId: string };
  preparedBy: { name: string; businessId: string } | null;
  submittedAt: Date;
  /** The purpose of use the applicant gave (käyttötarkoitus). */
  purpose: string | null;
  decider: string;
  outcome: 'granted' | 'denied';
  /** Denied: why. */
  reasons?: string;
  grant?: {
    dataGroups: readonly string[];
    turvakielto: boolean;
    /** The specific provision the applicant gave for turvakielto data. */
    turvakieltoLegalBasis: string | null;
    selection: Selection | null;
    products: readonly string[];
    endCustomers: readonly {
      businessId: string;
      name: string;
      dataGroups: readonly string[];
      approved: boolean;
    }[];
    validFrom: string | null;
    validUntil: string | null;
    conditions: string;
    termsDeadline: Date | null;
    /** A subsystem application: the X-Road subsystem joined to a permit. */
    subsystem: { xroadClient: string; permitReference: string | null } | null;
  };
}

type Texts = ReturnType<typeof texts>;

function texts(language: 'fi' | 'sv') {
  const date = new Intl.DateTimeFormat(language === 'fi' ? 'fi-FI' : 'sv-FI', {
    timeZone: 'Europe/Helsinki',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  });
  const isoDate = (d: string) => date.format(new Date(`${d}T12:00:00Z`));
  if (language === 'fi') {
    return {
      date,
      isoDate,
      agency: 'DIGI- JA VÄESTÖTIETOVIRASTO',
      title: 'PÄÄTÖS',
      reference: 'Diaarinumero',
      dated: 'Päivämäärä',
      subject: 'Asia',
      applicant: 'Hakija',
      preparedBy: 'Hakemuksen valmistelija',
      submitted: 'Hakemus saapunut',
      decision: 'Päätös',
      granted:
        'Digi- ja väestötietovirasto myöntää hakijalle luvan saada väestötietojärjestelmästä jäljempänä luetellut tiedot hakemuksessa kuvattuun käyttötarkoitukseen tässä päätöksessä ja lupaehdoissa määrätyin ehdoin.',
      grantedSubsystem:
        'Digi- ja väestötietovirasto myöntää hakijalle luvan liittää jäljempänä mainittu Suomi.fi-palveluväylän alijärjestelmä tietolupaansa.',
      denied: 'Digi- ja väestötietovirasto hylkää hakemuksen.',
      dataGroups: 'Luovutettavat tietoryhmät',
      turvakielto: 'Turvakiellon alaiset tiedot',
      turvakieltoGranted: 'Lupa kattaa turvakiellon alaiset tiedot.',
      turvakieltoNot:
        'Lupa ei kata turvakiellon alaisia tietoja. Turvakiellon alaiset tiedot jätetään luovuttamatta.',
      selection: 'Henkilöt, joiden tietoja luovutetaan',
      hetuList: 'Luvansaajan ilmoittamat henkilöt (henkilötunnusluettelo)',
      municipalities: (codes: string) =>
        `Henkilöt, joiden kotikunta on jokin seuraavista (kuntanumero): ${codes}`,
      national: 'Koko väestö',
      products: 'Tuotteet (VTJkysely)',
      endCustomers: 'Hyväksytyt loppuasiakkaat',
      notApproved: 'ei hyväksytty',
      subsystem: 'Alijärjestelmä',
      subsystemPermit: (client: string, ref: string | null) =>
        `${client}${ref ? `, liitetään hakemuksella ${ref} myönnettyyn tietolupaan` : ''}`,
      validity: 'Voimassaolo',
      conditions: 'Ehdot',
      terms: (deadline: string) =>
        `Luvansaajan pääkäyttäjän on hyväksyttävä lupaehdot asiointipalvelussa viimeistään ${deadline}. Muussa tapauksessa lupa raukeaa. Tietoja saa hakea vasta, kun lupaehdot on hyväksytty.`,
      purpose: 'Hakijan ilmoittama käyttötarkoitus',
      reasoning: 'Perustelut',
      law: 'Päätös perustuu lakiin väestötietojärjestelmästä ja Digi- ja väestötietoviraston varmennepalveluista (661/2009). Lain 3 ja 4 §:ssä säädetään väestötietojärjestelmän tietosisällöstä ja 28 ja 29 §:ssä tietojen luovuttamisesta väestötietojärjestelmästä.',
      grantedReason:
        'Hakija on ilmoittanut tietojen käyttötarkoituksen ja perustellut kunkin tietoryhmän tarpeen. Luovutettavat tiedot rajataan siihen, mitä käyttötarkoitus edellyttää.',
      turvakieltoReason: (basis: string | null) =>
        `Turvakiellon alaisten tietojen luovuttaminen perustuu hakijan ilmoittamaan erityiseen säännökseen${basis ? ` (${basis})` : ''}; ks. myös 661/2009 36 §.`,
      deniedReason: 'Hakemus hylätään seuraavin perustein:',
      appeal: 'Oikaisuvaatimusohje',
      appealText: [
        'Tähän päätökseen tyytymätön voi vaatia siihen oikaisua Digi- ja väestötietovirastolta. Oikaisuvaatimus on tehtävä kirjallisesti 30 päivän kuluessa päätöksen tiedoksisaannista.',
        'Oikaisuvaatimuksessa on ilmoitettava päätös, johon oikaisua vaaditaan, miltä osin ja millaista oikaisua vaaditaan sekä vaatimuksen perusteet. Oikaisuvaatimus toimitetaan Digi- ja väestötietovirastolle (kirjaamo@dvv.fi). Oikaisuvaatimuksesta säädetään hallintolain (434/2003) 7 a luvussa.',
        'Sähköisesti tiedoksi annetun päätöksen katsotaan tulleen vastaanottajan tietoon kolmantena päivänä viestin lähettämisestä (laki sähköisestä asioinnista viranomaistoiminnassa 13/2003, 19 §). Oikaisuvaatimukseen annettuun päätökseen saa hakea muutosta valittamalla hallinto-oikeuteen siten kuin oikeudenkäynnistä hallintoasioissa annetussa laissa (808/2019) säädetään.',
      ],
      decider: 'Päätöksen tekijä',
      electronic: 'Päätös on tehty sähköisesti Digi- ja väestötietoviraston asiointipalvelussa.',
    };
  }
  return {
    date,
    isoDate,
    agency: 'MYNDIGHETEN FÖR DIGITALISERING OCH BEFOLKNINGSDATA',
    title: 'BESLUT',
    reference: 'Diarienummer',
    dated: 'Datum',
    subject: 'Ärende',
    applicant: 'Sökande',
    preparedBy: 'Ansökan har beretts av',
    submitted: 'Ansökan inkom',
    decision: 'Beslut',
    granted:
      'Myndigheten för digitalisering och befolkningsdata beviljar sökanden tillstånd att få de uppgifter ur befolkningsdatasystemet som anges nedan för det användningsändamål som beskrivs i ansökan, på de villkor som anges i detta beslut och i tillståndsvillkoren.',
    grantedSubsystem:
      'Myndigheten för digitalisering och befolkningsdata beviljar sökanden tillstånd att ansluta nedan angivna delsystem i Suomi.fi-informationsleden till sitt datatillstånd.',
    denied: 'Myndigheten för digitalisering och befolkningsdata avslår ansökan.',
    dataGroups: 'Datagrupper som lämnas ut',
    turvakielto: 'Uppgifter som omfattas av spärrmarkering',
    turvakieltoGranted: 'Tillståndet omfattar uppgifter som omfattas av spärrmarkering.',
    turvakieltoNot:
      'Tillståndet omfattar inte uppgifter som omfattas av spärrmarkering. Sådana uppgifter lämnas inte ut.',
    selection: 'Personer vars uppgifter lämnas ut',
    hetuList: 'Personer som tillståndshavaren anmäler (förteckning över personbeteckningar)',
    municipalities: (codes: string) =>
      `Personer vars hemkommun är någon av följande (kommunnummer): ${codes}`,
    national: 'Hela befolkningen',
    products: 'Produkter (VTJkysely)',
    endCustomers: 'Godkända slutkunder',
    notApproved: 'inte godkänd',
    subsystem: 'Delsystem',
    subsystemPermit: (client: string, ref: string | null) =>
      `${client}${ref ? `, ansluts till det datatillstånd som beviljats på ansökan ${ref}` : ''}`,
    validity: 'Giltighetstid',
    conditions: 'Villkor',
    terms: (deadline: string) =>
      `Tillståndshavarens huvudanvändare ska godkänna tillståndsvillkoren i e-tjänsten senast ${deadline}. Annars förfaller tillståndet. Uppgifter får hämtas först när tillståndsvillkoren har godkänts.`,
    purpose: 'Användningsändamål enligt sökanden',
    reasoning: 'Motivering',
    law: 'Beslutet grundar sig på lagen om befolkningsdatasystemet och Myndigheten för digitalisering och befolkningsdatas certifikattjänster (661/2009). I 3 och 4 § i lagen föreskrivs om befolkningsdatasystemets datainnehåll och i 28 och 29 § om utlämnande av uppgifter ur befolkningsdatasystemet.',
    grantedReason:
      'Sökanden har angett användningsändamålet och motiverat behovet av varje datagrupp. De uppgifter som lämnas ut begränsas till vad användningsändamålet kräver.',
    turvakieltoReason: (basis: string | null) =>
      `Utlämnandet av uppgifter som omfattas av spärrmarkering grundar sig på den särskilda bestämmelse som sökanden angett${basis ? ` (${basis})` : ''}; se även 36 § i lag 661/2009.`,
    deniedReason: 'Ansökan avslås på följande grunder:',
    appeal: 'Anvisning om begäran om omprövning',
    appealText: [
      'Den som är missnöjd med detta beslut kan begära omprövning hos Myndigheten för digitalisering och befolkningsdata. Begäran om omprövning ska framställas skriftligen inom 30 dagar från delfåendet av beslutet.',
      'Av begäran ska framgå vilket beslut som avses, vilken ändring som yrkas och på vilka grunder. Begäran lämnas till Myndigheten för digitalisering och befolkningsdata (kirjaamo@dvv.fi). Om begäran om omprövning föreskrivs i 7 a kap. i förvaltningslagen (434/2003).',
      'Ett beslut som delgetts elektroniskt anses ha kommit till mottagarens kännedom den tredje dagen efter att meddelandet sändes (lagen om elektronisk kommunikation i myndigheternas verksamhet 13/2003, 19 §). I ett beslut som meddelats med anledning av en begäran om omprövning får ändring sökas genom besvär hos förvaltningsdomstolen på det sätt som föreskrivs i lagen om rättegång i förvaltningsärenden (808/2019).',
    ],
    decider: 'Beslutsfattare',
    electronic:
      'Beslutet har fattats elektroniskt i e-tjänsten hos Myndigheten för digitalisering och befolkningsdata.',
  };
}

export function dataGroupName(code: string, language: 'fi' | 'sv'): string {
  return getDataGroup(code)?.names[language] ?? code;
}

/** Renders the decision; resolves to the PDF bytes. */
export function renderDecisionDocument(input: DecisionDocumentInput): Promise<Buffer> {
  const t: Texts = texts(input.language);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 64, right: 64 },
    info: {
      Title: `${t.title} ${input.reference}`,
      Author: t.agency,
      Subject: input.subject,
      // The decision's own time, not the machine's: the document says when it was decided.
      CreationDate: input.decidedAt,
    },
    lang: input.language === 'fi' ? 'fi-FI' : 'sv-FI',
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11.5).text(text).moveDown(0.25);
    doc.font('Helvetica').fontSize(10.5);
  };
  const para = (text: string) =>
    doc.font('Helvetica').fontSize(10.5).text(text, { align: 'left' }).moveDown(0.3);
  const field = (label: string, value: string) => {
    doc.font('Helvetica-Bold').fontSize(10.5).text(`${label}: `, { continued: true });
    doc.font('Helvetica').text(value);
  };
  const bullets = (items: readonly string[]) => {
    for (const item of items) doc.font('Helvetica').fontSize(10.5).text(`•  ${item}`, { indent: 8 });
    doc.moveDown(0.3);
  };

  doc.font('Helvetica-Bold').fontSize(10).text(t.agency);
  doc.moveDown(0.5).fontSize(18).text(t.title);
  doc.moveDown(0.5);
  field(t.reference, input.reference);
  field(t.dated, t.date.format(input.decidedAt));
  doc.moveDown(0.5);
  field(t.subject, input.subject);
  field(t.applicant, `${input.applicant.name} (${input.applicant.businessId})`);
  if (input.preparedBy) field(t.preparedBy, `${input.preparedBy.name} (${input.preparedBy.businessId})`);
  field(t.submitted, t.date.format(input.submittedAt));

  heading(t.decision);
  const grant = input.outcome === 'granted' ? input.grant : undefined;
  if (!grant) para(t.denied);
  else if (grant.subsystem) {
    para(t.grantedSubsystem);
    field(t.subsystem, t.subsystemPermit(grant.subsystem.xroadClient, grant.subsystem.permitReference));
  } else {
    para(t.granted);
    heading(t.dataGroups);
    bullets(grant.dataGroups.map((code) => `${dataGroupName(code, input.language)} (${code})`));
    heading(t.turvakielto);
    para(grant.turvakielto ? t.turvakieltoGranted : t.turvakieltoNot);
    if (grant.selection) {
      heading(t.selection);
      para(
        grant.selection.kind === 'hetu_list'
          ? t.hetuList
          : grant.selection.kind === 'municipalities'
            ? t.municipalities(grant.selection.codes.join(', '))
            : t.national,
      );
    }
    if (grant.products.length > 0) {
      heading(t.products);
      bullets(grant.products);
    }
    if (grant.endCustomers.length > 0) {
      heading(t.endCustomers);
      bullets(
        grant.endCustomers.map(
          (c) =>
            `${c.name} (${c.businessId}): ${c.dataGroups.map((g) => dataGroupName(g, input.language)).join(', ')}${c.approved ? '' : ` – ${t.notApproved}`}`,
        ),
      );
    }
    if (grant.validFrom && grant.validUntil) {
      heading(t.validity);
      para(`${t.isoDate(grant.validFrom)}–${t.isoDate(grant.validUntil)}`);
    }
  }
  if (grant && (grant.conditions.trim() !== '' || grant.termsDeadline)) {
    heading(t.conditions);
    if (grant.conditions.trim() !== '') para(grant.conditions.trim());
    if (grant.termsDeadline) para(t.terms(t.date.format(grant.termsDeadline)));
  }
  if (input.purpose) {
    heading(t.purpose);
    para(input.purpose);
  }

  heading(t.reasoning);
  if (grant) {
    if (!grant.subsystem) para(t.grantedReason);
    if (grant.turvakielto) para(t.turvakieltoReason(grant.turvakieltoLegalBasis));
  } else {
    para(t.deniedReason);
    para(input.reasons ?? '');
  }
  para(t.law);

  heading(t.appeal);
  for (const text of t.appealText) para(text);

  doc.moveDown(1);
  field(t.decider, input.decider);
  doc.moveDown(0.3).fontSize(9).fillColor('#444444').text(t.electronic);
  doc.end();
  return done;
}
