/**
 * The web app at /: the files Vite built into web/dist (`npm run build`), with the app's index.html for
 * every other address a browser opens, so that deep links and reloads work (the app routes in the browser).
 *
 * - The interfaces' and API's addresses are never answered with the app: an unknown one stays a JSON 404.
 * - Only a browser gets the app for an unknown address (its Accept header takes HTML or any type); other
 *   clients get the JSON 404, as they would without the web app.
 * - Hashed files under /assets/ are cached for a year; pages are revalidated on every load.
 * - Without a build the pages answer 503 with how to build; the build is looked for on each request, so
 *   building while the server runs is enough.
 *
 * Register it last: every other route wins over its catch-all.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HASHED_ASSET_CACHE, pageHeaders } from './headers.js';
import { UNBUILT_PAGE } from './unbuilt-page.js';

const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Addresses of the API, the interfaces and the platform: never the app's. */
const NOT_APP = ['/api/', '/VTJmutpa/', '/SoSo/', '/VTJkysely', '/health', '/metrics'];

export async function webPlugin(scope: FastifyInstance, options: { distDir?: string } = {}): Promise<void> {
  const root = options.distDir ?? WEB_DIST;
  await scope.register(fastifyStatic, { root, serve: false });

  scope.get<{ Params: { '*': string } }>('/*', async (request, reply) => {
    const path = `/${request.params['*']}`;
    if (NOT_APP.some((prefix) => path.startsWith(prefix))) return reply.callNotFound();
    if (isFile(path)) return sendFile(reply, path);
    if (!wantsPage(request)) return reply.callNotFound();
    reply.headers(pageHeaders(request.protocol));
    if (!existsSync(join(root, 'index.html'))) return reply.status(503).type('text/html').send(UNBUILT_PAGE);
    return reply.sendFile('index.html', { cacheControl: false });
  });
}

/** The app's own addresses have no file extension; files do (/assets/index-3f2a.js, /favicon.svg). */
function isFile(path: string): boolean {
  return /\.[^/]+$/.test(path);
}

function sendFile(reply: FastifyReply, path: string): FastifyReply {
  reply.header('x-content-type-options', 'nosniff');
  if (path.startsWith('/assets/')) return reply.sendFile(path, HASHED_ASSET_CACHE);
  reply.header('cache-control', 'no-cache');
  return reply.sendFile(path, { cacheControl: false });
}

function wantsPage(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html') || accept.includes('*/*');
}
