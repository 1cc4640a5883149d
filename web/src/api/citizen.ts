/** The citizen view (src/citizen/): the disclosures of the logged-in person's own data, a page at a time. */
import { infiniteQueryOptions } from '@tanstack/react-query';
import type { OwnDisclosure, OwnDisclosuresPage } from '../../../src/citizen/schemas.js';
import { getJson } from './client';

export type { OwnDisclosure, OwnDisclosuresPage };

export const ownDisclosuresQuery = infiniteQueryOptions({
  queryKey: ['citizen', 'disclosures'],
  queryFn: ({ pageParam }) =>
    getJson<OwnDisclosuresPage>(
      pageParam
        ? `/api/citizen/disclosures?cursor=${encodeURIComponent(pageParam)}`
        : '/api/citizen/disclosures',
    ),
  initialPageParam: null as string | null,
  getNextPageParam: (last) => last.nextCursor,
});
