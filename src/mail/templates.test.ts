import { describe, expect, it } from 'vitest';
import { type MailMessage, renderMail } from './render.js';
import { LANGUAGES } from './templates/types.js';

const invitation: MailMessage = {
  kind: 'invitation',
  vars: {
    organisationName: 'Esimerkkilän kunta',
    businessId: '0990013-6',
    inviterName: 'Tessa Testilä',
    role: 'main_user',
    link: 'https://asiointi.example.fi/invitations/accept#token=abc_DEF-123',
    expiresAt: new Date('2026-12-02T10:00:00Z'),
  },
};
const accountExists: MailMessage = {
  kind: 'account_exists',
  vars: {
    organisationName: 'Esimerkkilän kunta',
    businessId: '0990013-6',
    requesterName: 'Anna-Liisa Milka Sallinen',
    link: 'https://asiointi.example.fi/organisations/42/users',
  },
};

describe('mail templates', () => {
  it.each(
    LANGUAGES.flatMap((language) => [invitation, accountExists].map((m) => [m.kind, language, m] as const)),
  )('renders %s in %s as plain text and HTML with every value and the link', (_kind, language, message) => {
    const mail = renderMail(message, language);
    const person = 'inviterName' in message.vars ? message.vars.inviterName : message.vars.requesterName;
    expect(mail.subject).toContain('Esimerkkilän kunta');
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('Esimerkkilän kunta');
      expect(body).toContain('0990013-6');
      expect(body).toContain(person);
    }
    expect(mail.text).toContain(message.vars.link);
    expect(mail.html).toContain(`<a href="${message.vars.link}">`);
    expect(mail.html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${language}">`));
    expect(mail.text).not.toMatch(/undefined|\[object/);
    expect(mail.html).not.toMatch(/undefined|\[object/);
  });

  it('speaks each language, with the role and the expiry time in it', () => {
    expect(renderMail(invitation, 'fi').text).toContain('pääkäyttäjäksi');
    expect(renderMail(invitation, 'fi').text).toContain('2. joulukuuta 2026 klo 12.00');
    expect(renderMail(invitation, 'sv').text).toContain('huvudanvändare');
    expect(renderMail(invitation, 'sv').text).toContain('2 december 2026 kl. 12.00');
    expect(renderMail(invitation, 'en').text).toContain('as a main user');
    expect(renderMail(invitation, 'en').text).toContain('2 December 2026 at 12:00 (Finnish time)');
    const user = { ...invitation, vars: { ...invitation.vars, role: 'user' as const } };
    expect(renderMail(user, 'fi').text).toContain('käyttäjäksi');
    const subjects = LANGUAGES.map((l) => renderMail(invitation, l).subject);
    expect(new Set(subjects).size).toBe(3);
  });

  it('escapes every value in the HTML', () => {
    const hostile: MailMessage = {
      kind: 'account_exists',
      vars: {
        ...(accountExists.vars as object),
        requesterName: '<script>alert(1)</script>',
        organisationName: 'A & "B" Oy',
      } as typeof accountExists.vars,
    };
    const { html, text } = renderMail(hostile, 'fi');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('A &amp; &quot;B&quot; Oy');
    expect(text).toContain('<script>alert(1)</script>');
  });

  it('refuses a link that is not http(s)', () => {
    const bad = {
      ...accountExists,
      vars: { ...accountExists.vars, link: 'javascript:alert(1)' },
    } as MailMessage;
    expect(() => renderMail(bad, 'en')).toThrow('mail links must be http(s)');
  });
});
