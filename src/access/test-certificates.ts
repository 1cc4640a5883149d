/**
 * Certificates the test suite makes itself with openssl: a CA, and server and client certificates signed by
 * it. Test-only (no production code imports this).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestCertificate {
  key: string;
  cert: string;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

/** A self-signed CA plus `leaves` signed by it (CN = name; server certificates get SAN 127.0.0.1/localhost). */
export function makeTestPki(leaves: { name: string; days?: number; server?: boolean }[]): {
  ca: TestCertificate;
  leaves: Record<string, TestCertificate>;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'tietolupa-pki-'));
  try {
    const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
    openssl(
      [
        'req',
        '-x509',
        ...key,
        '-keyout',
        'ca.key',
        '-out',
        'ca.crt',
        '-days',
        '30',
        '-subj',
        '/CN=Tietolupa Test CA',
      ],
      dir,
    );
    const out: Record<string, TestCertificate> = {};
    for (const leaf of leaves) {
      const f = leaf.name.replace(/[^A-Za-z0-9]/g, '_');
      openssl(
        [
          'req',
          ...key,
          '-keyout',
          `${f}.key`,
          '-out',
          `${f}.csr`,
          '-subj',
          `/CN=${leaf.name}/O=Tietolupa test`,
        ],
        dir,
      );
      writeFileSync(
        path.join(dir, `${f}.ext`),
        leaf.server ? 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' : 'extendedKeyUsage=clientAuth\n',
      );
      openssl(
        [
          'x509',
          '-req',
          '-in',
          `${f}.csr`,
          '-CA',
          'ca.crt',
          '-CAkey',
          'ca.key',
          '-CAcreateserial',
          '-out',
          `${f}.crt`,
          '-days',
          String(leaf.days ?? 30),
          '-extfile',
          `${f}.ext`,
        ],
        dir,
      );
      out[leaf.name] = {
        key: readFileSync(path.join(dir, `${f}.key`), 'utf8'),
        cert: readFileSync(path.join(dir, `${f}.crt`), 'utf8'),
      };
    }
    return {
      ca: {
        key: readFileSync(path.join(dir, 'ca.key'), 'utf8'),
        cert: readFileSync(path.join(dir, 'ca.crt'), 'utf8'),
      },
      leaves: out,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
