/**
 * This interface's errors: a JSON body `{ error, message }` with a stable code (no client parses it, spec
 * §3.5, but people read it). Values are never echoed, except a rejected hetu, which is the client's own
 * input and the only way to tell which one of 100 000 was wrong; log lines never carry bodies.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Admission } from '../../access/index.js';
import { AppError, badRequest } from '../../errors.js';

export const ERROR_CODES = {
  malformedJson: 'malformed_json',
  unknownField: 'unknown_field',
  missingField: 'missing_field',
  invalidField: 'invalid_field',
  invalidHetu: 'invalid_hetu',
  tooManyHetus: 'too_many_hetus',
  unknownDataGroup: 'unknown_data_group',
  bodyTooLarge: 'body_too_large',
  unsupportedMediaType: 'unsupported_media_type',
  internal: 'internal_error',
} as const;

type Refused = Extract<Admission, { ok: false }>;

/** What each refusal of the authorization core tells the client; 401 for credentials, 403 for the rest. */
const REFUSALS: Readonly<Record<Refused['reason'], string>> = {
  missing_credentials: 'Credentials are required (Authorization: Basic, x-authorization or MUTP-Tunnus)',
  invalid_credentials: 'The credentials are not valid',
  wrong_interface: 'The permit does not cover VTJ-muutosrajapinta',
  permit_not_active: 'The permit is not active',
  permit_expired: 'The permit is not valid today',
  no_transport_identity: 'The connection is not identified (X-Road security server or client certificate)',
  unknown_connection: 'The connection is not registered for this permit',
  connection_not_approved: 'The connection has not been approved',
  certificate_expired: 'The client certificate has expired',
  product_not_permitted: 'The product is not permitted',
  end_customer_required: 'An end customer is required',
  end_customer_not_approved: 'The end customer is not approved',
  rate_limited: 'Too many requests',
};

/** Sends a refusal of `admit`: 401 with a Basic challenge, 429 with Retry-After, otherwise 403. */
export function sendRefusal(reply: FastifyReply, refusal: Refused): FastifyReply {
  const body = { error: refusal.reason, message: REFUSALS[refusal.reason] };
  if (refusal.reason === 'missing_credentials' || refusal.reason === 'invalid_credentials') {
    return reply.status(401).header('www-authenticate', 'Basic realm="VTJmutpa"').send(body);
  }
  if (refusal.reason === 'rate_limited') {
    // eVaka retries a 429 only with an integer Retry-After of at most 600 seconds (spec §3.5).
    const seconds = Math.min(600, Math.max(1, Math.ceil(refusal.retryAfterSeconds ?? 60)));
    return reply.status(429).header('retry-after', String(seconds)).send(body);
  }
  return reply.status(403).send(body);
}

/** `hetulista/3` → `hetulista[3]`: the field as a client names it. */
function fieldName(instancePath: string, extra?: unknown): string {
  const parts = instancePath.split('/').filter((p) => p !== '');
  if (typeof extra === 'string') parts.push(extra);
  return parts.reduce(
    (name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part),
    '',
  );
}

interface SchemaIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A schema validation failure as a precise 400 naming the field (never its value). */
function validationError(issue: SchemaIssue, context: string | undefined): AppError {
  switch (issue.keyword) {
    case 'additionalProperties': {
      const field = fieldName(issue.instancePath, issue.params.additionalProperty);
      return badRequest(ERROR_CODES.unknownField, `Unknown field: ${field}`);
    }
    case 'required': {
      const field = fieldName(issue.instancePath, issue.params.missingProperty);
      return badRequest(ERROR_CODES.missingField, `Missing field: ${field}`);
    }
    case 'maxItems':
      if (issue.instancePath === '/hetulista') {
        return badRequest(ERROR_CODES.tooManyHetus, `hetulista has more than ${issue.params.limit} hetus`);
      }
  }
  const field = fieldName(issue.instancePath) || (context ?? 'body');
  return badRequest(ERROR_CODES.invalidField, `${field} ${issue.message ?? 'is not valid'}`);
}

/** Fastify's own request errors (parsing, size, content type) mapped to this interface's codes. */
const FASTIFY_ERRORS: Readonly<Record<string, [number, string, string]>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, ERROR_CODES.malformedJson, 'The body is not valid JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, ERROR_CODES.malformedJson, 'The body is empty'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, ERROR_CODES.bodyTooLarge, 'The body is too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, ERROR_CODES.unsupportedMediaType, 'Send application/json'],
};

export function muutosrajapintaErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof AppError) {
    return reply.status(error.status).send({ error: error.code, message: error.message });
  }
  if (error.validation?.[0]) {
    const failure = validationError(error.validation[0] as SchemaIssue, error.validationContext);
    return reply.status(400).send({ error: failure.code, message: failure.message });
  }
  const known = FASTIFY_ERRORS[error.code];
  if (known) return reply.status(known[0]).send({ error: known[1], message: known[2] });
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return reply.status(error.statusCode).send({ error: 'bad_request', message: 'The request was refused' });
  }
  request.log.error({ err: error }, 'muutosrajapinta request failed');
  return reply.status(500).send({ error: ERROR_CODES.internal, message: 'Internal error' });
}
