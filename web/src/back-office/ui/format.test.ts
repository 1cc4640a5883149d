import { describe, expect, it } from 'vitest';
import { addDays, addYears, fiToIso, formatDate, formatDateTime, helsinkiDate, isoToFi } from './format';

describe('back-office dates', () => {
  it('takes the calendar date in Helsinki', () => {
    // 22.30 UTC on 31 Dec is already 1 Jan in Helsinki.
    expect(helsinkiDate(new Date('2025-12-31T22:30:00Z'))).toBe('2026-01-01');
  });

  it('adds days and years across month and leap-year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addYears('2026-03-01', 5)).toBe('2031-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('converts between the Finnish form and ISO, refusing dates that do not exist', () => {
    expect(isoToFi('2026-03-05')).toBe('5.3.2026');
    expect(fiToIso('5.3.2026')).toBe('2026-03-05');
    expect(fiToIso(' 05.03.2026 ')).toBe('2026-03-05');
    expect(fiToIso('31.2.2026')).toBeUndefined();
    expect(fiToIso('2026-03-05')).toBeUndefined();
  });

  it('shows dates and times in Helsinki time', () => {
    expect(formatDate('2026-03-05')).toBe('5.3.2026');
    expect(formatDate('2026-03-04T23:15:00Z')).toBe('5.3.2026');
    expect(formatDate(null)).toBe('–');
    expect(formatDateTime('2026-03-04T23:15:00Z')).toBe('5.3.2026 01.15');
  });
});
