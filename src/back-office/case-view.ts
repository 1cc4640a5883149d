/** Everything a handler sees of one case, and what this staff member may do with it now. */
import {
  appliedDataGroups,
  appliedEndCustomers,
  appliedSelection,
  appliedTurvakielto,
  canTransition,
  latestVersion,
  listEvents,
  loadApplication,
} from '../applications/index.js';
import type { Sql } from '../db/index.js';
import { getPermitOfApplication, helsinkiDate } from '../permits/index.js';
import { getDataGroup, isProtectedGroup } from '../register/catalogue/index.js';
import type { StaffActor } from '../staff/index.js';
import { actsAsHandler } from './cases.js';
import { DEFAULT_PRODUCTS, DEFAULT_TERMS_DAYS, mayDecide, PRODUCT_IDS } from './decide.js';
import { caseNotFound } from './errors.js';
import { presentQueueItem } from './presenters.js';
import { getCaseDecision, getQueueRow, listCaseInfoRequests, listVersionSummaries } from './queries.js';
import type { CaseView } from './schemas.js';

export async function buildCaseView(tx: Sql, staff: StaffActor, id: string, now: Date): Promise<CaseView> {
  const row = await getQueueRow(tx, id);
  const app = row && (await loadApplication(tx, id));
  if (!row || !app) throw caseNotFound();
  const [version, versions, events, infoRequests, decision, permit] = [
    await latestVersion(tx, id),
    await listVersionSummaries(tx, id),
    await listEvents(tx, id, { includeInternal: true }),
    await listCaseInfoRequests(tx, id),
    await getCaseDecision(tx, id),
    await getPermitOfApplication(tx, id),
  ];
  const content = version?.content ?? {};
  const dataForm = app.form === 'muutosrajapinta' || app.form === 'vtjkysely';
  return {
    ...presentQueueItem(row, now),
    formVersion: app.formVersion,
    language: app.language,
    parentPermitId: app.parentPermitId,
    relatedApplicationId: app.relatedApplicationId,
    version: version
      ? {
          number: version.number,
          content: version.content,
          attachments: version.attachments.map((a) => ({
            id: a.id,
            field: a.field,
            fileName: a.fileName,
            mediaType: a.mediaType,
            size: a.size,
            sha256: a.sha256,
          })),
          submittedAt: version.submittedAt.toISOString(),
        }
      : null,
    versions: versions.map((v) => ({ number: v.number, submittedAt: v.submittedAt.toISOString() })),
    history: events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      type: e.type,
      actor: { kind: e.actor.kind, id: e.actor.id, name: e.actor.name },
      internal: e.internal,
      data: e.data,
    })),
    infoRequests: infoRequests.map((r) => ({
      id: r.id,
      message: r.message,
      deadline: helsinkiDate(r.deadline),
      deadlineAt: r.deadline.toISOString(),
      createdAt: r.createdAt.toISOString(),
      createdBy: r.createdBy,
      answer: r.answer,
      answeredAt: r.answeredAt?.toISOString() ?? null,
    })),
    decision: decision
      ? {
          id: decision.id,
          outcome: decision.outcome,
          data: decision.data,
          decidedAt: decision.decidedAt.toISOString(),
          decidedBy: decision.decidedBy,
        }
      : null,
    permit: permit ? { id: permit.id, state: permit.state } : null,
    can: {
      assign: canTransition(app.state, 'assign') || app.state === 'info_requested',
      note: true,
      requestInfo: canTransition(app.state, 'request_info') && actsAsHandler(staff, app),
      decide: canTransition(app.state, 'grant') && mayDecide(staff, app),
    },
    decisionOptions: {
      dataGroups: dataForm
        ? appliedDataGroups(content).map((code) => {
            const group = getDataGroup(code);
            return {
              code,
              title: group
                ? { fi: group.names.fi, sv: group.names.sv, en: group.names.en }
                : { fi: code, sv: code, en: code },
              turvakielto: group ? isProtectedGroup(group.code) : false,
            };
          })
        : [],
      turvakieltoApplied: dataForm && appliedTurvakielto(content),
      framework: app.form === 'vtjkysely' && content.framework === true,
      endCustomers: app.form === 'vtjkysely' ? appliedEndCustomers(content) : [],
      selection: app.form === 'muutosrajapinta' ? (appliedSelection(content) ?? { kind: 'national' }) : null,
      products: app.form === 'vtjkysely' ? [...PRODUCT_IDS] : [],
      defaultProducts: app.form === 'vtjkysely' ? [...DEFAULT_PRODUCTS] : [],
      defaultTermsDays: DEFAULT_TERMS_DAYS,
    },
  };
}
