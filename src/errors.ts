/**
 * The few errors that carry HTTP meaning, each with a stable snake_case code (STYLE: eVaka Errors.kt,
 * Outline errors.ts). The global handler sends `{ error: code, message }` for these and a generic
 * `internal_error` for anything else.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

export const badRequest = (code: string, message?: string) => new AppError(400, code, message);
export const unauthorized = (code = 'unauthorized', message?: string) => new AppError(401, code, message);
export const forbidden = (code = 'forbidden', message?: string) => new AppError(403, code, message);
export const notFound = (code = 'not_found', message?: string) => new AppError(404, code, message);
export const conflict = (code: string, message?: string) => new AppError(409, code, message);
