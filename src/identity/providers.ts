/**
 * Identification providers. Each registers its own routes under /api/identity/<name>/ and, once it has
 * identified a person, hands them to `completeLogin` (login.ts), which starts the session. Which providers
 * exist is decided here, once, from the configuration.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { developmentProvider } from './dev-provider.js';
import type { LoginDeps } from './login.js';
import { suomifiSamlProvider } from './suomifi-saml/provider.js';

export interface IdentityProvider {
  /** Stored with each session: which provider vouched for the person. */
  readonly name: string;
  registerRoutes(scope: FastifyInstance, deps: LoginDeps): void;
}

/**
 * The one place that decides which providers exist:
 * - 'suomifi-saml', Suomi.fi e-Identification (SAML 2.0 SP, suomifi-saml/provider.ts), whenever the
 *   SUOMIFI_SAML_* settings are configured, in production too. Its keys, certificates and IdP metadata are
 *   read here, at start, so a bad file stops the process with the setting's name.
 * - 'development', the development provider, outside production only; never in production.
 * EXTENSION POINT: the Suomi.fi OpenID Connect interface, announced to replace SAML, goes here the same way.
 */
export function enabledProviders(
  config: Pick<Config, 'environment' | 'suomifiSaml' | 'publicBaseUrl'>,
): IdentityProvider[] {
  return [
    ...(config.suomifiSaml ? [suomifiSamlProvider(config.suomifiSaml, config)] : []),
    ...(config.environment === 'production' ? [] : [developmentProvider]),
  ];
}
