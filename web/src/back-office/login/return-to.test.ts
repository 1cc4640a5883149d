import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to';

describe('the address a login returns to', () => {
  it('keeps back-office addresses with their query', () => {
    expect(safeReturnTo('/back-office/applications/42')).toBe('/back-office/applications/42');
    expect(safeReturnTo('/back-office?state=submitted')).toBe('/back-office?state=submitted');
    expect(safeReturnTo('/back-office')).toBe('/back-office');
  });

  it('refuses anything else', () => {
    for (const value of [
      null,
      '',
      'https://evil.example/back-office',
      '//evil.example/back-office',
      '/back-officer',
      '/my-page',
      '/back-office/login?returnTo=/x',
      '/back-office/\\evil',
    ]) {
      expect(safeReturnTo(value)).toBe('/back-office');
    }
  });
});
