/**
 * A client of the two interfaces as existing client software calls them, over mutual TLS with the e2e
 * server (pki.ts): through the pinned X-Road security server with the subsystem's X-Road-Client header, or
 * directly with a client certificate. No Playwright request context: its TLS client cannot present a
 * certificate, and a client program is not a browser.
 */
import { request } from 'node:https';
import { type CertificateName, certificate } from './pki';

export interface InterfaceResponse {
  status: number;
  body: string;
}

export function callInterface(options: {
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  /** Which certificate the client presents. */
  as: CertificateName;
  /** Basic credentials issued in the e-service. */
  credentials?: { username: string; password: string };
}): Promise<InterfaceResponse> {
  const base = new URL(process.env.E2E_BASE_URL ?? `https://127.0.0.1:${process.env.E2E_PORT}`);
  const { cert, key, ca } = certificate(options.as);
  const headers: Record<string, string> = { ...options.headers };
  if (options.credentials) {
    const { username, password } = options.credentials;
    headers.Authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }
  if (options.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(options.body));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        path: options.path,
        method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
        headers,
        cert,
        key,
        ca,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A VTJkysely TeeHenkilonTunnusKysely request on the direct flavour (/SoSo/soso.asmx). */
export function henkilonTunnusKysely(q: {
  soSoNimi: string;
  username: string;
  password: string;
  loppukayttaja: string;
  hetu: string;
}): string {
  const text = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  return `<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
<TeeHenkilonTunnusKysely xmlns="http://tempuri.org/"><SoSoNimi>${text(q.soSoNimi)}</SoSoNimi>
<Kayttajatunnus>${text(q.username)}</Kayttajatunnus><Salasana>${text(q.password)}</Salasana>
<Loppukayttaja>${text(q.loppukayttaja)}</Loppukayttaja><Henkilotunnus>${text(q.hetu)}</Henkilotunnus></TeeHenkilonTunnusKysely>
</soap:Body></soap:Envelope>`;
}
