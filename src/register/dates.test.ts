import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addYears, ageOn, fromEpochDay, toEpochDay } from './dates.js';

describe('dates', () => {
  it('agrees with the JavaScript calendar for every day from 1800 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_000, max: 84_000 }), (days) => {
        const expected = new Date(days * 86_400_000).toISOString().slice(0, 10);
        expect(fromEpochDay(days)).toBe(expected);
        expect(toEpochDay(expected)).toBe(days);
      }),
      { numRuns: 5000 },
    );
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2000-01-01', -1)).toBe('1999-12-31');
    expect(toEpochDay('1970-01-01')).toBe(0);
  });

  it('adds years, moving 29 February to the 28th in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('1999-07-15', 18)).toBe('2017-07-15');
  });

  it('counts whole years of age', () => {
    expect(ageOn('2008-11-26', '2026-11-25')).toBe(17);
    expect(ageOn('2008-11-25', '2026-11-25')).toBe(18);
  });
});
