/**
 * The permit terms (lupaehdot) the holder's main user accepts before the permit can be used, in Finnish,
 * Swedish and English. The text depends on the permit: a framework permit may relay data to its approved end
 * customers, and a permit granted turvakielto data carries the rules for handling it.
 */
import type { PermitRecord } from './queries.js';

export interface TermsItem {
  heading: string;
  text: string;
}

export interface PermitTerms {
  title: string;
  items: TermsItem[];
}

type Facts = Pick<PermitRecord, 'framework' | 'turvakielto' | 'interface'>;

const LAW = {
  fi: 'laki väestötietojärjestelmästä ja Digi- ja väestötietoviraston varmennepalveluista (661/2009)',
  sv: 'lagen om befolkningsdatasystemet och Myndigheten för digitalisering och befolkningsdatas certifikattjänster (661/2009)',
  en: 'the Act on the Population Information System and the Certificate Services of the Digital and Population Data Services Agency (661/2009)',
};

function fi(p: Facts): PermitTerms {
  return {
    title: 'Tietoluvan ehdot',
    items: [
      {
        heading: 'Käyttötarkoitus',
        text: 'Luvansaaja saa käyttää väestötietojärjestelmästä luovutettuja tietoja vain lupapäätöksessä mainittuun käyttötarkoitukseen ja vain siltä osin kuin tehtävän hoitaminen sitä edellyttää. Tietoja ei saa käyttää muuhun tarkoitukseen eikä yhdistää muihin tietoihin käyttötarkoituksen vastaisesti.',
      },
      {
        heading: 'Ei edelleenluovutusta',
        text: p.framework
          ? 'Tietoja saa välittää vain lupapäätöksessä hyväksytyille loppuasiakkaille ja vain niiltä osin kuin kullekin loppuasiakkaalle on hyväksytty. Jokaisessa kyselyssä on yksilöitävä loppuasiakas. Muuten tietoja ei saa luovuttaa edelleen.'
          : 'Tietoja ei saa luovuttaa edelleen kolmansille osapuolille, ellei laissa nimenomaisesti toisin säädetä.',
      },
      {
        heading: 'Käytön lokitus',
        text: `Luvansaaja kirjaa jokaisen tietojen haun ja käsittelyn lokiin niin, että siitä käyvät ilmi tiedot hakenut henkilö, ajankohta, henkilö, jonka tietoja haettiin, ja käyttötarkoitus.${p.interface === 'vtjkysely' ? ' VTJkysely-rajapinnan jokaisessa kyselyssä on Loppukayttaja-kentässä yksilöitävä kyselyn tosiasiallisesti tehnyt henkilö.' : ''} Lokitiedot säilytetään viisi vuotta, ja ne annetaan Digi- ja väestötietovirastolle pyynnöstä.`,
      },
      {
        heading: 'Tietoturva',
        text: 'Luvansaaja suojaa tiedot asianmukaisesti: käyttöoikeudet annetaan vain niille, jotka tarvitsevat tietoja tehtävissään, käyttäjätunnukset, salasanat ja varmenteet säilytetään turvallisesti, tietoliikenne salataan ja tiedot poistetaan, kun niitä ei enää tarvita. Tietoturvaloukkauksista ja väärinkäytösepäilyistä ilmoitetaan Digi- ja väestötietovirastolle viipymättä.',
      },
      {
        heading: 'Valvonta ja tarkastusoikeus',
        text: `Digi- ja väestötietovirastolla on oikeus valvoa tietojen käyttöä ja tarkastaa luvansaajan tietojen käsittely, tietoturva ja lokit (${LAW.fi}, 44 §). Luvansaaja antaa valvontaa varten tarvittavat tiedot ja selvitykset.`,
      },
      {
        heading: 'Muutoksista ilmoittaminen',
        text: 'Luvansaaja ilmoittaa Digi- ja väestötietovirastolle etukäteen käyttötarkoituksen, tietojärjestelmän, teknisen toteutuksen, tietojen käsittelijöiden ja yhteyshenkilöiden muutoksista. Käyttötarkoituksen tai tietosisällön muutos edellyttää muutoshakemusta.',
      },
      ...(p.turvakielto
        ? [
            {
              heading: 'Turvakiellon alaiset tiedot',
              text: 'Lupa kattaa turvakiellon alaiset tiedot. Niitä saa käsitellä vain henkilö, jonka tehtävät sitä välttämättä edellyttävät. Turvakiellon alaista osoitetta tai muuta yhteystietoa ei saa luovuttaa edelleen, näyttää muille eikä käyttää tavalla, joka paljastaa henkilön asuinpaikan. Turvakiellon alaisten tietojen käsittely lokitetaan erikseen.',
            },
          ]
        : []),
      {
        heading: 'Luvan peruuttaminen',
        text: 'Digi- ja väestötietovirasto voi peruuttaa luvan, jos luvansaaja rikkoo näitä ehtoja tai tietojen luovuttamisen edellytykset eivät enää täyty.',
      },
    ],
  };
}

