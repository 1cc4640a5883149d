import type { MailTexts } from './types.js';

const when = new Intl.DateTimeFormat('fi-FI', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Helsinki',
});
const roles = { main_user: 'pääkäyttäjä', user: 'käyttäjä' } as const;

export const fi: MailTexts = {
  invitation: (v) => ({
    subject: `Kutsu Tietolupa-asiointiin: ${v.organisationName}`,
    paragraphs: [
      `${v.inviterName} kutsui sinut organisaation ${v.organisationName} (${v.businessId}) asiakastilin ${roles[v.role]}ksi Tietolupa-asiointiin.`,
      'Hyväksy kutsu alla olevasta linkistä. Sinut tunnistetaan vahvasti ennen kuin liityt tiliin.',
      `Linkki on voimassa ${when.format(v.expiresAt)} asti, ja sen voi käyttää vain kerran.`,
      'Jos et odottanut kutsua, voit jättää tämän viestin huomiotta.',
    ],
    action: { label: 'Hyväksy kutsu', url: v.link },
  }),
  accountExists: (v) => ({
    subject: `Uutta asiakastiliä yritettiin luoda: ${v.organisationName}`,
    paragraphs: [
      `${v.requesterName} yritti luoda Tietolupa-asiointiin uuden asiakastilin organisaatiolle ${v.organisationName} (${v.businessId}), jolla on jo asiakastili. Saat tämän viestin, koska olet tilin pääkäyttäjä.`,
      'Jos henkilön kuuluu asioida organisaation puolesta, lähetä hänelle kutsu tilin käyttäjähallinnasta. Muuten sinun ei tarvitse tehdä mitään.',
    ],
    action: { label: 'Avaa käyttäjähallinta', url: v.link },
  }),
  footer: 'Tämä on automaattinen viesti Tietolupa-asiointipalvelusta. Älä vastaa tähän viestiin.',
};
