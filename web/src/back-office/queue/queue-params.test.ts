import { describe, expect, it } from 'vitest';
import type { QueueItem } from '../../api/back-office';
import { parseQueueParams, sortByAge, toQueueParams } from './queue-params';

describe('the queue address', () => {
  it('reads the filters and the sort order', () => {
    const view = parseQueueParams(
      new URLSearchParams(
        'form=vtjkysely&state=in_review&organisation=Espoo&minAgeDays=14&assigned=me&sort=newest',
      ),
    );
    expect(view).toEqual({
      filter: {
        form: 'vtjkysely',
        state: 'in_review',
        organisation: 'Espoo',
        minAgeDays: 14,
        assigned: 'me',
      },
      sort: 'newest',
    });
  });

  it('leaves out what it does not know, and defaults to the open cases of any handler, oldest first', () => {
    const view = parseQueueParams(
      new URLSearchParams(
        'form=nope&state=draft&minAgeDays=-3&assigned=someone&sort=sideways&organisation=%20',
      ),
    );
    expect(view).toEqual({ filter: { state: 'open', assigned: 'any' }, sort: 'oldest' });
  });

  it('writes only what differs from the defaults, and reads back the same view', () => {
    const view = parseQueueParams(new URLSearchParams('state=submitted&assigned=none'));
    const params = toQueueParams(view);
    expect(params.toString()).toBe('state=submitted&assigned=none');
    expect(parseQueueParams(params)).toEqual(view);
    expect(toQueueParams({ filter: { state: 'open', assigned: 'any' }, sort: 'oldest' }).toString()).toBe('');
    expect(parseQueueParams(new URLSearchParams('state=all')).filter.state).toBe('all');
  });
});

describe('sorting by age', () => {
  const item = (id: string, ageDays: number) => ({ id, ageDays }) as QueueItem;
  const items = [item('a', 3), item('b', 10), item('c', 3), item('d', 0)];

  it('puts the longest-waiting first, ties in the order given', () => {
    expect(sortByAge(items, 'oldest').map((i) => i.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('or the newest first', () => {
    expect(sortByAge(items, 'newest').map((i) => i.id)).toEqual(['d', 'a', 'c', 'b']);
  });
});
