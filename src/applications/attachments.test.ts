import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../accounts/test-data.js';
import { query } from '../db/index.js';
import { loginAs, type TestSession } from '../identity/test-login.js';
import { buildTestApp, type TestApp } from '../test-app.js';
import { contentDisposition, detectKind, sanitiseFileName } from './attachments.js';
import { latestVersion } from './index.js';
import type { ApplicationView } from './schemas.js';
import { completeContent, FILES, multipart } from './test-data.js';

let t: TestApp;
let tessa: TestSession;
let minerva: TestSession;
let org: { id: string; businessId: string };
let other: { id: string };

beforeAll(async () => {
  t = await buildTestApp();
  tessa = await loginAs(t.app, { hetu: '010280-952L' });
  minerva = await loginAs(t.app, { hetu: '040265-9985' });
  org = await createOrganisation(t.app, tessa, { kind: 'public' });
  other = await createOrganisation(t.app, minerva, { kind: 'public' });
});
afterAll(() => t.close());

const apps = (orgId: string) => `/api/organisations/${orgId}/applications`;

async function draft(): Promise<ApplicationView> {
  const res = await t.app.inject({
    method: 'POST',
    url: apps(org.id),
    headers: tessa.headers,
    payload: { form: 'muutosrajapinta', kind: 'new' },
  });
  return res.json() as ApplicationView;
}

function upload(
  session: TestSession | undefined,
  orgId: string,
  applicationId: string,
  file: { name: string; content: Buffer; contentType?: string },
  field = 'attachments',
) {
  const body = multipart([
    { name: 'field', value: field },
    {
      name: 'file',
      filename: file.name,
      content: file.content,
      ...(file.contentType ? { contentType: file.contentType } : {}),
    },
  ]);
  return t.app.inject({
    method: 'POST',
    url: `${apps(orgId)}/${applicationId}/attachments`,
    headers: { ...(session?.headers ?? {}), ...body.headers },
    payload: body.payload,
  });
}

