/**
 * Lays out a template's texts as a plain-text and a simple HTML body. Every value is escaped in the HTML,
 * and only http(s) links are ever put in an href.
 */
import { en } from './templates/en.js';
import { fi } from './templates/fi.js';
import { sv } from './templates/sv.js';
import type {
  AccountExistsVars,
  ApplicationLapsedVars,
  DecisionMadeVars,
  InfoRequestedVars,
  IntermediaryApprovalVars,
  IntermediaryReturnedVars,
  InvitationVars,
  Language,
  MailContent,
  MailTexts,
  PermitRevokedVars,
} from './templates/types.js';

const TEXTS: Readonly<Record<Language, MailTexts>> = { fi, sv, en };

export type MailMessage =
  | { kind: 'invitation'; vars: InvitationVars }
  | { kind: 'account_exists'; vars: AccountExistsVars }
  | { kind: 'intermediary_approval'; vars: IntermediaryApprovalVars }
  | { kind: 'intermediary_returned'; vars: IntermediaryReturnedVars }
  | { kind: 'info_requested'; vars: InfoRequestedVars }
  | { kind: 'application_lapsed'; vars: ApplicationLapsedVars }
  | { kind: 'decision_made'; vars: DecisionMadeVars }
  | { kind: 'permit_revoked'; vars: PermitRevokedVars };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function renderMail(message: MailMessage, language: Language): RenderedMail {
  const texts = TEXTS[language];
  const content = contentOf(texts, message);
  return {
    subject: content.subject,
    text: plainText(content, texts.footer),
    html: html(content, texts.footer, language),
  };
}

function contentOf(texts: MailTexts, message: MailMessage): MailContent {
  switch (message.kind) {
    case 'invitation':
      return texts.invitation(message.vars);
    case 'account_exists':
      return texts.accountExists(message.vars);
    case 'intermediary_approval':
      return texts.intermediaryApproval(message.vars);
    case 'intermediary_returned':
      return texts.intermediaryReturned(message.vars);
    case 'info_requested':
      return texts.infoRequested(message.vars);
    case 'application_lapsed':
      return texts.applicationLapsed(message.vars);
    case 'decision_made':
      return texts.decisionMade(message.vars);
    case 'permit_revoked':
      return texts.permitRevoked(message.vars);
  }
}

function plainText(content: MailContent, footer: string): string {
  return [...content.paragraphs, `${content.action.label}:\n${content.action.url}`, '--', footer].join(
    '\n\n',
  );
}

function html(content: MailContent, footer: string, language: Language): string {
  const url = new URL(content.action.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('mail links must be http(s)');
  const paragraphs = content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="font-family: 'Source Sans 3', Arial, sans-serif; line-height: 1.5; color: #1f2a36;">
${paragraphs}
<p><a href="${escapeHtml(url.href)}">${escapeHtml(content.action.label)}</a></p>
<hr>
<p style="font-size: 0.9em; color: #5f686d;">${escapeHtml(footer)}</p>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
