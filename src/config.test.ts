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
