import { describe, expect, it } from 'vitest';
import { LANGUAGES, type MailMessage, renderMail } from '../mail/index.js';

const approval: MailMessage = {
  kind: 'intermediary_approval',
  vars: {
    customerName: 'Esimerkkilän kunta',
    customerBusinessId: '0990013-6',
    supplierName: 'Järjestelmätoimittaja Oy',
    supplierBusinessId: '0245437-2',
    formTitle: 'VTJ-muutosrajapinnan hakemus ja tilaus',
    message: 'Tarkistakaa yhteyshenkilöt.',
    link: 'https://asiointi.example.fi/organisations/42/applications/7',
  },
};
const returned: MailMessage = {
  kind: 'intermediary_returned',
  vars: {
    customerName: 'Esimerkkilän kunta',
    customerBusinessId: '0990013-6',
    supplierName: 'Järjestelmätoimittaja Oy',
    formTitle: 'VTJ-muutosrajapinnan hakemus ja tilaus',
    returnerName: 'Tessa Testilä',
    comment: 'Tekninen yhteyshenkilö on väärä.',
    link: 'https://asiointi.example.fi/organisations/43/applications/7',
  },
};

describe('the intermediary mail templates', () => {
  it.each(LANGUAGES.flatMap((l) => [approval, returned].map((m) => [m.kind, l, m] as const)))(
    'renders %s in %s with the organisations, the text from the other party and the link',
    (_kind, language, message) => {
      const mail = renderMail(message, language);
      expect(mail.subject).toContain('Esimerkkilän kunta');
      for (const body of [mail.text, mail.html]) {
        expect(body).toContain('Järjestelmätoimittaja Oy');
        expect(body).toContain('0990013-6');
      }
      const said = message.kind === 'intermediary_approval' ? message.vars.message : message.vars.comment;
      expect(mail.text).toContain(said);
      expect(mail.text).toContain(message.vars.link);
      expect(mail.html).toContain(`<a href="${message.vars.link}">`);
      expect(mail.text).not.toMatch(/undefined|\[object/);
    },
  );

  it('speaks each language and leaves out an empty message', () => {
    expect(renderMail(approval, 'fi').text).toContain('hyväksyttäväksenne');
    expect(renderMail(approval, 'sv').text).toContain('för godkännande');
    expect(renderMail(approval, 'en').text).toContain('for approval');
    const silent = { ...approval, vars: { ...approval.vars, message: '  ' } } as MailMessage;
    expect(renderMail(silent, 'fi').text).not.toContain('Valmistelijan viesti');
    expect(renderMail(returned, 'sv').text).toContain('Tessa Testilä');
  });

  it('escapes what the other party wrote', () => {
    const hostile = {
      ...returned,
      vars: { ...returned.vars, comment: '<script>alert(1)</script>' },
    } as MailMessage;
    expect(renderMail(hostile, 'fi').html).not.toContain('<script>');
  });
});
