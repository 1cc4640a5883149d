/**
 * Deciding a case: grant (a subset of what was applied for) or deny (with reasons). One transaction moves
 * the application (in_review → granted | denied, the row locked: of two concurrent decisions exactly one
 * wins, the other gets 409), stores the structured decision with its PDF, creates what the grant gives —
 * a data permit in terms_pending, or for a subsystem application an approved X-Road connection on its data
 * permit — records the public event, mails the applicant's users and writes the audit event.
 *
 * Who decides: the handler the case is assigned to; an administrator may decide any case except one
 * assigned to themselves (the preparer does not decide: 403 preparer_cannot_decide).
 */
import { sql } from 'drizzle-orm';
import {
  decideConnection,
  parseXRoadClient,
  registerCertificate,
  registerXRoadSubsystem,
  type Selection,
} from '../access/index.js';
import { isBusinessId } from '../accounts/business-id.js';
import {
  type ApplicationRecord,
  appliedDataGroups,
  appliedEndCustomers,
  appliedSelection,
  appliedTurvakielto,
  type Content,
  formDefinition,
  latestVersion,
  recordEvent,
  transitionApplication,
} from '../applications/index.js';
import type { Config } from '../config.js';
import type { Sql } from '../db/index.js';
import { AppError } from '../errors.js';
import { recordAudit } from '../identity/index.js';
import { PRODUCTS } from '../interfaces/vtjkysely/products.js';
import {
  createGrantedPermit,
  type EndCustomer,
  getPermit,
  getPermitOfApplication,
  helsinkiDate,
  isIsoDate,
  type PermitRecord,
} from '../permits/index.js';
import type { StaffActor } from '../staff/index.js';
import { requireApplication } from './cases.js';
import { type DecisionDocumentInput, renderDecisionDocument } from './decision-document.js';
import {
  notAssigned,
  permitClosed,
  preparerCannotDecide,
  relatedPermitMissing,
  unprocessable,
} from './errors.js';
import { mailApplicant } from './notify.js';
import { insertDecision, listOpenXRoadConnections } from './queries.js';

/** VTJkysely products a grant gives unless the handler names others: the basic person messages. */
export const DEFAULT_PRODUCTS = ['PERUSSANOMA 1', 'PERUSSANOMA 3'] as const;
export const PRODUCT_IDS: readonly string[] = PRODUCTS.map((p) => p.id);
export const DEFAULT_TERMS_DAYS = 30;

export interface EndCustomerInput {
  businessId: string;
  name: string;
  dataGroups: string[];
  approved: boolean;
  turvakielto?: boolean;
}

export type DecisionInput =
  | {
      outcome: 'granted';
      dataGroups?: string[];
      turvakielto?: boolean;
      validFrom?: string;
      validUntil?: string;
      conditions?: string;
      products?: string[];
      endCustomers?: EndCustomerInput[];
      termsDays?: number;
    }
  | { outcome: 'denied'; reasons: string };

/** May this staff member decide the case? (Checked before anything else; the state machine then says when.) */
export function assertMayDecide(
  staff: Pick<StaffActor, 'staffUserId' | 'role'>,
  app: ApplicationRecord,
): void {
  if (app.assignedTo === staff.staffUserId) {
    if (staff.role === 'admin') throw preparerCannotDecide();
    return;
  }
  if (staff.role !== 'admin') throw notAssigned();
}

export function mayDecide(staff: Pick<StaffActor, 'staffUserId' | 'role'>, app: ApplicationRecord): boolean {
  try {
    assertMayDecide(staff, app);
    return true;
  } catch {
    return false;
  }
}

const text = (content: Content, field: string): string | null => {
  const v = content[field];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
};

