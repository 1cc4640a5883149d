/**
 * VTJkysely (SOAP query interface): /SoSo/soso.asmx (direct) and /VTJkysely (X-Road), WSDLs at `?wsdl`.
 * In its own scope: only XML bodies are parsed (the app's JSON parser is removed), bodies are small, and every
 * error, Fastify's own included, leaves as a SOAP 1.1 Fault, never as JSON.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app.js';
import { faultResponse, SoapFault } from './envelope.js';
import { vtjkyselyRoutes, XML_CONTENT_TYPE } from './routes.js';

/** A real request is about 1 KB; a client certificate in X509Certificate fits easily. */
export const BODY_LIMIT = 64 * 1024;

function asFault(error: FastifyError): SoapFault {
  if (error instanceof SoapFault) return error;
  switch (error.statusCode) {
    case 413:
      return new SoapFault('Client', `The request is larger than ${BODY_LIMIT} bytes`, 413);
    case 415:
      return new SoapFault('Client', 'Send the request as text/xml (SOAP 1.1)', 415);
    default:
      return error.statusCode !== undefined && error.statusCode < 500
        ? new SoapFault('Client', 'The request cannot be read', error.statusCode)
        : new SoapFault('Server', 'Internal error', 500);
  }
}

export async function vtjkyselyPlugin(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser(
    ['text/xml', 'application/soap+xml'],
    { parseAs: 'buffer', bodyLimit: BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  scope.setErrorHandler((error: FastifyError, request, reply) => {
    const fault = asFault(error);
    if (fault.faultCode === 'Server' && fault.statusCode === 500) {
      request.log.error({ err: error }, 'vtjkysely request failed');
    } else {
      request.log.info({ fault: fault.message, status: fault.statusCode }, 'vtjkysely fault');
    }
    return reply
      .status(fault.statusCode)
      .headers(fault.headers)
      .type(XML_CONTENT_TYPE)
      .send(faultResponse(fault));
  });

  vtjkyselyRoutes(scope, deps);
}
