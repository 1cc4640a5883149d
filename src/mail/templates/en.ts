import type { MailTexts } from './types.js';

const when = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Helsinki',
});
const roles = { main_user: 'a main user', user: 'a user' } as const;

export const en: MailTexts = {
  invitation: (v) => ({
    subject: `Invitation to the Tietolupa e-service: ${v.organisationName}`,
    paragraphs: [
      `${v.inviterName} has invited you to join the customer account of ${v.organisationName} (${v.businessId}) in the Tietolupa e-service as ${roles[v.role]}.`,
      'Accept the invitation with the link below. You will be strongly identified before you join the account.',
      `The link is valid until ${when.format(v.expiresAt)} (Finnish time) and can be used only once.`,
      'If you did not expect an invitation, you can ignore this message.',
    ],
    action: { label: 'Accept the invitation', url: v.link },
  }),
  accountExists: (v) => ({
    subject: `Someone tried to create a new customer account: ${v.organisationName}`,
    paragraphs: [
      `${v.requesterName} tried to create a new customer account in the Tietolupa e-service for ${v.organisationName} (${v.businessId}), which already has one. You receive this message because you are a main user of the account.`,
      "If this person should act for the organisation, send them an invitation from the account's user management. Otherwise there is nothing you need to do.",
    ],
    action: { label: 'Open user management', url: v.link },
  }),
  footer: 'This is an automatic message from the Tietolupa e-service. Please do not reply.',
};