describe('uploading', () => {
  it('stores a PDF with its detected type, size and SHA-256, and lists it on the application', async () => {
    const view = await draft();
    const res = await upload(tessa, org.id, view.id, {
      name: 'Aiempi lupa 2024.pdf',
      content: FILES.pdf,
      contentType: 'image/png',
    });
    expect(res.statusCode, res.body).toBe(201);
    const attachment = res.json() as { id: string };
    expect(attachment).toEqual({
      id: expect.any(String),
      field: 'attachments',
      fileName: 'Aiempi lupa 2024.pdf',
      mediaType: 'application/pdf',
      size: FILES.pdf.length,
      createdAt: '2026-11-25T10:00:00.000Z',
    });
    const [row] = await query<{ sha256: string; uploaded_by: string }>(
      t.db.orm,
      sql`SELECT sha256, uploaded_by FROM attachment WHERE id = ${attachment.id}`,
    );
    expect(row).toEqual({
      sha256: createHash('sha256').update(FILES.pdf).digest('hex'),
      uploaded_by: tessa.userId,
    });
    const fetched = (
      await t.app.inject({ method: 'GET', url: `${apps(org.id)}/${view.id}`, headers: tessa.headers })
    ).json() as ApplicationView;
    expect(fetched.attachments).toEqual([attachment]);
  });

  it('judges by content: a PNG named .pdf is stored as image/png (and named .png); an EXE named .pdf is refused (415)', async () => {
    const view = await draft();
    const png = await upload(tessa, org.id, view.id, {
      name: 'kuva.pdf',
      content: FILES.png,
      contentType: 'application/pdf',
    });
    expect(png.statusCode).toBe(201);
    expect(png.json()).toMatchObject({ mediaType: 'image/png', fileName: 'kuva.png' });
    for (const [name, content] of [
      ['päätös.pdf', FILES.exe],
      ['liite.pdf', FILES.zip],
      ['teksti.txt', FILES.latin1],
      ['kuva.svg', FILES.svg],
      ['nul.txt', Buffer.from('a\u0000b')],
    ] as const) {
      const refused = await upload(tessa, org.id, view.id, { name, content });
      expect(refused.statusCode, name).toBe(415);
      expect(refused.json()).toMatchObject({ error: 'unsupported_media_type' });
    }
    const docx = await upload(tessa, org.id, view.id, { name: 'selvitys.docx', content: FILES.docx });
    expect(docx.json()).toMatchObject({
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      fileName: 'selvitys.docx',
    });
    const text = await upload(tessa, org.id, view.id, {
      name: 'muistio.html',
      content: Buffer.from('<script>alert(1)</script>'),
    });
    expect(text.json()).toMatchObject({ mediaType: 'text/plain', fileName: 'muistio.html.txt' });
  });

  it('refuses a file over 10 MB (413), an empty one, an unknown field, and a body that is not multipart', async () => {
    const view = await draft();
    const big = await upload(tessa, org.id, view.id, {
      name: 'iso.pdf',
      content: Buffer.concat([FILES.pdf, Buffer.alloc(10 * 1024 * 1024)]),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toEqual({ error: 'file_too_large', message: 'A file may be at most 10 MB' });
    // Just under the limit is fine (the app's 1 MB JSON body limit does not apply to uploads).
    const almost = Buffer.concat([FILES.pdf, Buffer.alloc(10 * 1024 * 1024 - FILES.pdf.length)]);
    const fits = await upload(tessa, org.id, view.id, { name: 'iso.pdf', content: almost });
    expect(fits.statusCode, fits.body).toBe(201);
    expect(fits.json()).toMatchObject({ size: 10 * 1024 * 1024 });
    await t.app.inject({
      method: 'DELETE',
      url: `${apps(org.id)}/${view.id}/attachments/${(fits.json() as { id: string }).id}`,
      headers: tessa.headers,
    });
    expect(
      (await upload(tessa, org.id, view.id, { name: 'tyhjä.pdf', content: Buffer.alloc(0) })).json(),
    ).toMatchObject({
      error: 'empty_file',
    });
    const field = await upload(tessa, org.id, view.id, { name: 'a.pdf', content: FILES.pdf }, 'purpose');
    expect(field.statusCode).toBe(400);
    expect(field.json()).toMatchObject({ error: 'unknown_field' });
    const json = await t.app.inject({
      method: 'POST',
      url: `${apps(org.id)}/${view.id}/attachments`,
      headers: tessa.headers,
      payload: { field: 'attachments' },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ error: 'multipart_required' });
    const fetched = (
      await t.app.inject({ method: 'GET', url: `${apps(org.id)}/${view.id}`, headers: tessa.headers })
    ).json() as ApplicationView;
    expect(fetched.attachments).toEqual([]);
  });

  it('needs a session, membership, and the application to be visible and editable', async () => {
    const view = await draft();
    const file = { name: 'a.pdf', content: FILES.pdf };
    expect((await upload(undefined, org.id, view.id, file)).statusCode).toBe(401);
    expect((await upload(minerva, org.id, view.id, file)).statusCode).toBe(403);
    expect((await upload(minerva, other.id, view.id, file)).statusCode).toBe(404);
    await t.app.inject({
      method: 'PUT',
      url: `${apps(org.id)}/${view.id}/content`,
      headers: tessa.headers,
      payload: { content: completeContent('muutosrajapinta'), revision: 1 },
    });
    await t.app.inject({ method: 'POST', url: `${apps(org.id)}/${view.id}/submit`, headers: tessa.headers });
    const late = await upload(tessa, org.id, view.id, file);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: 'illegal_transition' });
  });
});

