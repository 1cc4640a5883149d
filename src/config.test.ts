import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const attempt = (env: Record<string, string>) => () => loadConfig(env, '/srv/app');

describe('configuration', () => {
  it('defaults to the embedded database with the demo world on port 3000', () => {
    expect(loadConfig({}, '/srv/app')).toMatchObject({
      environment: 'development',
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: '/srv/app/.data/pglite',
      demo: true,
      demoPersons: 10_000,
    });
  });

  it('turns the demo off by default with PostgreSQL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/vtj' }, '/srv/app')).toMatchObject({
      databaseUrl: 'postgres://u@db:5432/vtj',
      demo: false,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be an integer from 0 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be an integer from 0 to 65535 (got "70000")'],
    [
      { NODE_ENV: 'prod' },
      'Invalid configuration: NODE_ENV must be one of development, test, production (got "prod")',
    ],
    [
      { DATABASE_URL: 'mysql://x' },
      'Invalid configuration: DATABASE_URL must use postgres:// (got "mysql:")',
    ],
    [
      { DATABASE_URL: 'not a url' },
      'Invalid configuration: DATABASE_URL is not a URL (expected postgres://user@host:port/database)',
    ],
    [{ DEMO: 'yes' }, 'Invalid configuration: DEMO must be true or false (got "yes")'],
    [
      { DEMO_PERSONS: '5' },
      'Invalid configuration: DEMO_PERSONS must be an integer from 100 to 10000000 (got "5")',
    ],
  ])('refuses %o with one line naming the setting', (env, message) => {
    expect(attempt(env)).toThrow(new ConfigError('', '').constructor);
    expect(attempt(env)).toThrow(message);
  });

  it('refuses production without DATABASE_URL, and the demo world in production', () => {
    expect(attempt({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL is required when NODE_ENV=production/);
    expect(attempt({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db/vtj', DEMO: 'true' })).toThrow(
      /DEMO must not be enabled when NODE_ENV=production/,
    );
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db/vtj' }).demo).toBe(false);
  });
});

describe('e-service settings', () => {
  it('defaults: links to the local address, mail kept for the outbox viewer, 30 min / 8 h sessions, 7-day invitations', () => {
    expect(loadConfig({ PORT: '4000' }, '/srv/app')).toMatchObject({
      publicBaseUrl: 'http://127.0.0.1:4000',
      smtpUrl: undefined,
      mailFrom: 'Tietolupa <no-reply@tietolupa.invalid>',
      mailPollSeconds: 5,
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 8,
      invitationValidDays: 7,
    });
  });

  it('reads every setting', () => {
    expect(
      loadConfig(
        {
          PUBLIC_BASE_URL: 'https://asiointi.example.fi/',
          SMTP_URL: 'smtp://mailer:secret@smtp.example.fi:587',
          MAIL_FROM: 'Tietolupa <tietolupa@example.fi>',
          MAIL_POLL_SECONDS: '0',
          SESSION_IDLE_MINUTES: '15',
          SESSION_ABSOLUTE_HOURS: '12',
          INVITATION_VALID_DAYS: '3',
        },
        '/srv/app',
      ),
    ).toMatchObject({
      publicBaseUrl: 'https://asiointi.example.fi',
      smtpUrl: 'smtp://mailer:secret@smtp.example.fi:587',
      mailFrom: 'Tietolupa <tietolupa@example.fi>',
      mailPollSeconds: 0,
      sessionIdleMinutes: 15,
      sessionAbsoluteHours: 12,
      invitationValidDays: 3,
    });
  });

  it.each([
    [
      { PUBLIC_BASE_URL: 'ftp://x' },
      'Invalid configuration: PUBLIC_BASE_URL must use http:// or https:// (got "ftp:")',
    ],
    [
      { PUBLIC_BASE_URL: 'https://x/?a=1' },
      'Invalid configuration: PUBLIC_BASE_URL must not have a query or a fragment',
    ],
    [
      { SMTP_URL: 'http://mail' },
      'Invalid configuration: SMTP_URL must use smtp:// or smtps:// (got "http:")',
    ],
    [
      { MAIL_FROM: 'nobody' },
      'Invalid configuration: MAIL_FROM must be an address or "Name <address>" (got "nobody")',
    ],
    [
      { SESSION_IDLE_MINUTES: '0' },
      'Invalid configuration: SESSION_IDLE_MINUTES must be an integer from 1 to 1440 (got "0")',
    ],
    [
      { SESSION_IDLE_MINUTES: '600', SESSION_ABSOLUTE_HOURS: '8' },
      'Invalid configuration: SESSION_IDLE_MINUTES must not be longer than SESSION_ABSOLUTE_HOURS',
    ],
    [
      { INVITATION_VALID_DAYS: '90' },
      'Invalid configuration: INVITATION_VALID_DAYS must be an integer from 1 to 30 (got "90")',
    ],
  ])('refuses %o', (env, message) => {
    expect(attempt(env)).toThrow(message);
  });

  it('never echoes an unparseable SMTP_URL, which may hold a password', () => {
    expect(attempt({ SMTP_URL: 'smtp://user:pa ss@' })).toThrow(
      'Invalid configuration: SMTP_URL is not a URL (expected smtp://user:password@host:port)',
    );
  });
});

describe('staff OIDC settings', () => {
  const oidc = {
    STAFF_OIDC_ISSUER: 'https://login.dvv.example.fi/realms/staff',
    STAFF_OIDC_CLIENT_ID: 'tietolupa-back-office',
    STAFF_OIDC_CLIENT_SECRET: 'client-secret',
  };

  it('is off unless configured', () => {
    expect(loadConfig({}, '/srv/app').staffOidc).toBeUndefined();
  });

  it('reads the issuer, the client and the bootstrap administrators', () => {
    expect(loadConfig({ ...oidc, STAFF_OIDC_ADMIN_SUBJECTS: ' a-1 , b-2,, ' }, '/srv/app').staffOidc).toEqual(
      {
        issuer: 'https://login.dvv.example.fi/realms/staff',
        clientId: 'tietolupa-back-office',
        clientSecret: 'client-secret',
        adminSubjects: ['a-1', 'b-2'],
      },
    );
  });

  it('refuses a partial configuration, naming the missing setting', () => {
    expect(attempt({ STAFF_OIDC_ISSUER: oidc.STAFF_OIDC_ISSUER })).toThrow(
      'Invalid configuration: STAFF_OIDC_CLIENT_ID is required when staff OIDC login is configured (STAFF_OIDC_ISSUER is set)',
    );
    expect(attempt({ ...oidc, STAFF_OIDC_CLIENT_SECRET: '' })).toThrow(
      /STAFF_OIDC_CLIENT_SECRET is required/,
    );
    expect(attempt({ STAFF_OIDC_ADMIN_SUBJECTS: 'a-1' })).toThrow(
      /STAFF_OIDC_ADMIN_SUBJECTS needs STAFF_OIDC_ISSUER/,
    );
  });

  it('wants an https issuer in production, and a URL everywhere', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db/vtj' };
    expect(attempt({ ...production, ...oidc, STAFF_OIDC_ISSUER: 'http://idp.example.fi' })).toThrow(
      'Invalid configuration: STAFF_OIDC_ISSUER must use https:// in production',
    );
    expect(loadConfig({ ...oidc, STAFF_OIDC_ISSUER: 'http://127.0.0.1:4400' }).staffOidc?.issuer).toBe(
      'http://127.0.0.1:4400',
    );
    expect(attempt({ ...oidc, STAFF_OIDC_ISSUER: 'idp' })).toThrow(/STAFF_OIDC_ISSUER is not a URL/);
  });
});

describe('Suomi.fi SAML settings', () => {
  const sp = {
    SUOMIFI_SAML_SP_ENTITY_ID: 'https://asiointi.example.fi/saml',
    SUOMIFI_SAML_SP_KEY_FILE: 'keys/sp.key',
    SUOMIFI_SAML_SP_CERT_FILE: 'keys/sp.crt',
  };
  const explicitIdp = {
    SUOMIFI_SAML_IDP_ENTRY_POINT: 'https://testi.apro.tunnistus.fi/idp/profile/SAML2/Redirect/SSO',
    SUOMIFI_SAML_IDP_CERT_FILE: '/etc/tietolupa/idp.crt',
  };

  it('is off without any SUOMIFI_SAML_* setting', () => {
    expect(loadConfig({}, '/srv/app').suomifiSaml).toBeUndefined();
    expect(loadConfig({ SUOMIFI_SAML_LOA: '' }, '/srv/app').suomifiSaml).toBeUndefined();
  });

  it('reads an explicit IdP; one key pair signs and decrypts; LoA substantial by default', () => {
    const signing = { keyFile: '/srv/app/keys/sp.key', certFile: '/srv/app/keys/sp.crt' };
    expect(loadConfig({ ...sp, ...explicitIdp }, '/srv/app').suomifiSaml).toEqual({
      spEntityId: 'https://asiointi.example.fi/saml',
      signing,
      encryption: signing,
      idp: {
        entryPoint: 'https://testi.apro.tunnistus.fi/idp/profile/SAML2/Redirect/SSO',
        certFile: '/etc/tietolupa/idp.crt',
        entityId: undefined,
      },
      minimumLoa: 'substantial',
    });
  });

  it('reads IdP metadata, a separate encryption pair and LoA high, in production too', () => {
    expect(
      loadConfig(
        {
          NODE_ENV: 'production',
          DATABASE_URL: 'postgres://u@db/vtj',
          ...sp,
          SUOMIFI_SAML_SP_ENCRYPTION_KEY_FILE: 'keys/enc.key',
          SUOMIFI_SAML_SP_ENCRYPTION_CERT_FILE: 'keys/enc.crt',
          SUOMIFI_SAML_IDP_METADATA_FILE: 'idp-metadata.xml',
          SUOMIFI_SAML_LOA: 'high',
        },
        '/srv/app',
      ).suomifiSaml,
    ).toMatchObject({
      signing: { keyFile: '/srv/app/keys/sp.key', certFile: '/srv/app/keys/sp.crt' },
      encryption: { keyFile: '/srv/app/keys/enc.key', certFile: '/srv/app/keys/enc.crt' },
      idp: { metadataFile: '/srv/app/idp-metadata.xml' },
      minimumLoa: 'high',
    });
  });

  it.each([
    [
      { SUOMIFI_SAML_SP_ENTITY_ID: 'https://asiointi.example.fi/saml' },
      'Invalid configuration: SUOMIFI_SAML_SP_KEY_FILE is required when Suomi.fi SAML is configured (SUOMIFI_SAML_SP_ENTITY_ID is set)',
    ],
    [
      { SUOMIFI_SAML_IDP_METADATA_FILE: 'idp.xml' },
      'Invalid configuration: SUOMIFI_SAML_SP_ENTITY_ID is required when Suomi.fi SAML is configured (SUOMIFI_SAML_IDP_METADATA_FILE is set)',
    ],
    [
      { ...sp, SUOMIFI_SAML_SP_CERT_FILE: '' },
      'Invalid configuration: SUOMIFI_SAML_SP_CERT_FILE is required when Suomi.fi SAML is configured (SUOMIFI_SAML_SP_ENTITY_ID is set)',
    ],
    [
      sp,
      'Invalid configuration: SUOMIFI_SAML_IDP_METADATA_FILE (or SUOMIFI_SAML_IDP_ENTRY_POINT with SUOMIFI_SAML_IDP_CERT_FILE) is required when Suomi.fi SAML is configured (SUOMIFI_SAML_SP_ENTITY_ID is set)',
    ],
    [
      { ...sp, SUOMIFI_SAML_IDP_ENTRY_POINT: explicitIdp.SUOMIFI_SAML_IDP_ENTRY_POINT },
      'Invalid configuration: SUOMIFI_SAML_IDP_CERT_FILE is required with SUOMIFI_SAML_IDP_ENTRY_POINT',
    ],
    [
      { ...sp, SUOMIFI_SAML_IDP_CERT_FILE: 'idp.crt' },
      'Invalid configuration: SUOMIFI_SAML_IDP_ENTRY_POINT is required with SUOMIFI_SAML_IDP_CERT_FILE',
    ],
    [
      { ...sp, ...explicitIdp, SUOMIFI_SAML_IDP_METADATA_FILE: 'idp.xml' },
      'Invalid configuration: SUOMIFI_SAML_IDP_ENTRY_POINT must not be set together with SUOMIFI_SAML_IDP_METADATA_FILE',
    ],
    [
      { ...sp, ...explicitIdp, SUOMIFI_SAML_IDP_ENTRY_POINT: 'ldap://idp' },
      'Invalid configuration: SUOMIFI_SAML_IDP_ENTRY_POINT must be an http:// or https:// URL without a fragment (got "ldap://idp")',
    ],
    [
      { ...sp, ...explicitIdp, SUOMIFI_SAML_SP_ENCRYPTION_KEY_FILE: 'enc.key' },
      'Invalid configuration: SUOMIFI_SAML_SP_ENCRYPTION_CERT_FILE must be set together with the other (SUOMIFI_SAML_SP_ENCRYPTION_KEY_FILE and _CERT_FILE)',
    ],
    [
      { ...sp, ...explicitIdp, SUOMIFI_SAML_SP_ENTITY_ID: 'my service' },
      'Invalid configuration: SUOMIFI_SAML_SP_ENTITY_ID must be a URI without spaces (at most 1024 characters)',
    ],
    [
      { ...sp, ...explicitIdp, SUOMIFI_SAML_LOA: 'low' },
      'Invalid configuration: SUOMIFI_SAML_LOA must be one of substantial, high (got "low")',
    ],
  ])('refuses a partial or wrong configuration %o, naming the setting', (env, message) => {
    expect(attempt(env)).toThrow(ConfigError);
    expect(attempt(env)).toThrow(message);
  });
});
