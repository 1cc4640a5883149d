/** Reading a refusal from the API: its stable code, or what kind of failure it was. */
import { ApiError } from '../api/client';

/** The `error` code of a refusal; undefined for a failure that is not an API answer (network, bug). */
export function errorCode(error: unknown): string | undefined {
  return error instanceof ApiError ? error.code : undefined;
}

/** The session ended (or never was): the person has to identify again. */
export function isSessionEnded(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

/** `code` when it is one of `known`: for choosing a translated message. */
export function knownCode<T extends string>(error: unknown, known: readonly T[]): T | undefined {
  const code = errorCode(error);
  return known.find((k) => k === code);
}
