import type { MailTexts } from './types.js';

const when = new Intl.DateTimeFormat('fi-FI', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Helsinki',
});
const day = new Intl.DateTimeFormat('fi-FI', { dateStyle: 'long', timeZone: 'Europe/Helsinki' });
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
  intermediaryApproval: (v) => ({
    subject: `Hyväksy hakemus: ${v.formTitle} (${v.customerName})`,
    paragraphs: [
      `${v.supplierName} (${v.supplierBusinessId}) on valmistellut organisaatiolle ${v.customerName} (${v.customerBusinessId}) hakemuksen ”${v.formTitle}” ja lähettänyt sen hyväksyttäväksenne. Saat tämän viestin, koska olet asiakastilin pääkäyttäjä.`,
      ...(v.message.trim() ? [`Valmistelijan viesti: ${v.message.trim()}`] : []),
      'Tarkista hakemus asiointipalvelussa. Hyväksymällä hyväksyt myös hakemuksen ehdot, ja hakemus lähtee Digi- ja väestötietovirastolle. Jos hakemuksessa on korjattavaa, palauta se valmistelijalle ja kerro, mitä pitää korjata.',
    ],
    action: { label: 'Avaa hakemus', url: v.link },
  }),
  intermediaryReturned: (v) => ({
    subject: `Hakemus palautettiin: ${v.formTitle} (${v.customerName})`,
    paragraphs: [
      `${v.returnerName} organisaatiosta ${v.customerName} (${v.customerBusinessId}) palautti organisaatiosi ${v.supplierName} valmisteleman hakemuksen ”${v.formTitle}” hyväksymättä.`,
      `Palautuksen syy: ${v.comment}`,
      'Palautettua hakemusta ei voi enää muokata. Voit tehdä siitä kopion, korjata sen ja lähettää asiakkaalle uudelleen hyväksyttäväksi.',
    ],
    action: { label: 'Avaa hakemus', url: v.link },
  }),
  infoRequested: (v) => ({
    subject: `Täydennyspyyntö hakemukseen ${v.reference}`,
    paragraphs: [
      `Digi- ja väestötietovirasto pyytää täydennystä organisaation ${v.organisationName} hakemukseen ${v.reference}.`,
      `Lue pyyntö ja vastaa siihen asiointipalvelussa viimeistään ${day.format(new Date(`${v.deadline}T12:00:00Z`))}. Jos täydennystä ei saada määräaikaan mennessä, hakemus raukeaa.`,
    ],
    action: { label: 'Avaa hakemus', url: v.link },
  }),
  applicationLapsed: (v) => ({
    subject: `Hakemus ${v.reference} on rauennut`,
    paragraphs: [
      `Organisaation ${v.organisationName} hakemus ${v.reference} on rauennut, koska täydennyspyyntöön ei vastattu määräaikaan mennessä.`,
      'Voit tarvittaessa tehdä uuden hakemuksen asiointipalvelussa.',
    ],
    action: { label: 'Avaa hakemus', url: v.link },
  }),
  decisionMade: (v) => ({
    subject:
      v.outcome === 'granted'
        ? `Päätös hakemukseen ${v.reference}: lupa myönnetty`
        : `Päätös hakemukseen ${v.reference}: lupaa ei myönnetty`,
    paragraphs:
      v.outcome === 'granted'
        ? [
            `Digi- ja väestötietovirasto on tehnyt päätöksen organisaation ${v.organisationName} hakemukseen ${v.reference}. Lupa on myönnetty.`,
            ...(v.termsDeadline
              ? [
                  `Luvan käyttö edellyttää, että organisaation pääkäyttäjä hyväksyy lupaehdot asiointipalvelussa viimeistään ${when.format(v.termsDeadline)}. Muuten lupa raukeaa.`,
                ]
              : []),
            'Päätösasiakirja ja oikaisuvaatimusohje ovat luettavissa asiointipalvelussa.',
          ]
        : [
            `Digi- ja väestötietovirasto on tehnyt päätöksen organisaation ${v.organisationName} hakemukseen ${v.reference}. Lupaa ei myönnetty.`,
            'Perustelut ja oikaisuvaatimusohje ovat päätösasiakirjassa, jonka voit lukea asiointipalvelussa.',
          ],
    action: { label: 'Avaa päätös', url: v.link },
  }),
  permitRevoked: (v) => ({
    subject: `Tietolupa on peruutettu: ${v.organisationName}`,
    paragraphs: [
      `Digi- ja väestötietovirasto on peruuttanut organisaation ${v.organisationName} tietoluvan${v.reference ? ` (hakemus ${v.reference})` : ''}. Luvalla ei voi enää hakea tietoja.`,
      `Peruutuksen syy: ${v.reason}`,
    ],
    action: { label: 'Avaa lupa', url: v.link },
  }),
  footer: 'Tämä on automaattinen viesti Tietolupa-asiointipalvelusta. Älä vastaa tähän viestiin.',
};
