/**
 * JSON over fetch. The session is an HttpOnly cookie sent to our own origin only; an unsafe request also
 * carries the session's CSRF token in X-CSRF-Token (the backend refuses it otherwise).
 */

/** A refusal from the API: the HTTP status and the stable error code of its `{ error, message }` body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`API answered ${status} ${code}`);
  }
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  return readResponse<T>(response);
}

export async function postJson<T>(
  path: string,
  options: { body?: unknown; csrfToken?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.csrfToken) headers['x-csrf-token'] = options.csrfToken;
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  return readResponse<T>(response);
}

/** A response as data: the JSON body (nothing for 204), or an ApiError for a refusal. */
export async function readResponse<T>(response: Response): Promise<T> {
  if (!response.ok) throw new ApiError(response.status, await errorCode(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function errorCode(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    return typeof body.error === 'string' ? body.error : 'unknown_error';
  } catch {
    return 'unknown_error';
  }
}
