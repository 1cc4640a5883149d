/**
 * The back office's API (/api/back-office/*): DVV's handlers and administrators, with a session of their
 * own (cookie `tietolupa_staff`) whose CSRF token comes from GET /api/back-office/session, apart from the
 * customers' session. JSON over fetch as in client.ts; an unsafe request carries the staff session's token.
 */
import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormDefinition } from '../../../src/applications/forms/types.js';
import type {
  CaseView,
  ConnectionRowView,
  DashboardView,
  DecisionBody,
  DisclosureSearchView,
  PermitDetail,
  PermitRow,
  QueueItem,
} from '../../../src/back-office/schemas.js';
import type { DisclosureVerifyView } from '../../../src/back-office/verify-route.js';
import type { StaffSessionView, StaffView } from '../../../src/staff/schemas.js';
import { ApiError, getJson } from './client';

export type {
  Field,
  FormDefinition,
  Section,
} from '../../../src/applications/forms/types.js';

// ---------------------------------------------------------------------------------------------------------
// Types (the back-office contract)
// ---------------------------------------------------------------------------------------------------------

export type StaffRole = 'handler' | 'admin';
export type Localized = { fi: string; sv: string; en: string };

/** GET /api/back-office/session (src/staff/schemas.ts). */
export type StaffSession = StaffSessionView;

export type LoginProvider = 'oidc' | 'development';

export interface DevStaff {
  subject: string;
  name: string;
  email: string;
  role: StaffRole;
}

export const FORM_IDS = ['muutosrajapinta', 'vtjkysely', 'subsystem'] as const;
export type FormId = (typeof FORM_IDS)[number];

/** The states a case can be in once sent to DVV (drafts never reach the back office). */
export const CASE_STATES = [
  'submitted',
  'in_review',
  'info_requested',
  'granted',
  'denied',
  'lapsed',
  'withdrawn',
] as const;

/** The cases still waiting for DVV: the queue's default view. */
export const OPEN_STATES = ['submitted', 'in_review', 'info_requested'] as const;

export const PERMIT_STATES = [
  'terms_pending',
  'active',
  'lapsed',
  'expired',
  'revoked',
  'terminated',
  'superseded',
] as const;

export type OrganisationRef = QueueItem['organisation'];
export type { CaseView, ConnectionRowView as ConnectionRow, PermitDetail, PermitRow, QueueItem };
export type VersionAttachment = NonNullable<CaseView['version']>['attachments'][number];
export type HistoryEvent = CaseView['history'][number];
export type InfoRequest = CaseView['infoRequests'][number];
export type DecisionOptions = CaseView['decisionOptions'];
export type EndCustomerDecision = NonNullable<
  Extract<DecisionBody, { outcome: 'granted' }>['endCustomers']
>[number];
export type { DecisionBody };
export type Dashboard = DashboardView;

export interface DisclosureSearch {
  hetu?: string;
  organisationId?: string;
  from?: string;
  to?: string;
  cursor?: string;
}

export type DisclosurePage = DisclosureSearchView;
export type DisclosureItem = DisclosureSearchView['items'][number];

/** An item of GET /api/back-office/staff (src/staff/schemas.ts). */
export type StaffMember = StaffView;

export interface NewStaffMember {
  subject: string;
  name: string;
  email: string;
  role: StaffRole;
}

/** From the customer side's public form API (GET /api/forms/:formId/data-groups). */
export interface DataGroupInfo {
  code: string;
  title: Localized;
  turvakielto: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------------------

/** A refusal with the server's own message and body (e.g. a 422's `issues`), kept for the UI to show. */
export class BackOfficeApiError extends ApiError {
  constructor(
    status: number,
    code: string,
    readonly serverMessage: string | undefined,
    readonly body: Record<string, unknown> | undefined,
  ) {
    super(status, code);
  }
}

const BASE = '/api/back-office';

async function send<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, csrfToken: string, body?: unknown) {
  const headers: Record<string, string> = { accept: 'application/json', 'x-csrf-token': csrfToken };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return read<T>(response);
}

