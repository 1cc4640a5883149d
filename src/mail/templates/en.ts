import type { MailTexts } from './types.js';

const when = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Helsinki',
});
const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Helsinki' });
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
  intermediaryApproval: (v) => ({
    subject: `Approve an application: ${v.formTitle} (${v.customerName})`,
    paragraphs: [
      `${v.supplierName} (${v.supplierBusinessId}) has prepared the application “${v.formTitle}” for ${v.customerName} (${v.customerBusinessId}) and sent it to you for approval. You receive this message because you are a main user of the customer account.`,
      ...(v.message.trim() ? [`Message from the preparer: ${v.message.trim()}`] : []),
      'Check the application in the e-service. By approving it you also accept its terms, and the application goes to the Digital and Population Data Services Agency (DVV). If something needs correcting, return it to the preparer with a comment.',
    ],
    action: { label: 'Open the application', url: v.link },
  }),
  intermediaryReturned: (v) => ({
    subject: `Application returned: ${v.formTitle} (${v.customerName})`,
    paragraphs: [
      `${v.returnerName} of ${v.customerName} (${v.customerBusinessId}) returned the application “${v.formTitle}” that your organisation ${v.supplierName} prepared, without approving it.`,
      `Reason: ${v.comment}`,
      'A returned application can no longer be edited. You can make a copy of it, correct the copy and send it to the customer for approval again.',
    ],
    action: { label: 'Open the application', url: v.link },
  }),
  infoRequested: (v) => ({
    subject: `Request for further information on application ${v.reference}`,
    paragraphs: [
      `The Digital and Population Data Services Agency asks for further information on application ${v.reference} of ${v.organisationName}.`,
      `Read the request and answer it in the e-service by ${day.format(new Date(`${v.deadline}T12:00:00Z`))}. If the information does not arrive by then, the application lapses.`,
    ],
    action: { label: 'Open the application', url: v.link },
  }),
  applicationLapsed: (v) => ({
    subject: `Application ${v.reference} has lapsed`,
    paragraphs: [
      `Application ${v.reference} of ${v.organisationName} has lapsed because the request for further information was not answered in time.`,
      'You can make a new application in the e-service if needed.',
    ],
    action: { label: 'Open the application', url: v.link },
  }),
  decisionMade: (v) => ({
    subject:
      v.outcome === 'granted'
        ? `Decision on application ${v.reference}: permit granted`
        : `Decision on application ${v.reference}: permit not granted`,
    paragraphs:
      v.outcome === 'granted'
        ? [
            `The Digital and Population Data Services Agency has decided application ${v.reference} of ${v.organisationName}. The permit has been granted.`,
            ...(v.termsDeadline
              ? [
                  `Before the permit can be used, a main user of the organisation must accept the permit terms in the e-service by ${when.format(v.termsDeadline)} (Finnish time). Otherwise the permit lapses.`,
                ]
              : []),
            'The decision document and the instructions for requesting a review are in the e-service.',
          ]
        : [
            `The Digital and Population Data Services Agency has decided application ${v.reference} of ${v.organisationName}. The permit was not granted.`,
            'The reasons and the instructions for requesting a review are in the decision document in the e-service.',
          ],
    action: { label: 'Open the decision', url: v.link },
  }),
  permitRevoked: (v) => ({
    subject: `Data permit revoked: ${v.organisationName}`,
    paragraphs: [
      `The Digital and Population Data Services Agency has revoked the data permit of ${v.organisationName}${v.reference ? ` (application ${v.reference})` : ''}. No data can be retrieved with it any more.`,
      `Reason for the revocation: ${v.reason}`,
    ],
    action: { label: 'Open the permit', url: v.link },
  }),
  footer: 'This is an automatic message from the Tietolupa e-service. Please do not reply.',
};
