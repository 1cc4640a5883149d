/** The identity capability's error codes. */
import { AppError, badRequest, forbidden, unauthorized } from '../errors.js';

export const unauthenticated = () => unauthorized('unauthenticated', 'Log in to use the e-service');
export const csrfTokenInvalid = () =>
  forbidden('csrf_token_invalid', 'The X-CSRF-Token header is missing or does not match the session');
export const loginRateLimited = () =>
  new AppError(429, 'rate_limited', 'Too many login attempts; try again in a minute');
export const invalidHetu = () => badRequest('invalid_hetu', 'The personal identity code is not valid');
export const notTestHetu = () =>
  badRequest(
    'not_a_test_hetu',
    'The development login accepts only test identity codes (individual number 900–999)',
  );
export const namesRequired = () =>
  badRequest('names_required', 'Give firstNames and lastName for an identity code that is not listed');
