/** What every language's mail texts provide; a missing text in one language is a type error. */

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface InvitationVars {
  organisationName: string;
  businessId: string;
  inviterName: string;
  role: 'main_user' | 'user';
  /** The single-use link that carries the invitation token. */
  link: string;
  expiresAt: Date;
}

export interface AccountExistsVars {
  organisationName: string;
  businessId: string;
  /** The person who tried to create a second account, so the main user knows whom to invite. */
  requesterName: string;
  /** Where the main user manages the account's users. */
  link: string;
}

/** A handler asks the applicant for more information by a deadline (täydennyspyyntö). */
export interface InfoRequestedVars {
  organisationName: string;
  reference: string;
  /** The last day to answer (YYYY-MM-DD, a Finnish date). */
  deadline: string;
  link: string;
}

/** An application lapsed: the information request was not answered in time. */
export interface ApplicationLapsedVars {
  organisationName: string;
  reference: string;
  link: string;
}

/** DVV decided an application. */
export interface DecisionMadeVars {
  organisationName: string;
  reference: string;
  outcome: 'granted' | 'denied';
  /** Granted data permits: when the terms must be accepted by; null otherwise. */
  termsDeadline: Date | null;
  link: string;
}

/** DVV revoked a permit. */
export interface PermitRevokedVars {
  organisationName: string;
  /** The reference of the application the permit was granted on, when there is one. */
  reference: string | null;
  reason: string;
  link: string;
}

/** Intermediary model: a supplier sent an application it prepared to the customer's main users for approval. */
export interface IntermediaryApprovalVars {
  customerName: string;
  customerBusinessId: string;
  supplierName: string;
  supplierBusinessId: string;
  /** The form's title in the recipient's language. */
  formTitle: string;
  /** The supplier's message to the customer (may be empty). */
  message: string;
  /** The application in the customer's account. */
  link: string;
}

/** Intermediary model: the customer returned the application to the supplier that prepared it. */
export interface IntermediaryReturnedVars {
  customerName: string;
  customerBusinessId: string;
  supplierName: string;
  formTitle: string;
  /** The main user who returned it. */
  returnerName: string;
  comment: string;
  /** The application in the supplier's account. */
  link: string;
}

/** A message as texts; render.ts lays it out as plain text and HTML (and escapes the HTML). */
export interface MailContent {
  subject: string;
  paragraphs: string[];
  action: { label: string; url: string };
}

export interface MailTexts {
  invitation(vars: InvitationVars): MailContent;
  accountExists(vars: AccountExistsVars): MailContent;
  intermediaryApproval(vars: IntermediaryApprovalVars): MailContent;
  intermediaryReturned(vars: IntermediaryReturnedVars): MailContent;
  infoRequested(vars: InfoRequestedVars): MailContent;
  applicationLapsed(vars: ApplicationLapsedVars): MailContent;
  decisionMade(vars: DecisionMadeVars): MailContent;
  permitRevoked(vars: PermitRevokedVars): MailContent;
  /** The last line of every message. */
  footer: string;
}