describe('downloading and removing', () => {
  it('downloads with safe headers: attachment disposition with the UTF-8 name, the detected type, nosniff', async () => {
    const view = await draft();
    const up = (
      await upload(tessa, org.id, view.id, { name: 'Päätös <ä>.pdf', content: FILES.pdf })
    ).json() as { id: string; fileName: string };
    expect(up.fileName).toBe('Päätös _ä_.pdf');
    const res = await t.app.inject({
      method: 'GET',
      url: `${apps(org.id)}/${view.id}/attachments/${up.id}`,
      headers: tessa.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(FILES.pdf)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Paatos _a_.pdf"; filename*=UTF-8''P%C3%A4%C3%A4t%C3%B6s%20_%C3%A4_.pdf`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");

    const text = (
      await upload(tessa, org.id, view.id, { name: 'lista.txt', content: FILES.text })
    ).json() as { id: string };
    const textRes = await t.app.inject({
      method: 'GET',
      url: `${apps(org.id)}/${view.id}/attachments/${text.id}`,
      headers: tessa.headers,
    });
    expect(textRes.headers['content-type']).toBe('text/plain; charset=utf-8');

    // Someone else's: 403 outside the organisation, 404 through their own organisation.
    const url = `/attachments/${up.id}`;
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `${apps(org.id)}/${view.id}${url}`,
          headers: minerva.headers,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `${apps(other.id)}/${view.id}${url}`,
          headers: minerva.headers,
        })
      ).statusCode,
    ).toBe(404);
    // An attachment of another application of the same organisation is not found through this one.
    const second = await draft();
    const cross = await t.app.inject({
      method: 'GET',
      url: `${apps(org.id)}/${second.id}${url}`,
      headers: tessa.headers,
    });
    expect(cross.statusCode).toBe(404);
    expect(cross.json()).toMatchObject({ error: 'attachment_not_found' });
    const audit = await query<{ action: string }>(
      t.db.orm,
      sql`SELECT action FROM audit_event WHERE target_id = ${up.id} ORDER BY created_at`,
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['AttachmentUpload', 'AttachmentDownload']),
    );
  });

  it('removes a file from a draft (204); a sent version keeps its files, which can no longer be removed', async () => {
    const view = await draft();
    const keep = (await upload(tessa, org.id, view.id, { name: 'pidä.pdf', content: FILES.pdf })).json() as {
      id: string;
    };
    const drop = (
      await upload(tessa, org.id, view.id, { name: 'poista.png', content: FILES.png })
    ).json() as { id: string };
    const del = await t.app.inject({
      method: 'DELETE',
      url: `${apps(org.id)}/${view.id}/attachments/${drop.id}`,
      headers: tessa.headers,
    });
    expect(del.statusCode).toBe(204);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `${apps(org.id)}/${view.id}/attachments/${drop.id}`,
          headers: tessa.headers,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `${apps(org.id)}/${view.id}/attachments/${drop.id}`,
          headers: tessa.headers,
        })
      ).statusCode,
    ).toBe(404);

    await t.app.inject({
      method: 'PUT',
      url: `${apps(org.id)}/${view.id}/content`,
      headers: tessa.headers,
      payload: { content: completeContent('muutosrajapinta'), revision: 1 },
    });
    const sent = await t.app.inject({
      method: 'POST',
      url: `${apps(org.id)}/${view.id}/submit`,
      headers: tessa.headers,
    });
    expect(sent.statusCode).toBe(200);
    const version = await latestVersion(t.db.orm, view.id);
    expect(version?.content.attachments).toEqual([keep.id]);
    expect(version?.attachments).toEqual([
      {
        id: keep.id,
        field: 'attachments',
        fileName: 'pidä.pdf',
        mediaType: 'application/pdf',
        size: FILES.pdf.length,
        sha256: createHash('sha256').update(FILES.pdf).digest('hex'),
      },
    ]);
    const late = await t.app.inject({
      method: 'DELETE',
      url: `${apps(org.id)}/${view.id}/attachments/${keep.id}`,
      headers: tessa.headers,
    });
    expect(late.statusCode).toBe(409);
  });
});

describe('file names and types (unit)', () => {
  it('sanitises names: path, control and bidi characters, reserved characters, length, a matching extension', async () => {
    const pdf = (await detectKind(FILES.pdf)) as NonNullable<Awaited<ReturnType<typeof detectKind>>>;
    const png = (await detectKind(FILES.png)) as typeof pdf;
    expect(sanitiseFileName('C:\\Users\\x\\lupa.pdf', pdf)).toBe('lupa.pdf');
    expect(sanitiseFileName('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(sanitiseFileName('lasku\u202Efdp.exe', pdf)).toBe('laskufdp.exe.pdf');
    expect(sanitiseFileName('a\u0000b\u0007c.PDF', pdf)).toBe('abc.PDF'.replace('.PDF', '.pdf'));
    expect(sanitiseFileName('<sel>:"vitys"?.pdf', pdf)).toBe('_sel___vitys__.pdf');
    expect(sanitiseFileName('...', pdf)).toBe('liite.pdf');
    expect(sanitiseFileName(undefined, png)).toBe('liite.png');
    expect(sanitiseFileName('kuva.jpeg', png)).toBe('kuva.png');
    expect(sanitiseFileName('raportti.final', pdf)).toBe('raportti.final.pdf');
    const long = sanitiseFileName(`${'ä'.repeat(300)}.pdf`, pdf);
    expect(long.length).toBe(150);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('writes Content-Disposition with an ASCII fallback and the RFC 5987 name', () => {
    expect(contentDisposition('lupa.pdf')).toBe(`attachment; filename="lupa.pdf"; filename*=UTF-8''lupa.pdf`);
    expect(contentDisposition("Åland's (1).pdf")).toBe(
      `attachment; filename="Aland's (1).pdf"; filename*=UTF-8''A%CC%8Aland%27s%20%281%29.pdf`.replace(
        'A%CC%8A',
        '%C3%85',
      ),
    );
  });
});
