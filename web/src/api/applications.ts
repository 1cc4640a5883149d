/**
 * The applications API (customer side): forms and their reference data, applications, drafts' autosave,
 * attachments (uploaded with progress), sending, the intermediary model's approval and information requests.
 * Every unsafe call carries the session's CSRF token.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type {
  ApplicationSummary,
  ApplicationView,
  Attachment,
  DataGroupOption,
  FormDefinition,
  FormSummary,
  Municipality,
  ValidationIssue,
} from './application-types';
import { ApiError, getJson } from './client';
import { sessionQuery } from './session';

/** A refusal whose body carries more than the code: the submit's `issues`. */
export class ApplicationApiError extends ApiError {
  constructor(
    status: number,
    code: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(status, code);
  }
}

// ---- Forms and reference data (public) ----

export const formsQuery = queryOptions({
  queryKey: ['forms'],
  queryFn: () => getJson<FormSummary[]>('/api/forms'),
  staleTime: 10 * 60_000,
});

export const formQuery = (formId: string) =>
  queryOptions({
    queryKey: ['forms', formId],
    queryFn: () => getJson<FormDefinition>(`/api/forms/${encodeURIComponent(formId)}`),
    staleTime: 10 * 60_000,
  });

export const dataGroupsQuery = (formId: string) =>
  queryOptions({
    queryKey: ['forms', formId, 'data-groups'],
    queryFn: () => getJson<DataGroupOption[]>(`/api/forms/${encodeURIComponent(formId)}/data-groups`),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const municipalitiesQuery = queryOptions({
  queryKey: ['reference', 'municipalities'],
  queryFn: () => getJson<Municipality[]>('/api/reference/municipalities'),
  staleTime: Number.POSITIVE_INFINITY,
});

// ---- Applications ----

const base = (organisationId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/applications`;
const one = (organisationId: string, applicationId: string) =>
  `${base(organisationId)}/${encodeURIComponent(applicationId)}`;

export const applicationsQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['organisations', organisationId, 'applications'],
    queryFn: () => getJson<ApplicationSummary[]>(base(organisationId)),
  });

export const applicationQuery = (organisationId: string, applicationId: string) =>
  queryOptions({
    queryKey: ['organisations', organisationId, 'applications', applicationId],
    queryFn: () => getJson<ApplicationView>(one(organisationId, applicationId)),
  });

export interface CreateApplication {
  form: string;
  kind: 'new' | 'change';
  parentPermitId?: string;
  relatedApplicationId?: string;
  onBehalfOf?: { businessId: string };
}

/** The session's CSRF token, for the unsafe calls below (the pages using them require a session). */
export function useCsrfToken(): string {
  const session = useQuery(sessionQuery);
  return session.data?.csrfToken ?? '';
}

export const applicationsApi = {
  create: (csrfToken: string, organisationId: string, body: CreateApplication) =>
    send<ApplicationView>('POST', base(organisationId), csrfToken, body),

  saveContent: (
    csrfToken: string,
    organisationId: string,
    applicationId: string,
    body: { content: Record<string, unknown>; revision: number },
  ) =>
    send<{ revision: number; issues: ValidationIssue[] }>(
      'PUT',
      `${one(organisationId, applicationId)}/content`,
      csrfToken,
      body,
    ),

  submit: (csrfToken: string, organisationId: string, applicationId: string) =>
    send<ApplicationView>('POST', `${one(organisationId, applicationId)}/submit`, csrfToken),

  sendToCustomer: (csrfToken: string, organisationId: string, applicationId: string, message: string) =>
    send<ApplicationView>('POST', `${one(organisationId, applicationId)}/send-to-customer`, csrfToken, {
      message,
    }),

  approve: (csrfToken: string, organisationId: string, applicationId: string) =>
    send<ApplicationView>('POST', `${one(organisationId, applicationId)}/approve`, csrfToken),

  returnToSupplier: (csrfToken: string, organisationId: string, applicationId: string, comment: string) =>
    send<ApplicationView>('POST', `${one(organisationId, applicationId)}/return`, csrfToken, { comment }),

  copy: (csrfToken: string, organisationId: string, applicationId: string) =>
    send<ApplicationView>('POST', `${one(organisationId, applicationId)}/copy`, csrfToken),

  withdraw: (csrfToken: string, organisationId: string, applicationId: string) =>
    send<ApplicationView>('POST', `${one(organisationId, applicationId)}/withdraw`, csrfToken),

  answerInfoRequest: (
    csrfToken: string,
    organisationId: string,
    applicationId: string,
    requestId: string,
    answer: string,
  ) =>
    send<ApplicationView>(
      'POST',
      `${one(organisationId, applicationId)}/info-requests/${encodeURIComponent(requestId)}/answer`,
      csrfToken,
      { answer },
    ),

  deleteAttachment: (
    csrfToken: string,
    organisationId: string,
    applicationId: string,
    attachmentId: string,
  ) =>
    send<void>(
      'DELETE',
      `${one(organisationId, applicationId)}/attachments/${encodeURIComponent(attachmentId)}`,
      csrfToken,
    ),
};

export function attachmentUrl(organisationId: string, applicationId: string, attachmentId: string): string {
  return `${one(organisationId, applicationId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

export function decisionDocumentUrl(organisationId: string, decisionId: string): string {
  return `/api/organisations/${encodeURIComponent(organisationId)}/decisions/${encodeURIComponent(decisionId)}/document`;
}

/**
 * Uploads one file (multipart: the `field` text part first, then the file), reporting progress 0–100.
 * XMLHttpRequest, not fetch: only it reports an upload's progress.
 */
export function uploadAttachment(
  csrfToken: string,
  organisationId: string,
  applicationId: string,
  field: string,
  file: File,
  options: { onProgress: (percent: number) => void; signal?: AbortSignal },
): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    options.signal?.addEventListener('abort', () => request.abort());
    request.onabort = () => reject(new ApplicationApiError(0, 'aborted'));
    request.open('POST', `${one(organisationId, applicationId)}/attachments`);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) resolve(body as Attachment);
      else reject(new ApplicationApiError(request.status, errorCodeOf(body)));
    };
    request.onerror = () => reject(new ApplicationApiError(0, 'network_error'));
    const form = new FormData();
    form.append('field', field);
    form.append('file', file, file.name);
    request.send(form);
  });
}

// ---- Transport ----

/** JSON with the CSRF token; client.ts's helpers know no PUT or DELETE and drop a refusal's body. */
async function send<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, csrfToken: string, body?: unknown) {
  const headers: Record<string, string> = { accept: 'application/json', 'x-csrf-token': csrfToken };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return readResponse<T>(response);
}

async function readResponse<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const body = parseJson(await response.text());
  if (!response.ok) {
    const issues = isObject(body) && Array.isArray(body.issues) ? (body.issues as ValidationIssue[]) : [];
    throw new ApplicationApiError(response.status, errorCodeOf(body), issues);
  }
  return body as T;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function errorCodeOf(body: unknown): string {
  return isObject(body) && typeof body.error === 'string' ? body.error : 'unknown_error';
}
