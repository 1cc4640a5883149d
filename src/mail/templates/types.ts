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

/** A message as texts; render.ts lays it out as plain text and HTML (and escapes the HTML). */
export interface MailContent {
  subject: string;
  paragraphs: string[];
  action: { label: string; url: string };
}

export interface MailTexts {
  invitation(vars: InvitationVars): MailContent;
  accountExists(vars: AccountExistsVars): MailContent;
  /** The last line of every message. */
  footer: string;
}
