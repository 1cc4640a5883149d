import type { MailTexts } from './types.js';

const when = new Intl.DateTimeFormat('sv-FI', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Helsinki',
});
const day = new Intl.DateTimeFormat('sv-FI', { dateStyle: 'long', timeZone: 'Europe/Helsinki' });
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
  intermediaryApproval: (v) => ({
    subject: `Godkänn ansökan: ${v.formTitle} (${v.customerName})`,
    paragraphs: [
      `${v.supplierName} (${v.supplierBusinessId}) har förberett ansökan ”${v.formTitle}” för ${v.customerName} (${v.customerBusinessId}) och skickat den till er för godkännande. Du får detta meddelande eftersom du är kundkontots huvudanvändare.`,
      ...(v.message.trim() ? [`Meddelande från den som förberett ansökan: ${v.message.trim()}`] : []),
      'Granska ansökan i e-tjänsten. Genom att godkänna den godkänner du också villkoren i ansökan, och ansökan skickas till Myndigheten för digitalisering och befolkningsdata. Om något behöver rättas, returnera ansökan med en kommentar.',
    ],
    action: { label: 'Öppna ansökan', url: v.link },
  }),
  intermediaryReturned: (v) => ({
    subject: `Ansökan returnerades: ${v.formTitle} (${v.customerName})`,
    paragraphs: [
      `${v.returnerName} vid ${v.customerName} (${v.customerBusinessId}) returnerade ansökan ”${v.formTitle}” som din organisation ${v.supplierName} förberett, utan att godkänna den.`,
      `Orsak: ${v.comment}`,
      'En returnerad ansökan kan inte längre ändras. Du kan göra en kopia av den, rätta kopian och skicka den till kunden för godkännande på nytt.',
    ],
    action: { label: 'Öppna ansökan', url: v.link },
  }),
  infoRequested: (v) => ({
    subject: `Begäran om komplettering av ansökan ${v.reference}`,
    paragraphs: [
      `Myndigheten för digitalisering och befolkningsdata begär komplettering av ansökan ${v.reference} från organisationen ${v.organisationName}.`,
      `Läs begäran och svara i e-tjänsten senast ${day.format(new Date(`${v.deadline}T12:00:00Z`))}. Om kompletteringen inte kommer in inom utsatt tid förfaller ansökan.`,
    ],
    action: { label: 'Öppna ansökan', url: v.link },
  }),
  applicationLapsed: (v) => ({
    subject: `Ansökan ${v.reference} har förfallit`,
    paragraphs: [
      `Ansökan ${v.reference} från organisationen ${v.organisationName} har förfallit eftersom begäran om komplettering inte besvarades inom utsatt tid.`,
      'Vid behov kan ni göra en ny ansökan i e-tjänsten.',
    ],
    action: { label: 'Öppna ansökan', url: v.link },
  }),
  decisionMade: (v) => ({
    subject:
      v.outcome === 'granted'
        ? `Beslut om ansökan ${v.reference}: tillstånd beviljat`
        : `Beslut om ansökan ${v.reference}: tillstånd beviljades inte`,
    paragraphs:
      v.outcome === 'granted'
        ? [
            `Myndigheten för digitalisering och befolkningsdata har fattat beslut om ansökan ${v.reference} från organisationen ${v.organisationName}. Tillståndet har beviljats.`,
            ...(v.termsDeadline
              ? [
                  `Innan tillståndet kan användas ska organisationens huvudanvändare godkänna tillståndsvillkoren i e-tjänsten senast ${when.format(v.termsDeadline)}. Annars förfaller tillståndet.`,
                ]
              : []),
            'Beslutet och anvisningen om begäran om omprövning finns i e-tjänsten.',
          ]
        : [
            `Myndigheten för digitalisering och befolkningsdata har fattat beslut om ansökan ${v.reference} från organisationen ${v.organisationName}. Tillståndet beviljades inte.`,
            'Motiveringen och anvisningen om begäran om omprövning finns i beslutet, som ni kan läsa i e-tjänsten.',
          ],
    action: { label: 'Öppna beslutet', url: v.link },
  }),
  permitRevoked: (v) => ({
    subject: `Datatillståndet har återkallats: ${v.organisationName}`,
    paragraphs: [
      `Myndigheten för digitalisering och befolkningsdata har återkallat datatillståndet för organisationen ${v.organisationName}${v.reference ? ` (ansökan ${v.reference})` : ''}. Uppgifter kan inte längre hämtas med tillståndet.`,
      `Skäl till återkallelsen: ${v.reason}`,
    ],
    action: { label: 'Öppna tillståndet', url: v.link },
  }),
  footer: 'Detta är ett automatiskt meddelande från e-tjänsten Tietolupa. Svara inte på detta meddelande.',
};
