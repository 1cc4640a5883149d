/** Who is logged in (GET /api/session), and logging out. No session is `null`, not an error. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, getJson, postJson } from './client';
import type { SessionView } from './types';

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async (): Promise<SessionView | null> => {
    try {
      return await getJson<SessionView>('/api/session');
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (session: SessionView) =>
      postJson<void>('/api/session/logout', { csrfToken: session.csrfToken }),
    onSuccess: () => {
      queryClient.setQueryData(sessionQuery.queryKey, null);
    },
  });
}
