/**
 * HTTP only: the direct service at /SoSo/soso.asmx and the X-Road service at /VTJkysely (DESIGN §5), each
 * with its WSDL at `?wsdl`. A route reads its flavour's envelope, asks query.ts, and wraps the answer.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import {
  decodeBody,
  LEGACY_OPERATION,
  legacyResponse,
  readLegacyRequest,
  readXRoadRequest,
  SoapFault,
  XROAD_OPERATION,
  xroadResponse,
} from './envelope.js';
import { carriesPerson } from './paluukoodi.js';
import { answerQuery } from './query.js';

export const XML_CONTENT_TYPE = 'text/xml; charset=utf-8';
const LEGACY_PATH = '/SoSo/soso.asmx';
const XROAD_PATH = '/VTJkysely';

const wsdl = (file: string) => readFileSync(new URL(`./wsdl/${file}`, import.meta.url), 'utf8');
const WSDL = { [LEGACY_PATH]: wsdl('SoSo.wsdl'), [XROAD_PATH]: wsdl('VTJkysely.wsdl') };
/** A Host header fit to write into the WSDL's address; anything else falls back to the loopback address. */
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

function single(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}

const notAllowed = () =>
  new SoapFault('Client', 'Send the query with POST; the WSDL is at ?wsdl', 405, { allow: 'GET, POST' });

function serveWsdl(path: typeof LEGACY_PATH | typeof XROAD_PATH) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const query = request.query as Record<string, unknown>;
    if (!Object.keys(query).some((key) => key.toLowerCase() === 'wsdl')) {
      throw notAllowed();
    }
    const host = HOST.test(request.host) ? request.host : '127.0.0.1';
    return reply
      .type(XML_CONTENT_TYPE)
      .send(WSDL[path].replace('{{location}}', `${request.protocol}://${host}${path}`));
  };
}

export function vtjkyselyRoutes(scope: FastifyInstance, deps: AppDeps): void {
  scope.post(LEGACY_PATH, async (request, reply) => {
    const query = readLegacyRequest(
      decodeBody(request.body, request.headers['content-type']),
      single(request.headers.soapaction),
    );
    const answer = await answerQuery(deps, request, {
      operation: LEGACY_OPERATION,
      query,
      claimedXRoadClient: undefined,
    });
    return reply.type(XML_CONTENT_TYPE).send(legacyResponse(answer.sanoma));
  });

  scope.post(XROAD_PATH, async (request, reply) => {
    const xroad = readXRoadRequest(decodeBody(request.body, request.headers['content-type']));
    const answer = await answerQuery(deps, request, {
      operation: XROAD_OPERATION,
      query: xroad.query,
      claimedXRoadClient: xroad.client,
    });
    const body = carriesPerson(answer.paluukoodi)
      ? { sanoma: answer.sanoma }
      : { faultCode: answer.paluukoodi.koodi, faultString: answer.paluukoodi.teksti };
    return reply.type(XML_CONTENT_TYPE).send(xroadResponse(xroad, body));
  });

  for (const path of [LEGACY_PATH, XROAD_PATH] as const) {
    scope.get(path, serveWsdl(path));
    // Refused before any body is read: the method is wrong whatever the body is.
    scope.route({
      method: ['PUT', 'DELETE', 'PATCH', 'OPTIONS'],
      url: path,
      onRequest: async () => {
        throw notAllowed();
      },
      handler: async () => {
        throw notAllowed();
      },
    });
  }
}
