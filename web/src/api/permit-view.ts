/**
 * One permit as its holder sees it (GET …/permits/:permitId) and accepting its terms; the organisation's
 * permits for choosing the one a change application is for.
 */
import { queryOptions } from '@tanstack/react-query';
import type { PermitSummary, PermitView } from './application-types';
import { ApiError, getJson, postJson } from './client';

const permits = (organisationId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/permits`;

export const permitQuery = (organisationId: string, permitId: string) =>
  queryOptions({
    queryKey: ['organisations', organisationId, 'permits', permitId],
    queryFn: () => getJson<PermitView>(`${permits(organisationId)}/${encodeURIComponent(permitId)}`),
  });

/** The organisation's permits; `[]` when the organisation may not list them. */
export const permitChoicesQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['organisations', organisationId, 'permits', 'choices'],
    queryFn: async (): Promise<PermitSummary[]> => {
      try {
        return (await getJson<{ permits: PermitSummary[] }>(permits(organisationId))).permits;
      } catch (error) {
        if (error instanceof ApiError && error.status === 403) return [];
        throw error;
      }
    },
  });

export function acceptTerms(
  csrfToken: string,
  organisationId: string,
  permitId: string,
): Promise<PermitView> {
  return postJson<PermitView>(`${permits(organisationId)}/${encodeURIComponent(permitId)}/accept-terms`, {
    csrfToken,
  });
}
