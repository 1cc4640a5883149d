/**
 * The e-service audit trail: one event per action, as IDs only (STYLE: eVaka's audit log). The action names
 * are a closed catalogue here so that a typo cannot invent a new one.
 */
import { sql } from 'drizzle-orm';
import type { Sql } from '../db/index.js';

export type AuditAction =
  | 'SessionLogin'
  | 'SessionLogout'
  | 'OrganisationCreate'
  | 'OrganisationCreateRefused'
  | 'InvitationCreate'
  | 'InvitationAccept'
  | 'MembershipList'
  | 'MembershipRoleChange'
  | 'MembershipRemove'
  | 'PermitList'
  | 'CredentialList'
  | 'CredentialIssue'
  | 'CredentialRotate'
  | 'CredentialRevoke'
  | 'ConnectionList'
  | 'ConnectionRegister'
  // Back office (staff actors: actorUserId is a staff_user id) and permits.
  | 'StaffLogin'
  | 'StaffLogout'
  | 'StaffList'
  | 'StaffCreate'
  | 'StaffUpdate'
  | 'CaseList'
  | 'CaseView'
  | 'CaseAttachmentView'
  | 'CaseAssign'
  | 'CaseNote'
  | 'InfoRequestCreate'
  | 'ApplicationDecide'
  | 'DecisionDocumentView'
  | 'PermitView'
  | 'PermitAcceptTerms'
  | 'PermitRevoke'
  | 'ConnectionApprove'
  | 'ConnectionReject'
  | 'DisclosureSearch'
  // Customers' applications.
  | 'ApplicationList'
  | 'ApplicationView'
  | 'ApplicationCreate'
  | 'ApplicationSave'
  | 'ApplicationSubmit'
  | 'ApplicationWithdraw'
  | 'AttachmentUpload'
  | 'AttachmentDownload'
  | 'AttachmentDelete'
  | 'ApplicationSendToCustomer'
  | 'ApplicationApprove'
  | 'ApplicationReturn'
  | 'InfoRequestAnswer'
  // Citizens: a person reading who has received their own data.
  | 'OwnDisclosureList'
  // Reviewers: checking the disclosure log's hash chain.
  | 'DisclosureLogVerify';

export interface AuditEvent {
  actorUserId: string;
  action: AuditAction;
  organisationId?: string;
  targetId?: string;
}

/** Written in the transaction of the change it records, so the trail and the data never disagree. */
export async function recordAudit(tx: Sql, event: AuditEvent, now: Date): Promise<void> {
  await tx.execute(
    sql`INSERT INTO audit_event (actor_user_id, organisation_id, action, target_id, created_at)
        VALUES (${event.actorUserId}, ${event.organisationId ?? null}, ${event.action}, ${event.targetId ?? null},
                ${now.toISOString()})`,
  );
}
