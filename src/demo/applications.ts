/**
 * The demo world's applications (DESIGN §5, issue #8): the demo municipality's and the intermediary's
 * applications in every state of the application state machine, with their permits, made the way people
 * would make them — through the app's own HTTP routes (app.inject), logged in through the development
 * identification and the development staff login, on a clock that walks through the last two months. So
 * every case has its real history, versions, references, mail, audit events and decision PDFs, and nothing
 * bypasses the state machines. The one thing that needs time to pass, a lapsed case, is made by running the
 * real lapse job at a later moment of that clock.
 *
 * Deterministic (the same answers and timeline relative to `today`), and seeded once: the ids are kept in
 * register_state, and a second call does nothing.
 */
import type { FastifyInstance } from 'fastify';
import PDFDocument from 'pdfkit';
import { getOrganisationByBusinessId } from '../accounts/index.js';
import type { AppDeps } from '../app.js';
import type { ApplicationState, Content, FormId } from '../applications/index.js';
import { loadApplication } from '../applications/index.js';
import { lapseUnansweredCases } from '../back-office/index.js';
import type { Config } from '../config.js';
import type { Database } from '../db/index.js';
import { addDays, getPermitOfApplication, helsinkiEndOfDay, type PermitState } from '../permits/index.js';
import { ManualClock } from '../platform/clock.js';
import { createLogger } from '../platform/logger.js';
import { getState, setState } from '../register/index.js';
import { DEV_STAFF } from '../staff/dev-login.js';
import { DEMO_INTERMEDIARY, DEMO_MUNICIPALITY } from './access.js';
import {
  compulsoryEducation,
  earlyEducationDraft,
  employmentServices,
  energyFramework,
  hobbyVoucher,
  library,
  pupilAdmission,
  rentalHousing,
  sportsBookingDraft,
  wasteManagement,
  waterUtility,
  welcomeLetters,
} from './application-content.js';
import { DEMO_CUSTOMER_USER, DEMO_INTERMEDIARY_USER } from './eservice.js';

const STATE_KEY = 'demo-applications';

/** Who acts in a step: the two demo e-service users, two development handlers, or the system's jobs. */
type Who = 'tessa' | 'joni' | 'hanna' | 'kalle' | 'system';

const CUSTOMERS = { tessa: DEMO_CUSTOMER_USER, joni: DEMO_INTERMEDIARY_USER } as const;
const STAFF_SUBJECTS = { hanna: 'dev-handler', kalle: 'dev-handler-2' } as const;

/** One demo application as the scenario goes along. */
interface Case {
  key: string;
  topic: string;
  form: FormId;
  /** The state the scenario ends in, and the permit's (checked after seeding). */
  expect: { state: ApplicationState; permit?: PermitState };
  id?: string;
  revision: number;
  infoRequestId?: string;
  permitId?: string;
}

interface Step {
  /** Days from today (always in the past) and the Finnish time of day. */
  day: number;
  time: string;
  who: Who;
  run: (user: DemoUser, c: Case, date: string) => Promise<unknown>;
}

interface Scenario extends Omit<Case, 'revision'> {
  steps: Step[];
}

export interface StoredDemoApplication {
  key: string;
  id: string;
  topic: string;
  expect: { state: ApplicationState; permit?: PermitState };
}

/** A demo application as `npm run demo-world` and GET /api/demo-world list it (its state as it is now). */
export interface DemoApplicationView {
  reference: string | null;
  form: FormId;
  state: ApplicationState;
  permitState: PermitState | null;
  topic: string;
  applicant: string;
  preparedBy: string | null;
  /** Who opens it in the e-service (the development login's test person), and where. */
  openAs: string;
  customerPath: string;
  /** Where DVV's staff handle it (null while it has not been sent to DVV). */
  backOfficePath: string | null;
}

export interface DemoStaffLogin {
  subject: string;
  name: string;
  role: 'handler' | 'admin';
}

export const DEMO_STAFF_LOGINS: readonly DemoStaffLogin[] = DEV_STAFF.map((s) => ({
  subject: s.subject,
  name: s.name,
  role: s.role,
}));

