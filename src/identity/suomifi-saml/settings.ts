/**
 * The configured paths turned into what the provider needs: PEM keys and certificates read and checked,
 * the IdP resolved from its metadata or from the explicit settings, and our URLs. Runs once at start; any
 * problem is a ConfigError naming the setting.
 */
import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Config, ConfigError, type SuomifiSamlConfig } from '../../config.js';
import type { Loa } from './attributes.js';
import { readIdpMetadata, splitPemCertificates } from './metadata.js';

export const SAML_ROUTES = '/api/identity/suomifi-saml';

export interface SamlSettings {
  spEntityId: string;
  acsUrl: string;
  signing: { key: string; cert: string };
  encryption: { key: string; cert: string };
  idp: { entityId: string | undefined; entryPoint: string; certs: string[] };
  minimumLoa: Loa;
}

export function resolveSamlSettings(
  saml: SuomifiSamlConfig,
  config: Pick<Config, 'publicBaseUrl'>,
): SamlSettings {
  const signing = keyPair(saml.signing, ['SUOMIFI_SAML_SP_KEY_FILE', 'SUOMIFI_SAML_SP_CERT_FILE']);
  const encryption =
    saml.encryption === saml.signing
      ? signing
      : keyPair(saml.encryption, [
          'SUOMIFI_SAML_SP_ENCRYPTION_KEY_FILE',
          'SUOMIFI_SAML_SP_ENCRYPTION_CERT_FILE',
        ]);
  return {
    spEntityId: saml.spEntityId,
    acsUrl: `${config.publicBaseUrl}${SAML_ROUTES}/acs`,
    signing,
    encryption,
    idp: resolveIdp(saml.idp),
    minimumLoa: saml.minimumLoa,
  };
}

function resolveIdp(idp: SuomifiSamlConfig['idp']): SamlSettings['idp'] {
  if ('metadataFile' in idp) {
    const setting = 'SUOMIFI_SAML_IDP_METADATA_FILE';
    let metadata: ReturnType<typeof readIdpMetadata>;
    try {
      metadata = readIdpMetadata(readText(setting, idp.metadataFile));
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(setting, `${(error as Error).message} (${idp.metadataFile})`);
    }
    for (const cert of metadata.certs) certificate(setting, cert);
    return metadata;
  }
  const setting = 'SUOMIFI_SAML_IDP_CERT_FILE';
  const certs = splitPemCertificates(readText(setting, idp.certFile));
  if (certs.length === 0) throw new ConfigError(setting, `holds no PEM certificate (${idp.certFile})`);
  for (const cert of certs) certificate(setting, cert);
  return { entityId: idp.entityId, entryPoint: idp.entryPoint, certs };
}

/** An RSA private key and the certificate of its public key (RSA: xml-encryption and rsa-sha256 need it). */
function keyPair(
  files: { keyFile: string; certFile: string },
  [keySetting, certSetting]: [string, string],
): { key: string; cert: string } {
  const key = readText(keySetting, files.keyFile);
  const certPem = splitPemCertificates(readText(certSetting, files.certFile))[0];
  if (!certPem) throw new ConfigError(certSetting, `holds no PEM certificate (${files.certFile})`);
  const cert = certificate(certSetting, certPem);
  let privateKey: ReturnType<typeof createPrivateKey>;
  try {
    privateKey = createPrivateKey(key);
  } catch {
    throw new ConfigError(keySetting, `is not a PEM private key without a passphrase (${files.keyFile})`);
  }
  if (privateKey.asymmetricKeyType !== 'rsa') {
    throw new ConfigError(keySetting, `must be an RSA key (got ${privateKey.asymmetricKeyType})`);
  }
  const spki = (k: ReturnType<typeof createPublicKey>) => k.export({ type: 'spki', format: 'der' });
  if (!spki(createPublicKey(privateKey)).equals(spki(cert.publicKey))) {
    throw new ConfigError(certSetting, `is not the certificate of the key in ${keySetting}`);
  }
  return { key, cert: certPem };
}

function certificate(setting: string, pem: string): X509Certificate {
  try {
    return new X509Certificate(pem);
  } catch {
    throw new ConfigError(setting, 'holds a certificate that cannot be parsed');
  }
}

function readText(setting: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(setting, `cannot be read (${file})`);
  }
}
