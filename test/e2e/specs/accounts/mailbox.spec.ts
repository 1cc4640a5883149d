/**
 * The e2e mailbox itself: mail the server's outbox sends goes over SMTP to the receiver that the Playwright
 * runner started, and waitForMail() finds it decoded (a non-ASCII subject, the text and HTML parts, links).
 */
import { createOrganisation, devLogin, invite, newPerson, randomBusinessId } from '../../accounts-api';
import { expect, test } from '../../fixtures';
import { waitForMail } from '../../mailbox';

test('an invitation sent by the server arrives in the e2e mailbox, decoded', async ({ page, baseURL }) => {
  const mainUser = newPerson('Mailia', 'Testaaja');
  const csrfToken = await devLogin(page.request, mainUser);
  const organisation = await createOrganisation(page.request, csrfToken, {
    name: 'Postilaatikko Äänekoski Oy',
    businessId: randomBusinessId(),
    email: mainUser.email,
  });
  const before = new Date();
  const invitee = 'Kutsuttu.Henkilo@Example.com';
  await invite(page.request, csrfToken, organisation.id, { email: invitee, role: 'user' });

  const mail = await waitForMail({
    to: invitee,
    subjectIncludes: 'Kutsu Tietolupa-asiointiin',
    after: before,
  });
  expect(mail.subject).toBe('Kutsu Tietolupa-asiointiin: Postilaatikko Äänekoski Oy');
  expect(mail.text).toContain('Mailia Testaaja kutsui sinut organisaation Postilaatikko Äänekoski Oy');
  expect(mail.html).toContain('<a href="');
  const link = mail.links.find((l) => l.includes('/invitations/accept#token='));
  expect(link, mail.links.join(', ')).toBeDefined();
  expect(link!.startsWith(`${baseURL}/invitations/accept#token=`)).toBe(true);

  // Nothing for someone else, and nothing older than asked for: a clear failure after the timeout.
  await expect(waitForMail({ to: 'nobody@example.com', timeoutMs: 500 })).rejects.toThrow(/No mail to/);
  await expect(
    waitForMail({ to: invitee, after: new Date(Date.now() + 60_000), timeoutMs: 500 }),
  ).rejects.toThrow(/No mail to/);
});