export async function decideApplication(
  tx: Sql,
  staff: StaffActor,
  applicationId: string,
  input: DecisionInput,
  config: Pick<Config, 'publicBaseUrl'>,
  now: Date,
): Promise<{ decisionId: string; permitId: string | null }> {
  const app = await requireApplication(tx, applicationId);
  assertMayDecide(staff, app);
  // First the state (locks the row): a second, concurrent decision waits here and then gets 409.
  await transitionApplication(
    tx,
    applicationId,
    input.outcome === 'granted' ? 'grant' : 'deny',
    now,
    sql`decided_at = ${now.toISOString()}`,
  );
  const version = await latestVersion(tx, applicationId);
  if (!version) throw new Error(`case ${applicationId} has no sent version`);
  const content = version.content;
  const language = app.language;

  let data: Record<string, unknown>;
  let grantDoc: DecisionDocumentInput['grant'];
  let permitId: string | null = null;
  if (input.outcome === 'denied') {
    data = { reasons: input.reasons };
  } else if (app.form === 'subsystem') {
    const granted = await grantSubsystem(tx, app, content, now);
    permitId = granted.permit.id;
    data = {
      permitId,
      connectionId: granted.connectionId,
      xroadClient: granted.xroadClient,
      conditions: input.conditions ?? '',
    };
    grantDoc = {
      dataGroups: [],
      turvakielto: false,
      turvakieltoLegalBasis: null,
      selection: null,
      products: [],
      endCustomers: [],
      validFrom: null,
      validUntil: null,
      conditions: input.conditions ?? '',
      termsDeadline: null,
      subsystem: { xroadClient: granted.xroadClient, permitReference: granted.permit.reference },
    };
  } else {
    const plan = await planDataPermit(tx, app, content, input, now);
    permitId = await createGrantedPermit(tx, { ...plan.permit, applicationId }, now);
    const connection = await registerAppliedConnection(tx, app, content, permitId, now);
    data = {
      permitId,
      dataGroups: plan.permit.dataGroups,
      turvakielto: plan.permit.turvakielto,
      selection: plan.permit.selection,
      products: plan.permit.products,
      framework: plan.permit.framework,
      endCustomers: plan.permit.endCustomers,
      validFrom: plan.permit.validFrom,
      validUntil: plan.permit.validUntil,
      conditions: plan.conditions,
      termsDeadline: plan.permit.termsDeadline.toISOString(),
      supersedesPermitId: plan.permit.supersedesPermitId,
      ...connection,
    };
    grantDoc = {
      dataGroups: plan.permit.dataGroups,
      turvakielto: plan.permit.turvakielto,
      turvakieltoLegalBasis: plan.permit.turvakielto ? text(content, 'turvakieltoLegalBasis') : null,
      selection: plan.permit.selection,
      products: plan.permit.products,
      endCustomers: plan.permit.endCustomers,
      validFrom: plan.permit.validFrom,
      validUntil: plan.permit.validUntil,
      conditions: plan.conditions,
      termsDeadline: plan.permit.termsDeadline,
      subsystem: null,
    };
  }

  const document = await renderDecisionDocument({
    language,
    reference: app.reference ?? applicationId,
    decidedAt: now,
    subject: formDefinition(app.form)?.title[language] ?? app.form,
    applicant: { name: app.organisation.name, businessId: app.organisation.businessId },
    preparedBy: app.preparedBy && { name: app.preparedBy.name, businessId: app.preparedBy.businessId },
    submittedAt: app.submittedAt ?? version.submittedAt,
    purpose: text(content, 'purpose'),
    decider: staff.name,
    outcome: input.outcome,
    ...(input.outcome === 'denied' ? { reasons: input.reasons } : { grant: grantDoc }),
  });
  const decisionId = await insertDecision(
    tx,
    { applicationId, outcome: input.outcome, data, language, document, decidedBy: staff.staffUserId },
    now,
  );
  await recordEvent(tx, {
    applicationId,
    at: now,
    actor: { kind: 'staff', id: staff.staffUserId },
    type: input.outcome,
    internal: false,
    data: { decisionId, ...(permitId ? { permitId } : {}) },
  });
  const termsDeadline = typeof data.termsDeadline === 'string' ? new Date(data.termsDeadline) : null;
  await mailApplicant(
    tx,
    app,
    (link) => ({
      kind: 'decision_made',
      vars: {
        organisationName: app.organisation.name,
        reference: app.reference ?? '',
        outcome: input.outcome,
        termsDeadline,
        link,
      },
    }),
    config,
    now,
  );
  await recordAudit(
    tx,
    {
      actorUserId: staff.staffUserId,
      action: 'ApplicationDecide',
      organisationId: app.organisation.id,
      targetId: decisionId,
    },
    now,
  );
  return { decisionId, permitId };
}

