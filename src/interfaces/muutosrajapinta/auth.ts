/**
 * Who may call: credentials from the headers real clients send (spec §2), the claimed X-Road client, and
 * the authorization core's decision, taken before the body is even read so that an unauthenticated caller
 * learns nothing from validation errors and every failed attempt counts towards the failed-auth limit.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { type AccessView, admit, type Credentials } from '../../access/index.js';
import type { AppDeps } from '../../app.js';
import { sendRefusal } from './errors.js';

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function basic(value: string | undefined): Credentials | undefined {
  const match = value && /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(value);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0
    ? { username: decoded, password: '' }
    : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * In this order: `x-authorization: Basic` (OPH, whose `Authorization` carries an AWS SigV4 signature), the
 * MUTP-Tunnus/MUTP-Salasana pair (eVaka until 2026-03; Tampere's and Oulu's gateways add their OWN
 * `Authorization: Basic` beside it), then `Authorization: Basic` (eVaka since 2026-03).
 */
export function credentialsFrom(headers: IncomingHttpHeaders): Credentials | undefined {
  const fromX = basic(header(headers, 'x-authorization'));
  if (fromX) return fromX;
  const username = header(headers, 'mutp-tunnus');
  const password = header(headers, 'mutp-salasana');
  if (username !== undefined || password !== undefined) {
    return { username: username ?? '', password: password ?? '' };
  }
  return basic(header(headers, 'authorization'));
}

const admitted = new WeakMap<FastifyRequest, AccessView>();

/** An onRequest hook: admits the request for `operation` or answers with the refusal. */
export function requireAccess(deps: AppDeps, operation: string): onRequestAsyncHookHandler {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const admission = await admit(deps.db.orm, deps.config, request, {
      credentials: credentialsFrom(request.headers),
      claimedXRoadClient: header(request.headers, 'x-road-client'),
      access: { interface: 'muutosrajapinta', operation },
      now: deps.clock.now(),
    });
    if (!admission.ok) return sendRefusal(reply, admission);
    admitted.set(request, admission.view);
  };
}

/** The view `requireAccess` admitted this request with; a route without the hook is a programming error. */
export function admittedView(request: FastifyRequest): AccessView {
  const view = admitted.get(request);
  if (!view) throw new Error('route reached without requireAccess');
  return view;
}
