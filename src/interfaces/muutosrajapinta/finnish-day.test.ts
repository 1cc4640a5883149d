import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startOfFinnishDay } from './finnish-day.js';

const helsinki = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Helsinki',
  dateStyle: 'short',
  timeStyle: 'medium',
});

describe('startOfFinnishDay', () => {
  it('is midnight in Helsinki: UTC+2 in winter, UTC+3 in summer', () => {
    expect(startOfFinnishDay('2026-11-25').toISOString()).toBe('2026-11-24T22:00:00.000Z');
    expect(startOfFinnishDay('2026-06-15').toISOString()).toBe('2026-06-14T21:00:00.000Z');
    // Summer time starts at 03:00 on the last Sunday of March and ends at 04:00 on the last of October.
    expect(startOfFinnishDay('2026-03-29').toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(startOfFinnishDay('2026-10-25').toISOString()).toBe('2026-10-24T21:00:00.000Z');
  });

  it('for every date from 1900 to 2199, is the first second of that day in Helsinki', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (d) => {
          const date = d.toISOString().slice(0, 10);
          const start = startOfFinnishDay(date);
          expect(helsinki.format(start)).toBe(`${date} 00:00:00`);
          expect(helsinki.format(new Date(start.getTime() - 1000)).slice(0, 10)).not.toBe(date);
        },
      ),
    );
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-5', '20261125', 'yesterday', '2026-11-25T00:00'])(
    'refuses %s with a 400',
    (date) => {
      expect(() => startOfFinnishDay(date)).toThrow(
        expect.objectContaining({ status: 400, code: 'invalid_field' }),
      );
    },
  );
});
