import { describe, expect, it } from 'vitest';
import { LANGUAGES, type MailMessage, renderMail } from '../mail/index.js';

const link = 'https://asiointi.example.fi/organisations/42/applications/7';
const org = 'Esimerkkilän kunta';
const messages: MailMessage[] = [
  {
    kind: 'info_requested',
    vars: { organisationName: org, reference: 'TL-2026-000042', deadline: '2026-12-09', link },
  },
  { kind: 'application_lapsed', vars: { organisationName: org, reference: 'TL-2026-000042', link } },
  {
    kind: 'decision_made',
    vars: {
      organisationName: org,
      reference: 'TL-2026-000042',
      outcome: 'granted',
      termsDeadline: new Date('2026-12-25T10:00:00Z'),
      link,
    },
  },
  {
    kind: 'decision_made',
    vars: {
      organisationName: org,
      reference: 'TL-2026-000042',
      outcome: 'denied',
      termsDeadline: null,
      link,
    },
  },
  {
    kind: 'permit_revoked',
    vars: { organisationName: org, reference: 'TL-2026-000042', reason: 'Käyttötarkoitus päättyi', link },
  },
];

describe('back-office mail templates', () => {
  it.each(LANGUAGES.flatMap((language) => messages.map((m) => [m.kind, language, m] as const)))(
    'renders %s in %s with the organisation, the reference and the link',
    (_kind, language, message) => {
      const mail = renderMail(message, language);
      for (const body of [mail.text, mail.html]) {
        expect(body).toContain(org);
        expect(body).toContain('TL-2026-000042');
      }
      expect(mail.subject).toMatch(/TL-2026-000042|Esimerkkilän kunta/);
      expect(mail.text).toContain(link);
      expect(mail.html).toContain(`<a href="${link}">`);
      expect(mail.text).not.toMatch(/undefined|\[object|null/);
    },
  );

  it('gives the deadline as a Finnish date and says what follows from missing it', () => {
    const [info] = messages;
    expect(renderMail(info as MailMessage, 'fi').text).toContain('9. joulukuuta 2026');
    expect(renderMail(info as MailMessage, 'fi').text).toContain('hakemus raukeaa');
    expect(renderMail(info as MailMessage, 'sv').text).toContain('9 december 2026');
    expect(renderMail(info as MailMessage, 'en').text).toContain('9 December 2026');
    const granted = messages[2] as MailMessage;
    expect(renderMail(granted, 'fi').text).toContain('25. joulukuuta 2026 klo 12.00');
    expect(renderMail(granted, 'sv').subject).toBe('Beslut om ansökan TL-2026-000042: tillstånd beviljat');
    expect(renderMail(messages[3] as MailMessage, 'fi').subject).toBe(
      'Päätös hakemukseen TL-2026-000042: lupaa ei myönnetty',
    );
    expect(renderMail(messages[4] as MailMessage, 'fi').text).toContain(
      'Peruutuksen syy: Käyttötarkoitus päättyi',
    );
  });
});
