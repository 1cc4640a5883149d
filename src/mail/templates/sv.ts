import type { MailTexts } from './types.js';

const when = new Intl.DateTimeFormat('sv-FI', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Helsinki',
});
const roles = { main_user: 'huvudanvändare', user: 'användare' } as const;

export const sv: MailTexts = {
  invitation: (v) => ({
    subject: `Inbjudan till e-tjänsten Tietolupa: ${v.organisationName}`,
    paragraphs: [
      `${v.inviterName} har bjudit in dig som ${roles[v.role]} av kundkontot för ${v.organisationName} (${v.businessId}) i e-tjänsten Tietolupa.`,
      'Godkänn inbjudan via länken nedan. Du identifieras med stark autentisering innan du ansluter dig till kontot.',
      `Länken gäller till ${when.format(v.expiresAt)} och kan användas bara en gång.`,
      'Om du inte väntade dig en inbjudan kan du lämna detta meddelande utan åtgärd.',
    ],
    action: { label: 'Godkänn inbjudan', url: v.link },
  }),
  accountExists: (v) => ({
    subject: `Någon försökte skapa ett nytt kundkonto: ${v.organisationName}`,
    paragraphs: [
      `${v.requesterName} försökte skapa ett nytt kundkonto i e-tjänsten Tietolupa för ${v.organisationName} (${v.businessId}), som redan har ett kundkonto. Du får detta meddelande eftersom du är kontots huvudanvändare.`,
      'Om personen ska sköta ärenden för organisationen, skicka en inbjudan via kontots användarhantering. Annars behöver du inte göra något.',
    ],
    action: { label: 'Öppna användarhanteringen', url: v.link },
  }),
  footer: 'Detta är ett automatiskt meddelande från e-tjänsten Tietolupa. Svara inte på detta meddelande.',
};
