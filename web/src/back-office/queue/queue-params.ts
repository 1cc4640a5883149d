/**
 * The queue's filters and sort order live in the address (?form=&state=&organisation=&minAgeDays=&assigned=
 * &sort=), so a view can be reloaded, bookmarked and shared. The state is one of the case states, 'all', or
 * (the default, left out of the address) 'open': sent, in review or waiting for the customer's answer. None of them is personal data: an organisation's
 * name or Y-tunnus, a form, a state, a number of days.
 */
import { CASE_STATES, FORM_IDS, type QueueFilter, type QueueItem } from '../../api/back-office';

export type AssignedFilter = NonNullable<QueueFilter['assigned']>;
export type AgeSort = 'oldest' | 'newest';

export interface QueueView {
  filter: QueueFilter;
  sort: AgeSort;
}

const ASSIGNED: readonly AssignedFilter[] = ['me', 'none', 'any'];

/** What the address says, with anything unknown left out (a hand-edited address is not an error). */
export function parseQueueParams(params: URLSearchParams): QueueView {
  const filter: QueueFilter = {};
  const form = params.get('form');
  if (form && (FORM_IDS as readonly string[]).includes(form)) filter.form = form;
  // Without a state the queue shows the open cases, the work still to do.
  const state = params.get('state');
  filter.state =
    state === 'all' || (state && (CASE_STATES as readonly string[]).includes(state)) ? state : 'open';
  const organisation = params.get('organisation')?.trim();
  if (organisation) filter.organisation = organisation.slice(0, 200);
  const minAge = params.get('minAgeDays');
  if (minAge && /^\d{1,4}$/.test(minAge)) filter.minAgeDays = Number(minAge);
  const assigned = params.get('assigned');
  filter.assigned = ASSIGNED.find((value) => value === assigned) ?? 'any';
  const sort: AgeSort = params.get('sort') === 'newest' ? 'newest' : 'oldest';
  return { filter, sort };
}

/** The address's query for a view; the defaults (any handler, oldest first) are left out. */
export function toQueueParams(view: QueueView): URLSearchParams {
  const params = new URLSearchParams();
  const { filter } = view;
  if (filter.form) params.set('form', filter.form);
  if (filter.state && filter.state !== 'open') params.set('state', filter.state);
  if (filter.organisation) params.set('organisation', filter.organisation);
  if (filter.minAgeDays !== undefined) params.set('minAgeDays', String(filter.minAgeDays));
  if (filter.assigned && filter.assigned !== 'any') params.set('assigned', filter.assigned);
  if (view.sort === 'newest') params.set('sort', 'newest');
  return params;
}

/** Oldest first puts the longest-waiting case on top; ties keep the server's order. */
export function sortByAge(items: readonly QueueItem[], sort: AgeSort): QueueItem[] {
  const sign = sort === 'oldest' ? -1 : 1;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => sign * (a.item.ageDays - b.item.ageDays) || a.index - b.index)
    .map(({ item }) => item);
}