const at = (day: number, time: string, who: Who, run: Step['run']): Step => ({ day, time, who, run });

/** Valid until the end of the second year after the decision. */
const validity = (date: string) => ({ validFrom: date, validUntil: `${Number(date.slice(0, 4)) + 2}-12-31` });

function scenarios(today: string, followed: readonly string[]): Scenario[] {
  return [
    {
      key: 'draft',
      topic: 'Varhaiskasvatuksen asiakastietojärjestelmä',
      form: 'muutosrajapinta',
      expect: { state: 'draft' },
      steps: [
        at(-3, '13:40', 'tessa', (u, c) => u.start(c, earlyEducationDraft())),
        at(-2, '09:15', 'tessa', (u, c) => {
          const content = earlyEducationDraft();
          const groups = content.dataGroups as Record<string, { justification: string; legalBasis: string }>;
          groups.VAKINAINEN_KOTIMAINEN_OSOITE = {
            justification: 'Varhaiskasvatuspäätökset ja laskut lähetetään huoltajan osoitteeseen.',
            legalBasis: 'Varhaiskasvatuslaki (540/2018) 41 §',
          };
          return u.save(c, content);
        }),
      ],
    },
    {
      key: 'intermediary-draft',
      topic: 'Liikuntapalvelujen ajanvarausjärjestelmä',
      form: 'vtjkysely',
      expect: { state: 'intermediary_draft' },
      steps: [
        at(-1, '10:30', 'joni', (u, c) => u.start(c, sportsBookingDraft(), { onBehalfOfCustomer: true })),
      ],
    },
    {
      key: 'awaiting-approval',
      topic: 'Kirjastojärjestelmän asiakasrekisteri',
      form: 'vtjkysely',
      expect: { state: 'awaiting_customer_approval' },
      steps: [
        at(-6, '14:05', 'joni', (u, c) => u.start(c, library(), { onBehalfOfCustomer: true })),
        at(-5, '09:50', 'joni', (u, c) =>
          u.sendToCustomer(
            c,
            'Hei, tässä kirjastojärjestelmän VTJkysely-hakemus, jonka kävimme läpi viime viikon palaverissa. Tarkistattehan yhteyshenkilöt ja hyväksytte hakemuksen, niin se lähtee DVV:lle.',
          ),
        ),
      ],
    },
    {
      key: 'returned',
      topic: 'Työllisyyspalvelujen asiakasrekisteri',
      form: 'muutosrajapinta',
      expect: { state: 'returned_by_customer' },
      steps: [
        at(-11, '10:00', 'joni', (u, c) =>
          u.start(c, employmentServices(followed), { onBehalfOfCustomer: true }),
        ),
        at(-10, '15:20', 'joni', (u, c) =>
          u.sendToCustomer(c, 'Työllisyyspalvelujen muutosrajapintahakemus hyväksyttäväksenne.'),
        ),
        at(-8, '11:45', 'tessa', (u, c) =>
          u.returnToSupplier(
            c,
            'Siviilisäätyä ja ammattia emme tarvitse palvelutarpeen arviointiin, joten poistakaa ne tietoryhmistä ja lähettäkää hakemus uudelleen.',
          ),
        ),
      ],
    },
    {
      key: 'submitted',
      topic: 'Perusopetuksen oppilaaksiotto',
      form: 'vtjkysely',
      expect: { state: 'submitted' },
      steps: [
        at(-4, '12:30', 'tessa', (u, c) => u.start(c, pupilAdmission())),
        at(-1, '14:10', 'tessa', (u, c) => u.submit(c)),
      ],
    },
    {
      key: 'in-review',
      topic: 'Vuokra-asuntojen asukasvalinta',
      form: 'vtjkysely',
      expect: { state: 'in_review' },
      steps: [
        at(-17, '09:20', 'joni', (u, c) => u.start(c, rentalHousing(), { onBehalfOfCustomer: true })),
        at(-16, '13:00', 'joni', (u, c) =>
          u.sendToCustomer(c, 'Asuntotoimen hakemus valmis, pyydän hyväksyntäänne.'),
        ),
        at(-15, '08:40', 'tessa', (u, c) => u.approve(c)),
        at(-12, '10:15', 'hanna', async (u, c) => {
          await u.assign(c);
          await u.note(
            c,
            'Korkotukilain 11 § koskee asukasvalintaa; kotikunnan tarve perusteltu. Tarkistan vielä, riittääkö nimi ja osoite ilman kotikuntaa.',
          );
        }),
      ],
    },
    {
      key: 'info-requested',
      topic: 'Oppivelvollisuuden valvonta (turvakielto)',
      form: 'muutosrajapinta',
      expect: { state: 'info_requested' },
      steps: [
        at(-23, '10:05', 'tessa', async (u, c, date) => {
          await u.start(c, compulsoryEducation());
          const file = await u.upload(
            c,
            'attachments',
            'tietoturvaselvitys-oppilashallinto.pdf',
            await demoPdf(
              'Oppilashallintojärjestelmän tietoturvaselvitys',
              [
                'Esimerkkilän kunta, sivistystoimi',
                'Turvakieltohenkilöiden tiedot näkyvät vain erikseen nimetyille oppilaspaikkasihteereille.',
                'Käyttölokit säilytetään viisi vuotta, ja tietosuojavastaava tarkistaa ne kuukausittain.',
              ],
              date,
            ),
          );
          await u.save(c, { ...compulsoryEducation(), attachments: [file] });
        }),
        at(-22, '14:45', 'tessa', (u, c) => u.submit(c)),
        at(-19, '09:30', 'hanna', (u, c) => u.assign(c)),
        at(-6, '13:15', 'hanna', async (u, c) => {
          await u.note(c, 'Turvakiellon käsittelykuvaus on hyvä; kotikunnan tarve kaipaa vielä perustelua.');
          await u.requestInfo(
            c,
            'Perustelkaa tarkemmin, miksi oppivelvollisuuden valvonta edellyttää turvakieltohenkilöiden kotikuntaa ja osoitetta, ja kertokaa, kuka voi nähdä turvakieltolasten osoitteet oppilashallintojärjestelmässä.',
            addDays(today, 14),
          );
        }),
      ],
    },
    {
      key: 'granted-terms-pending',
      topic: 'Välityspalvelu: Esimerkki Energia Oy',
      form: 'vtjkysely',
      expect: { state: 'granted', permit: 'terms_pending' },
      steps: [
        at(-27, '11:10', 'joni', (u, c) => u.start(c, energyFramework())),
        at(-26, '16:00', 'joni', (u, c) => u.submit(c)),
        at(-24, '08:55', 'kalle', (u, c) => u.assign(c)),
        at(-4, '14:30', 'kalle', (u, c, date) =>
          u.decide(c, {
            outcome: 'granted',
            dataGroups: ['HENKILON_NIMI', 'VAKINAINEN_KOTIMAINEN_OSOITE', 'KUOLINPAIVA'],
            turvakielto: false,
            ...validity(date),
            products: ['PERUSSANOMA 1'],
            conditions:
              'Tietoja saa välittää vain loppuasiakkaalle Esimerkki Energia Oy sen hakemuksessa kuvattuun käyttötarkoitukseen. Kotimaista postiosoitetta ei myönnetä, koska vakinainen osoite riittää laskutukseen.',
          }),
        ),
      ],
    },
    {
      key: 'granted-active',
      topic: 'Vesihuoltolaitoksen asiakasrekisteri',
      form: 'muutosrajapinta',
      expect: { state: 'granted', permit: 'active' },
      steps: [
        at(-60, '09:05', 'tessa', (u, c) => u.start(c, waterUtility())),
        at(-59, '14:20', 'tessa', (u, c) => u.submit(c)),
        at(-56, '10:10', 'hanna', (u, c) => u.assign(c)),
        at(-52, '13:30', 'hanna', (u, c) =>
          u.requestInfo(
            c,
            'Kertokaa, miksi vesihuoltolaitos tarvitsee kuolinpäivän, ja toimittakaa asiakasrekisterin tietoturvaselvitys.',
            addDays(today, -38),
          ),
        ),
        at(-49, '11:00', 'tessa', async (u, c, date) => {
          await u.upload(
            c,
            `info-request:${c.infoRequestId}`,
            'tietoturvaselvitys-vesihuolto.pdf',
            await demoPdf(
              'Vesihuoltolaitoksen asiakasrekisterin tietoturvaselvitys',
              [
                'Esimerkkilän kunta, vesihuoltolaitos',
                'Asiakasrekisteriin on pääsy vain laskutuksen ja asiakaspalvelun henkilöstöllä.',
                'Kuolintiedon perusteella liittymissopimus siirretään kuolinpesälle.',
              ],
              date,
            ),
          );
          await u.answer(
            c,
            'Kun liittymän omistaja kuolee, vesihuoltolaitoksen on siirrettävä liittymis- ja käyttösopimus kuolinpesälle ja lopetettava laskutus vainajan nimissä. Tietoturvaselvitys on liitteenä.',
          );
        }),
        at(-44, '15:00', 'hanna', (u, c, date) =>
          u.decide(c, {
            outcome: 'granted',
            dataGroups: [
              'HENKILON_NIMI',
              'VAKINAINEN_KOTIMAINEN_OSOITE',
              'KOTIMAINEN_POSTIOSOITE',
              'KUOLINPAIVA',
            ],
            turvakielto: false,
            ...validity(date),
            conditions:
              'Tietoja saa käyttää vain vesihuoltolaitoksen asiakasrekisterin ylläpitoon. Muutostiedot on haettava vähintään kerran viikossa.',
          }),
        ),
        at(-42, '08:45', 'tessa', (u, c) => u.acceptTerms(c)),
      ],
    },
    {
      key: 'denied',
      topic: 'Tervetulokirjeet uusille asukkaille',
      form: 'vtjkysely',
      expect: { state: 'denied' },
      steps: [
        at(-36, '10:25', 'tessa', (u, c) => u.start(c, welcomeLetters())),
        at(-35, '09:40', 'tessa', (u, c) => u.submit(c)),
        at(-33, '13:05', 'hanna', (u, c) => u.assign(c)),
        at(-18, '10:50', 'hanna', (u, c) =>
          u.decide(c, {
            outcome: 'denied',
            reasons:
              'Tervetulokirjeiden ja palveluesitteiden lähettäminen on kunnan vapaaehtoista viestintää eikä lakisääteinen tehtävä. Hakemuksessa ei ole esitetty lainkohtaa, joka oikeuttaisi käsittelemään väestötietojärjestelmän tietoja tähän käyttötarkoitukseen, joten tietolupaa ei voida myöntää.',
          }),
        ),
      ],
    },
    {
      key: 'lapsed',
      topic: 'Nuorisopalvelujen harrastusseteli',
      form: 'vtjkysely',
      expect: { state: 'lapsed' },
      steps: [
        at(-52, '12:00', 'tessa', (u, c) => u.start(c, hobbyVoucher())),
        at(-50, '09:10', 'tessa', (u, c) => u.submit(c)),
        at(-47, '14:00', 'kalle', (u, c) => u.assign(c)),
        at(-45, '10:20', 'kalle', (u, c) =>
          u.requestInfo(
            c,
            'Huoltajatietoja ei voi hakea VTJkyselyllä harrastussetelin hakijan iän tarkistamiseksi. Kertokaa, mihin huoltajatietoja tarvitaan, tai poistakaa tietoryhmä hakemuksesta.',
            addDays(today, -30),
          ),
        ),
        // Nobody answered: the next morning the lapse job closes the case.
        at(-29, '06:00', 'system', () => Promise.resolve()),
      ],
    },
    {
      key: 'withdrawn',
      topic: 'Jätehuollon asiakasrekisteri',
      form: 'muutosrajapinta',
      expect: { state: 'withdrawn' },
      steps: [
        at(-39, '13:30', 'tessa', (u, c) => u.start(c, wasteManagement())),
        at(-38, '10:00', 'tessa', (u, c) => u.submit(c)),
        at(-36, '11:35', 'hanna', (u, c) => u.assign(c)),
        at(-34, '08:30', 'tessa', (u, c) => u.withdraw(c)),
      ],
    },
  ];
}

