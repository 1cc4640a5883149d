/** Schema pieces every e-service route uses. */
import type { preValidationAsyncHookHandler } from 'fastify';
import { Type } from 'typebox';

/**
 * The input of an action that takes none (logout, rotate, revoke, remove). Still a closed object, so an
 * unknown field is a 400; with `allowMissingBody`, a request without a body counts as `{}`.
 */
export const NoInput = Type.Object({}, { additionalProperties: false });

export const allowMissingBody: preValidationAsyncHookHandler = async (request) => {
  if (request.body === undefined || request.body === null) request.body = {};
};

export const Uuid = Type.String({ format: 'uuid' });
export const Timestamp = Type.String({ format: 'date-time' });