function sv(p: Facts): PermitTerms {
  return {
    title: 'Villkor för datatillståndet',
    items: [
      {
        heading: 'Användningsändamål',
        text: 'Tillståndshavaren får använda uppgifter som lämnats ut ur befolkningsdatasystemet endast för det användningsändamål som anges i tillståndsbeslutet och endast i den mån uppgiften kräver det. Uppgifterna får inte användas för andra ändamål och inte samköras med andra uppgifter i strid med ändamålet.',
      },
      {
        heading: 'Inget vidareutlämnande',
        text: p.framework
          ? 'Uppgifter får förmedlas endast till de slutkunder som godkänts i tillståndsbeslutet och endast i den omfattning som godkänts för varje slutkund. Slutkunden ska identifieras i varje förfrågan. I övrigt får uppgifterna inte lämnas ut vidare.'
          : 'Uppgifterna får inte lämnas ut vidare till tredje parter, om inte annat uttryckligen föreskrivs i lag.',
      },
      {
        heading: 'Loggning av användningen',
        text: `Tillståndshavaren loggar varje sökning och behandling av uppgifter så att det framgår vem som sökte uppgifterna, när, vems uppgifter som söktes och för vilket ändamål.${p.interface === 'vtjkysely' ? ' I varje förfrågan i VTJkysely-gränssnittet ska den person som faktiskt gör förfrågan identifieras i fältet Loppukayttaja.' : ''} Loggarna bevaras i fem år och lämnas på begäran till Myndigheten för digitalisering och befolkningsdata.`,
      },
      {
        heading: 'Informationssäkerhet',
        text: 'Tillståndshavaren skyddar uppgifterna på ett ändamålsenligt sätt: behörighet ges endast till dem som behöver uppgifterna i sina uppgifter, användarnamn, lösenord och certifikat förvaras säkert, datatrafiken krypteras och uppgifterna raderas när de inte längre behövs. Säkerhetsincidenter och misstänkt missbruk anmäls utan dröjsmål till Myndigheten för digitalisering och befolkningsdata.',
      },
      {
        heading: 'Tillsyn och granskningsrätt',
        text: `Myndigheten för digitalisering och befolkningsdata har rätt att övervaka användningen av uppgifterna och granska tillståndshavarens behandling av uppgifter, informationssäkerhet och loggar (${LAW.sv}, 44 §). Tillståndshavaren lämnar de uppgifter och utredningar som behövs för tillsynen.`,
      },
      {
        heading: 'Anmälan om ändringar',
        text: 'Tillståndshavaren anmäler i förväg till Myndigheten för digitalisering och befolkningsdata ändringar i användningsändamålet, informationssystemet, det tekniska genomförandet, personuppgiftsbiträdena och kontaktpersonerna. En ändring av användningsändamålet eller datainnehållet kräver en ändringsansökan.',
      },
      ...(p.turvakielto
        ? [
            {
              heading: 'Uppgifter som omfattas av spärrmarkering',
              text: 'Tillståndet omfattar uppgifter som omfattas av spärrmarkering. De får behandlas endast av personer vars uppgifter nödvändigtvis kräver det. En spärrad adress eller andra kontaktuppgifter får inte lämnas ut vidare, visas för andra eller användas på ett sätt som röjer personens boningsort. Behandlingen av spärrade uppgifter loggas separat.',
            },
          ]
        : []),
      {
        heading: 'Återkallande av tillståndet',
        text: 'Myndigheten för digitalisering och befolkningsdata kan återkalla tillståndet om tillståndshavaren bryter mot dessa villkor eller om förutsättningarna för utlämnande av uppgifter inte längre uppfylls.',
      },
    ],
  };
}

function en(p: Facts): PermitTerms {
  return {
    title: 'Terms of the data permit',
    items: [
      {
        heading: 'Purpose limitation',
        text: 'The permit holder may use data disclosed from the Population Information System only for the purpose stated in the permit decision, and only to the extent the task requires. The data must not be used for any other purpose or combined with other data against that purpose.',
      },
      {
        heading: 'No onward disclosure',
        text: p.framework
          ? 'Data may be relayed only to the end customers approved in the permit decision, and only to the extent approved for each of them. Every query must identify the end customer. The data must not be disclosed onward otherwise.'
          : 'The data must not be disclosed onward to third parties unless an Act expressly provides otherwise.',
      },
      {
        heading: 'Logging of use',
        text: `The permit holder logs every retrieval and processing of the data so that the log shows who retrieved it, when, whose data was retrieved and for what purpose.${p.interface === 'vtjkysely' ? ' Every query to the VTJkysely interface must identify the person actually making it in the Loppukayttaja field.' : ''} The logs are kept for five years and handed to the Digital and Population Data Services Agency on request.`,
      },
      {
        heading: 'Data security',
        text: 'The permit holder protects the data appropriately: access is given only to those who need the data in their work, user names, passwords and certificates are kept safe, traffic is encrypted, and the data is deleted when no longer needed. Security breaches and suspected misuse are reported to the Digital and Population Data Services Agency without delay.',
      },
      {
        heading: 'Supervision and the right to audit',
        text: `The Digital and Population Data Services Agency has the right to supervise the use of the data and to audit the permit holder's processing, data security and logs (${LAW.en}, section 44). The permit holder provides the information and reports the supervision needs.`,
      },
      {
        heading: 'Notifying changes',
        text: 'The permit holder notifies the Digital and Population Data Services Agency in advance of changes to the purpose, the information system, the technical implementation, the processors and the contact persons. A change of purpose or of the data needed requires a change application.',
      },
      ...(p.turvakielto
        ? [
            {
              heading: 'Data under a non-disclosure order (turvakielto)',
              text: 'The permit covers data under a non-disclosure order. Only persons whose duties strictly require it may process that data. A protected address or other contact detail must not be disclosed onward, shown to others, or used in a way that reveals where the person lives. Processing of protected data is logged separately.',
            },
          ]
        : []),
      {
        heading: 'Revocation',
        text: 'The Digital and Population Data Services Agency may revoke the permit if the holder breaks these terms or the conditions for disclosing the data no longer hold.',
      },
    ],
  };
}

export function permitTerms(p: Facts): { fi: PermitTerms; sv: PermitTerms; en: PermitTerms } {
  return { fi: fi(p), sv: sv(p), en: en(p) };
}
