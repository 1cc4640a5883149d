/**
 * The e2e server speaks HTTPS with client certificates, as a production deployment does (DESIGN §5): the
 * interfaces then identify callers by their verified certificates, with no demo shortcut. The runner makes a
 * test CA and these certificates once (openssl, src/access/test-certificates.ts) into E2E_PKI_DIR:
 * - `server`: the e2e server's own certificate (127.0.0.1);
 * - `security-server`: an X-Road security server, pinned with SECURITY_SERVER_CERT_SHA256, which may vouch
 *   for the X-Road client id of the subsystem calling through it;
 * - `intermediary-client`: a direct client's certificate, registered in the e-service by the intermediary.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTestPki } from '../../src/access/test-certificates';

export const CERTIFICATES = ['server', 'security-server', 'intermediary-client'] as const;
export type CertificateName = (typeof CERTIFICATES)[number];

/** Runner only: writes ca.crt and <name>.crt/.key for every certificate into `dir`. */
export function writeTestPki(dir: string): void {
  const pki = makeTestPki(CERTIFICATES.map((name) => ({ name, server: name === 'server' })));
  writeFileSync(join(dir, 'ca.crt'), pki.ca.cert);
  for (const name of CERTIFICATES) {
    const leaf = pki.leaves[name];
    if (!leaf) throw new Error(`no certificate ${name}`);
    writeFileSync(join(dir, `${name}.crt`), leaf.cert);
    writeFileSync(join(dir, `${name}.key`), leaf.key);
  }
}

function pkiDir(): string {
  const dir = process.env.E2E_PKI_DIR;
  if (!dir) throw new Error('E2E_PKI_DIR is not set (the Playwright config sets it)');
  return dir;
}

export function pkiPath(file: string): string {
  return join(pkiDir(), file);
}

/** A certificate and its key, to present as a TLS client. */
export function certificate(name: CertificateName): { cert: string; key: string; ca: string } {
  return {
    cert: readFileSync(pkiPath(`${name}.crt`), 'utf8'),
    key: readFileSync(pkiPath(`${name}.key`), 'utf8'),
    ca: readFileSync(pkiPath('ca.crt'), 'utf8'),
  };
}

/** SHA-256 of the certificate's DER, lower-case hex (how the server pins and matches certificates). */
export function fingerprint(name: CertificateName): string {
  const der = new X509Certificate(readFileSync(pkiPath(`${name}.crt`))).raw;
  return createHash('sha256').update(der).digest('hex');
}