/** The Finnish local time HH:MM of that day, as an instant. */
function helsinkiTime(date: string, time: string): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const minutesToMidnight = 24 * 60 - (h * 60 + m);
  return new Date(helsinkiEndOfDay(date).getTime() + 1 - minutesToMidnight * 60_000);
}

/** A small PDF (an attachment a customer would upload), dated to the step. */
function demoPdf(title: string, lines: string[], date: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: title, Author: 'Esimerkkilän kunta', CreationDate: new Date(`${date}T09:00:00Z`) },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(16).text(title).moveDown();
    doc.font('Helvetica').fontSize(11);
    for (const line of lines) doc.text(line).moveDown(0.5);
    doc.end();
  });
}

let clients = 0;
/** Each login from its own documentation address (RFC 5737), as different people's would be. */
const nextAddress = () => `192.0.2.${(clients++ % 250) + 1}`;

/** A logged-in demo user: the customer API for Tessa and Joni, the back-office API for the handlers. */
class DemoUser {
  constructor(
    private readonly app: FastifyInstance,
    private readonly headers: Record<string, string>,
    /** The organisation the customer acts in (null for staff). */
    private readonly organisationId: string | null,
    private readonly logoutUrl: string,
  ) {}

  private async send<T>(c: Case, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object): Promise<T> {
    const res = await this.app.inject({
      method,
      url,
      headers: this.headers,
      ...(payload ? { payload: payload as Record<string, unknown> } : {}),
    });
    if (res.statusCode >= 300) {
      throw new Error(`demo application ${c.key}: ${method} ${url} answered ${res.statusCode} ${res.body}`);
    }
    return res.json() as T;
  }

