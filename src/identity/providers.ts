/**
 * Identification providers. Each registers its own routes under /api/identity/<name>/ and, once it has
 * identified a person, hands them to `completeLogin` (login.ts), which starts the session. Which providers
 * exist is decided here, once, from the configuration.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { developmentProvider } from './dev-provider.js';
import type { LoginDeps } from './login.js';

export interface IdentityProvider {
  /** Stored with each session: which provider vouched for the person. */
  readonly name: string;
  registerRoutes(scope: FastifyInstance, deps: LoginDeps): void;
}

/**
 * EXTENSION POINT for Suomi.fi e-Identification: the SAML 2.0 service provider (@node-saml/node-saml,
 * another task) is an `IdentityProvider` named 'suomifi-saml', added to this list when its settings are
 * configured, in production too. The development provider never exists in production.
 */
export function enabledProviders(config: Pick<Config, 'environment'>): IdentityProvider[] {
  return config.environment === 'production' ? [] : [developmentProvider];
}