async function read<T>(response: Response): Promise<T> {
  if (!response.ok) {
    let parsed: Record<string, unknown> | undefined;
    try {
      parsed = (await response.json()) as Record<string, unknown>;
    } catch {
      parsed = undefined;
    }
    const code = typeof parsed?.error === 'string' ? parsed.error : 'unknown_error';
    const message = typeof parsed?.message === 'string' ? parsed.message : undefined;
    throw new BackOfficeApiError(response.status, code, message, parsed);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function get<T>(path: string): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  return read<T>(response);
}

/** The staff session's CSRF token: from the cache, or read once. */
async function csrfOf(queryClient: QueryClient): Promise<string> {
  const session = await queryClient.ensureQueryData(staffSessionQuery);
  if (!session) throw new BackOfficeApiError(401, 'unauthorized', undefined, undefined);
  return session.csrfToken;
}

/** A query string of the set values only. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

// ---------------------------------------------------------------------------------------------------------
// Session and login
// ---------------------------------------------------------------------------------------------------------

export const staffSessionQuery = queryOptions({
  queryKey: ['back-office', 'session'],
  queryFn: async (): Promise<StaffSession | null> => {
    try {
      return await get<StaffSession>(`${BASE}/session`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export const loginProvidersQuery = queryOptions({
  queryKey: ['back-office', 'login', 'providers'],
  queryFn: async () => (await getJson<{ providers: LoginProvider[] }>(`${BASE}/login/providers`)).providers,
  staleTime: Number.POSITIVE_INFINITY,
});

export const devStaffQuery = queryOptions({
  queryKey: ['back-office', 'login', 'development', 'staff'],
  queryFn: async (): Promise<DevStaff[] | null> => {
    try {
      return await getJson<DevStaff[]>(`${BASE}/login/development/staff`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  staleTime: Number.POSITIVE_INFINITY,
});

/** Where the OIDC login starts: a plain navigation, the IdP's pages are not ours. */
export function oidcLoginUrl(returnTo: string): string {
  return `${BASE}/login/oidc${queryString({ returnTo })}`;
}

/** Cached answers that belong to a staff member (not the session itself, not the login's lists). */
function isStaffData(query: { queryKey: readonly unknown[] }): boolean {
  const [scope, part] = query.queryKey;
  return scope === 'back-office' && part !== 'login' && part !== 'session';
}

export function useDevStaffLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (subject: string) => {
      // No session yet, so no CSRF token: the login is the one unsafe request that goes without.
      const response = await fetch(`${BASE}/login/development`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({ subject }),
      });
      await read<void>(response);
    },
    onSuccess: async () => {
      // Someone else's data may be cached from before; the session itself is read again in place, so that
      // the pages watching it (the login page) see the new staff member at once.
      queryClient.removeQueries({ predicate: isStaffData });
      await queryClient.fetchQuery({ ...staffSessionQuery, staleTime: 0 });
    },
  });
}

/**
 * Logging out ends the session on the server, then loads the login page afresh: nothing a staff member read
 * stays in this page's memory, and no page of the back office gets to react to the session going away.
 */
export function useStaffLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => send<void>('POST', `${BASE}/logout`, await csrfOf(queryClient)),
    onSettled: () => window.location.assign('/back-office/login'),
  });
}

// ---------------------------------------------------------------------------------------------------------
// Queue and cases
// ---------------------------------------------------------------------------------------------------------

export interface QueueFilter {
  form?: string;
  /** A case state, 'open' (the default: OPEN_STATES) or 'all'. */
  state?: string;
  organisation?: string;
  minAgeDays?: number;
  assigned?: 'me' | 'none' | 'any';
}

export const queueQuery = (filter: QueueFilter) =>
  queryOptions({
    queryKey: ['back-office', 'queue', filter],
    queryFn: () =>
      get<QueueItem[]>(
        `${BASE}/applications${queryString({
          form: filter.form,
          state:
            filter.state === 'open'
              ? OPEN_STATES.join(',')
              : filter.state === 'all'
                ? undefined
                : filter.state,
          organisation: filter.organisation,
          minAgeDays: filter.minAgeDays,
          assigned: filter.assigned,
        })}`,
      ),
  });

export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: ['back-office', 'case', id],
    queryFn: () => get<CaseView>(`${BASE}/applications/${encodeURIComponent(id)}`),
  });

export const attachmentUrl = (caseId: string, attachmentId: string) =>
  `${BASE}/applications/${encodeURIComponent(caseId)}/attachments/${encodeURIComponent(attachmentId)}`;

export const decisionDocumentUrl = (decisionId: string) =>
  `${BASE}/decisions/${encodeURIComponent(decisionId)}/document`;

/** A change to one case: the answer is the new CaseView, put in the cache; the queue is read again. */
function useCaseMutation<V>(caseId: string, request: (csrf: string, variables: V) => Promise<CaseView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: V) => request(await csrfOf(queryClient), variables),
    onSuccess: (view) => {
      queryClient.setQueryData(caseQuery(caseId).queryKey, view);
      void queryClient.invalidateQueries({ queryKey: ['back-office', 'queue'] });
      void queryClient.invalidateQueries({ queryKey: ['back-office', 'dashboard'] });
    },
  });
}

const casePath = (id: string) => `${BASE}/applications/${encodeURIComponent(id)}`;

export function useAssign(caseId: string) {
  return useCaseMutation<{ staffUserId?: string } | undefined>(caseId, (csrf, body) =>
    send<CaseView>('POST', `${casePath(caseId)}/assign`, csrf, body ?? {}),
  );
}

/** Assigning from the queue: any row, so the case id is a variable. */
export function useAssignFromQueue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (caseId: string) =>
      send<CaseView>('POST', `${casePath(caseId)}/assign`, await csrfOf(queryClient), {}),
    onSuccess: (view) => {
      queryClient.setQueryData(caseQuery(view.id).queryKey, view);
      void queryClient.invalidateQueries({ queryKey: ['back-office', 'queue'] });
    },
  });
}