interface DataPermitPlan {
  permit: {
    organisationId: string;
    interface: 'muutosrajapinta' | 'vtjkysely';
    dataGroups: string[];
    turvakielto: boolean;
    selection: Selection;
    products: string[];
    framework: boolean;
    validFrom: string;
    validUntil: string;
    supersedesPermitId: string | null;
    termsDeadline: Date;
    endCustomers: EndCustomer[];
  };
  conditions: string;
}

/** Checks a grant against what was applied for (422 otherwise) and says what permit it makes. */
async function planDataPermit(
  tx: Sql,
  app: ApplicationRecord,
  content: Content,
  input: Extract<DecisionInput, { outcome: 'granted' }>,
  now: Date,
): Promise<DataPermitPlan> {
  const iface = app.form as 'muutosrajapinta' | 'vtjkysely';
  const applied = new Set(appliedDataGroups(content));
  const groups = [...new Set(input.dataGroups ?? [])];
  if (groups.length === 0) throw unprocessable('data_groups_required', 'Grant at least one data group');
  const notApplied = groups.filter((g) => !applied.has(g));
  if (notApplied.length > 0) {
    throw unprocessable(
      'data_group_not_applied',
      `Only data groups applied for may be granted; not applied for: ${notApplied.join(', ')}`,
    );
  }
  if (input.turvakielto === undefined) {
    throw unprocessable('turvakielto_required', 'Say whether turvakielto data is granted');
  }
  if (input.turvakielto && !appliedTurvakielto(content)) {
    throw unprocessable('turvakielto_not_applied', 'Turvakielto data may be granted only when applied for');
  }
  const { validFrom, validUntil } = input;
  if (!validFrom || !validUntil || !isIsoDate(validFrom) || !isIsoDate(validUntil)) {
    throw unprocessable('validity_required', 'Give validFrom and validUntil as YYYY-MM-DD');
  }
  if (validFrom > validUntil || validUntil < helsinkiDate(now)) {
    throw unprocessable('invalid_validity', 'validUntil must be today or later, and not before validFrom');
  }

  let products: string[] = [];
  if (iface === 'vtjkysely') {
    products = [...new Set(input.products ?? DEFAULT_PRODUCTS)];
    const unknown = products.filter((p) => !PRODUCT_IDS.includes(p));
    if (unknown.length > 0) throw unprocessable('unknown_product', `No such product: ${unknown.join(', ')}`);
    if (products.length === 0) throw unprocessable('products_required', 'Grant at least one product');
  } else if ((input.products ?? []).length > 0) {
    throw unprocessable('products_not_applicable', 'Products are granted on VTJkysely permits only');
  }

  const framework = iface === 'vtjkysely' && content.framework === true;
  const granted = new Set(groups);
  let endCustomers: EndCustomer[];
  if (input.endCustomers !== undefined) {
    if (!framework && input.endCustomers.length > 0) {
      throw unprocessable('not_a_framework_application', 'End customers belong to framework permits only');
    }
    endCustomers = input.endCustomers.map((c) => {
      if (!isBusinessId(c.businessId)) {
        throw unprocessable('invalid_business_id', `Not a valid Y-tunnus: ${c.businessId}`);
      }
      const outside = c.dataGroups.filter((g) => !granted.has(g));
      if (outside.length > 0) {
        throw unprocessable(
          'end_customer_data_group_not_granted',
          `${c.name}: an end customer may get only granted data groups; not granted: ${outside.join(', ')}`,
        );
      }
      if (c.turvakielto && !input.turvakielto) {
        throw unprocessable(
          'turvakielto_not_granted',
          `${c.name}: turvakielto data is not granted on the permit`,
        );
      }
      return {
        businessId: c.businessId,
        name: c.name,
        dataGroups: [...new Set(c.dataGroups)],
        turvakielto: c.turvakielto ?? false,
        approved: c.approved,
      };
    });
  } else {
    // The end customers as applied for, each limited to what the permit grants.
    endCustomers = appliedEndCustomers(content)
      .filter((c) => isBusinessId(c.businessId))
      .map((c) => ({
        businessId: c.businessId,
        name: c.name,
        dataGroups: c.dataGroups.filter((g) => granted.has(g)),
        turvakielto: false,
        approved: true,
      }));
  }

  let supersedesPermitId: string | null = null;
  if (app.kind === 'change' && app.parentPermitId) {
    const parent = await getPermit(tx, app.parentPermitId);
    if (parent && parent.organisation.id === app.organisation.id) supersedesPermitId = parent.id;
  }
  const termsDays = input.termsDays ?? DEFAULT_TERMS_DAYS;
  return {
    permit: {
      organisationId: app.organisation.id,
      interface: iface,
      dataGroups: groups,
      turvakielto: input.turvakielto,
      selection:
        iface === 'muutosrajapinta'
          ? (appliedSelection(content) ?? { kind: 'national' })
          : { kind: 'national' },
      products,
      framework,
      validFrom,
      validUntil,
      supersedesPermitId,
      termsDeadline: new Date(now.getTime() + termsDays * 86_400_000),
      endCustomers,
    },
    conditions: (input.conditions ?? '').trim(),
  };
}

