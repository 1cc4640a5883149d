/**
 * The development identification provider (src/identity/dev-provider.ts): its test persons, and logging in
 * as one. Outside development the provider does not exist: the persons list answers 404, read as `null`.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, getJson, postJson } from './client';
import { sessionQuery } from './session';
import type { Language, TestPerson } from './types';

export const devPersonsQuery = queryOptions({
  queryKey: ['identity', 'dev', 'persons'],
  queryFn: async (): Promise<TestPerson[] | null> => {
    try {
      return (await getJson<{ persons: TestPerson[] }>('/api/identity/dev/persons')).persons;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  staleTime: Number.POSITIVE_INFINITY,
});

interface DevLogin {
  hetu: string;
  language: Language;
}

export function useDevLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (login: DevLogin) => postJson<unknown>('/api/identity/dev/login', { body: login }),
    // The session (with its organisations and CSRF token) is read again from GET /api/session.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey }),
  });
}