export function useAddNote(caseId: string) {
  return useCaseMutation<string>(caseId, (csrf, text) =>
    send<CaseView>('POST', `${casePath(caseId)}/notes`, csrf, { text }),
  );
}

export function useRequestInfo(caseId: string) {
  return useCaseMutation<{ message: string; deadline: string }>(caseId, (csrf, body) =>
    send<CaseView>('POST', `${casePath(caseId)}/info-requests`, csrf, body),
  );
}

export function useDecide(caseId: string) {
  const queryClient = useQueryClient();
  const mutation = useCaseMutation<DecisionBody>(caseId, (csrf, body) =>
    send<CaseView>('POST', `${casePath(caseId)}/decision`, csrf, body),
  );
  return {
    ...mutation,
    mutate: (body: DecisionBody, options?: Parameters<typeof mutation.mutate>[1]) => {
      mutation.mutate(body, {
        ...options,
        onSuccess: (...args) => {
          void queryClient.invalidateQueries({ queryKey: ['back-office', 'permits'] });
          options?.onSuccess?.(...args);
        },
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Permits and connections
// ---------------------------------------------------------------------------------------------------------

export const permitsQuery = (filter: { state?: string; organisation?: string }) =>
  queryOptions({
    queryKey: ['back-office', 'permits', 'list', filter],
    queryFn: () => get<PermitRow[]>(`${BASE}/permits${queryString(filter)}`),
  });

export const permitQuery = (id: string) =>
  queryOptions({
    queryKey: ['back-office', 'permits', 'one', id],
    queryFn: () => get<PermitDetail>(`${BASE}/permits/${encodeURIComponent(id)}`),
  });

export function useRevokePermit(permitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string) =>
      send<PermitDetail>(
        'POST',
        `${BASE}/permits/${encodeURIComponent(permitId)}/revoke`,
        await csrfOf(queryClient),
        { reason },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['back-office', 'permits'] }),
  });
}

export const connectionsQuery = (state: string) =>
  queryOptions({
    queryKey: ['back-office', 'connections', state],
    queryFn: () => get<ConnectionRowView[]>(`${BASE}/connections${queryString({ state })}`),
  });

export function useDecideConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, action }: { id: string; action: 'approve' | 'reject' }) =>
      send<unknown>(
        'POST',
        `${BASE}/connections/${encodeURIComponent(id)}/${action}`,
        await csrfOf(queryClient),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['back-office', 'connections'] });
      void queryClient.invalidateQueries({ queryKey: ['back-office', 'permits'] });
    },
  });
}

// ---------------------------------------------------------------------------------------------------------
// Dashboard, disclosure log, staff
// ---------------------------------------------------------------------------------------------------------

export const dashboardQuery = queryOptions({
  queryKey: ['back-office', 'dashboard'],
  queryFn: () => get<Dashboard>(`${BASE}/dashboard`),
});

/** A search by hetu is a POST: the identity code never goes into an address or a log line. */
export function useDisclosureSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (search: DisclosureSearch) =>
      send<DisclosurePage>('POST', `${BASE}/disclosures/search`, await csrfOf(queryClient), search),
  });
}

/** Walking the disclosure log's hash chain: a GET, run when the reviewer asks (it reads the whole log). */
export function useDisclosureVerify() {
  return useMutation({ mutationFn: () => get<DisclosureVerifyView>(`${BASE}/disclosures/verify`) });
}
export type { DisclosureVerifyView };

export const staffListQuery = queryOptions({
  queryKey: ['back-office', 'staff'],
  queryFn: () => get<StaffMember[] | { staff: StaffMember[] }>(`${BASE}/staff`),
  select: (answer): StaffMember[] => (Array.isArray(answer) ? answer : answer.staff),
});

export function useAddStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (member: NewStaffMember) =>
      send<StaffMember>('POST', `${BASE}/staff`, await csrfOf(queryClient), member),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffListQuery.queryKey }),
  });
}

export function useUpdateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...change }: { id: string; role?: StaffRole; disabled?: boolean }) =>
      send<StaffMember>(
        'PATCH',
        `${BASE}/staff/${encodeURIComponent(id)}`,
        await csrfOf(queryClient),
        change,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffListQuery.queryKey }),
  });
}

// ---------------------------------------------------------------------------------------------------------
// The customer side's public form API, for rendering a submitted version with the form's own labels
// ---------------------------------------------------------------------------------------------------------

export const formDefinitionQuery = (formId: string) =>
  queryOptions({
    queryKey: ['forms', formId],
    queryFn: () => getJson<FormDefinition>(`/api/forms/${encodeURIComponent(formId)}`),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const dataGroupsQuery = (formId: string) =>
  queryOptions({
    queryKey: ['forms', formId, 'data-groups'],
    queryFn: () => getJson<DataGroupInfo[]>(`/api/forms/${encodeURIComponent(formId)}/data-groups`),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const municipalitiesQuery = queryOptions({
  queryKey: ['reference', 'municipalities'],
  queryFn: () =>
    getJson<{ code: string; name: { fi: string; sv: string } }[]>('/api/reference/municipalities'),
  staleTime: Number.POSITIVE_INFINITY,
});