/**
 * A VTJkysely application's connection answer (a subsystem or a client certificate) becomes a PENDING
 * connection on the new permit: the handler approves it in the connections screen after checking it. A
 * certificate that cannot be read (or has expired) is skipped and noted; the customer can register another.
 */
async function registerAppliedConnection(
  tx: Sql,
  app: ApplicationRecord,
  content: Content,
  permitId: string,
  now: Date,
): Promise<Record<string, unknown>> {
  if (app.form !== 'vtjkysely') return {};
  try {
    if (content.connectionMethod === 'xroad') {
      const client = [
        text(content, 'xroadInstance'),
        text(content, 'xroadMemberClass'),
        text(content, 'xroadMemberCode'),
        text(content, 'xroadSubsystemCode'),
      ].join('/');
      const connection = await registerXRoadSubsystem(tx, permitId, client, now);
      return { connectionId: connection.id };
    }
    const pem = text(content, 'clientCertificate');
    if (content.connectionMethod === 'certificate' && pem) {
      const connection = await registerCertificate(tx, permitId, pem, 'production', now);
      return { connectionId: connection.id };
    }
  } catch (error) {
    if (error instanceof AppError && error.status === 400) return { connectionNotRegistered: error.code };
    throw error;
  }
  return {};
}

/**
 * A subsystem application's grant: an APPROVED X-Road connection on the data permit it belongs to — its
 * parent permit, or the permit its related application's grant created (409 when there is none yet).
 */
async function grantSubsystem(
  tx: Sql,
  app: ApplicationRecord,
  content: Content,
  now: Date,
): Promise<{ permit: PermitRecord; connectionId: string; xroadClient: string }> {
  let permit: PermitRecord | undefined;
  if (app.parentPermitId) permit = await getPermit(tx, app.parentPermitId);
  else if (app.relatedApplicationId) permit = await getPermitOfApplication(tx, app.relatedApplicationId);
  if (!permit || permit.organisation.id !== app.organisation.id) throw relatedPermitMissing();
  if (permit.state !== 'terms_pending' && permit.state !== 'active') throw permitClosed(permit.state);
  const client = [
    text(content, 'instance'),
    text(content, 'memberClass'),
    text(content, 'memberCode'),
    text(content, 'subsystemCode'),
  ].join('/');
  if (!parseXRoadClient(client)) {
    throw unprocessable('invalid_subsystem', 'The application does not name a valid X-Road subsystem');
  }
  const open = await listOpenXRoadConnections(tx, permit.id, client);
  const approved = open.find((c) => c.state === 'approved');
  if (approved) return { permit, connectionId: approved.id, xroadClient: client };
  const pending = open.find((c) => c.state === 'pending');
  const connectionId = pending?.id ?? (await registerXRoadSubsystem(tx, permit.id, client, now)).id;
  await decideConnection(tx, connectionId, 'approved', now);
  return { permit, connectionId, xroadClient: client };
}