  private applicationUrl(c: Case, suffix = ''): string {
    if (!c.id) throw new Error(`demo application ${c.key} has not been started`);
    return `/api/organisations/${this.organisationId}/applications/${c.id}${suffix}`;
  }

  /** Starts the application (for the municipality, when prepared by the intermediary) and saves the answers. */
  async start(c: Case, content: Content, options: { onBehalfOfCustomer?: boolean } = {}): Promise<void> {
    const view = await this.send<{ id: string; revision: number }>(
      c,
      'POST',
      `/api/organisations/${this.organisationId}/applications`,
      {
        form: c.form,
        kind: 'new',
        ...(options.onBehalfOfCustomer ? { onBehalfOf: { businessId: DEMO_MUNICIPALITY.businessId } } : {}),
      },
    );
    c.id = view.id;
    c.revision = view.revision;
    await this.save(c, content);
  }

  async save(c: Case, content: Content): Promise<void> {
    const saved = await this.send<{ revision: number }>(c, 'PUT', this.applicationUrl(c, '/content'), {
      content,
      revision: c.revision,
    });
    c.revision = saved.revision;
  }

  /** Uploads a PDF for a form field (or `info-request:<id>`); returns the attachment id. */
  async upload(c: Case, field: string, fileName: string, content: Buffer): Promise<string> {
    const boundary = `tietolupa-demo-${clients}`;
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="field"\r\n\r\n${field}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
          'Content-Type: application/pdf\r\n\r\n',
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await this.app.inject({
      method: 'POST',
      url: this.applicationUrl(c, '/attachments'),
      headers: { ...this.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    if (res.statusCode !== 201) {
      throw new Error(`demo application ${c.key}: upload answered ${res.statusCode} ${res.body}`);
    }
    return (res.json() as { id: string }).id;
  }

  submit(c: Case) {
    return this.send(c, 'POST', this.applicationUrl(c, '/submit'));
  }
  sendToCustomer(c: Case, message: string) {
    return this.send(c, 'POST', this.applicationUrl(c, '/send-to-customer'), { message });
  }
  approve(c: Case) {
    return this.send(c, 'POST', this.applicationUrl(c, '/approve'));
  }
  returnToSupplier(c: Case, comment: string) {
    return this.send(c, 'POST', this.applicationUrl(c, '/return'), { comment });
  }
  withdraw(c: Case) {
    return this.send(c, 'POST', this.applicationUrl(c, '/withdraw'));
  }
  answer(c: Case, answer: string) {
    return this.send(c, 'POST', this.applicationUrl(c, `/info-requests/${c.infoRequestId}/answer`), {
      answer,
    });
  }
  async acceptTerms(c: Case): Promise<void> {
    await this.send(
      c,
      'POST',
      `/api/organisations/${this.organisationId}/permits/${c.permitId}/accept-terms`,
    );
  }

  // ---- The back office ----

  private caseUrl(c: Case, suffix = ''): string {
    return `/api/back-office/applications/${c.id}${suffix}`;
  }
  assign(c: Case) {
    return this.send(c, 'POST', this.caseUrl(c, '/assign'), {});
  }
  note(c: Case, text: string) {
    return this.send(c, 'POST', this.caseUrl(c, '/notes'), { text });
  }
  async requestInfo(c: Case, message: string, deadline: string): Promise<void> {
    const view = await this.send<{ infoRequests: { id: string }[] }>(
      c,
      'POST',
      this.caseUrl(c, '/info-requests'),
      {
        message,
        deadline,
      },
    );
    c.infoRequestId = view.infoRequests.at(-1)?.id;
  }
  async decide(c: Case, decision: Record<string, unknown>): Promise<void> {
    const view = await this.send<{ permit: { id: string } | null }>(
      c,
      'POST',
      this.caseUrl(c, '/decision'),
      decision,
    );
    if (view.permit) c.permitId = view.permit.id;
  }

  async logout(): Promise<void> {
    await this.app.inject({ method: 'POST', url: this.logoutUrl, headers: this.headers });
  }
}

function cookieHeader(res: { cookies: { name: string; value: string }[] }): string {
  return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

async function login(app: FastifyInstance, who: Exclude<Who, 'system'>, orgIds: Record<string, string>) {
  if (who === 'tessa' || who === 'joni') {
    const user = CUSTOMERS[who];
    const res = await app.inject({
      method: 'POST',
      url: '/api/identity/dev/login',
      payload: { hetu: user.person.hetu },
      remoteAddress: nextAddress(),
    });
    if (res.statusCode !== 200)
      throw new Error(`demo login of ${who} answered ${res.statusCode} ${res.body}`);
    const { csrfToken } = res.json() as { csrfToken: string };
    const headers = { cookie: cookieHeader(res), 'x-csrf-token': csrfToken };
    return new DemoUser(app, headers, orgIds[user.organisation.businessId] ?? null, '/api/session/logout');
  }
  const res = await app.inject({
    method: 'POST',
    url: '/api/back-office/login/development',
    payload: { subject: STAFF_SUBJECTS[who] },
    remoteAddress: nextAddress(),
  });
  if (res.statusCode !== 204)
    throw new Error(`demo staff login of ${who} answered ${res.statusCode} ${res.body}`);
  const cookie = cookieHeader(res);
  const session = await app.inject({ method: 'GET', url: '/api/back-office/session', headers: { cookie } });
  const { csrfToken } = session.json() as { csrfToken: string };
  return new DemoUser(app, { cookie, 'x-csrf-token': csrfToken }, null, '/api/back-office/logout');
}

export async function hasDemoApplications(db: Database): Promise<boolean> {
  return (await getState(db.orm, STATE_KEY)) !== undefined;
}

/**
 * Seeds the demo applications once (after seedDemoAccess and seedDemoEservice); returns false when they
 * exist already. `followed` are register persons for the list of persons a change-interface application
 * follows.
 */
export async function seedDemoApplications(
  db: Database,
  config: Config,
  options: { today: string; followed: readonly string[]; report: (message: string) => void },
): Promise<boolean> {
  if (!config.demo) throw new Error('demo seeding is disabled (DEMO=false or NODE_ENV=production)');
  if (await hasDemoApplications(db)) return false;
  const { today, report } = options;
  const started = performance.now();
  const cases = scenarios(today, options.followed);
  const steps = cases
    .flatMap((scenario) => scenario.steps.map((step) => ({ step, scenario })))
    .map((s) => ({ ...s, when: helsinkiTime(addDays(today, s.step.day), s.step.time) }))
    .sort((a, b) => a.when.getTime() - b.when.getTime());
  const state = new Map<string, Case>(cases.map((s) => [s.key, { ...s, revision: 1 }]));

  const orgIds: Record<string, string> = {};
  for (const organisation of [DEMO_MUNICIPALITY, DEMO_INTERMEDIARY]) {
    const found = await getOrganisationByBusinessId(db.orm, organisation.businessId);
    if (!found) throw new Error(`the demo world has no organisation ${organisation.businessId}`);
    orgIds[organisation.businessId] = found.id;
  }

  // The app itself, on a clock of its own, without a mail worker (the server's own sends the mail later).
  // Imported here: app.ts serves the demo routes, which read this module.
  const { buildApp } = await import('../app.js');
  const clock = new ManualClock(steps[0]?.when ?? new Date());
  const deps: AppDeps = {
    config: { ...config, mailPollSeconds: 0 },
    db,
    clock,
    logger: createLogger({ level: 'warn', name: 'demo-applications' }),
  };
  const app = await buildApp(deps);
  await app.ready();
  try {
    report(
      `  applications: ${cases.length} in every state, ${steps.length} steps from ${addDays(today, steps[0]?.step.day ?? 0)}`,
    );
    for (const [index, { step, scenario, when }] of steps.entries()) {
      clock.set(when);
      const c = state.get(scenario.key) as Case;
      if (step.who === 'system') {
        await lapseUnansweredCases(db, deps.config, when);
      } else {
        const user = await login(app, step.who, orgIds);
        await step.run(user, c, addDays(today, step.day));
        await user.logout();
      }
      if ((index + 1) % 20 === 0) report(`  applications: ${index + 1} of ${steps.length} steps`);
    }
  } finally {
    await app.close();
  }
  const stored: StoredDemoApplication[] = [...state.values()].map((c) => ({
    key: c.key,
    id: c.id as string,
    topic: c.topic,
    expect: c.expect,
  }));
  await setState(db.orm, STATE_KEY, { applications: stored }, clock.now());
  report(`  applications ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

export async function listStoredDemoApplications(db: Database): Promise<StoredDemoApplication[]> {
  return (await getState<{ applications: StoredDemoApplication[] }>(db.orm, STATE_KEY))?.applications ?? [];
}

/** The demo applications as they are now (a newcomer may have moved them on), in the state machine's order. */
export async function describeDemoApplications(db: Database): Promise<DemoApplicationView[]> {
  const views: DemoApplicationView[] = [];
  for (const stored of await listStoredDemoApplications(db)) {
    const application = await loadApplication(db.orm, stored.id);
    if (!application) continue;
    const permit = await getPermitOfApplication(db.orm, stored.id);
    // The supplier's to work on: its own draft, and one the customer returned (to copy and correct).
    const supplierSide =
      application.state === 'intermediary_draft' || application.state === 'returned_by_customer';
    const viewer = supplierSide && application.preparedBy ? application.preparedBy : application.organisation;
    const user =
      viewer.businessId === DEMO_INTERMEDIARY.businessId ? DEMO_INTERMEDIARY_USER : DEMO_CUSTOMER_USER;
    views.push({
      reference: application.reference,
      form: application.form,
      state: application.state,
      permitState: permit?.state ?? null,
      topic: stored.topic,
      applicant: application.organisation.name,
      preparedBy: application.preparedBy?.name ?? null,
      openAs: `${user.person.firstNames} ${user.person.lastName}`,
      customerPath: `/organisations/${viewer.id}/applications/${application.id}`,
      backOfficePath: application.submittedAt ? `/back-office/applications/${application.id}` : null,
    });
  }
  return views;
}
