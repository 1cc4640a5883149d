import { describe, expect, it } from 'vitest';
import { safeReturnTo } from '../login/login-page';
import { businessIdError, emailError } from './validation';

describe('businessIdError', () => {
  it('accepts a Y-tunnus whose check digit matches, also with spaces around it', () => {
    expect(businessIdError('0245437-2')).toBeUndefined();
    expect(businessIdError(' 0245437-2 ')).toBeUndefined();
  });

  it('tells a missing, a malformed and a wrongly checked Y-tunnus apart', () => {
    expect(businessIdError('  ')).toBe('businessIdRequired');
    expect(businessIdError('245437-2')).toBe('businessIdFormat');
    expect(businessIdError('02454372')).toBe('businessIdFormat');
    expect(businessIdError('0245437-3')).toBe('businessIdChecksum');
  });
});

describe('emailError', () => {
  it('wants an address with a local part and a domain', () => {
    expect(emailError('tessa@example.fi')).toBeUndefined();
    expect(emailError('')).toBe('emailRequired');
    expect(emailError('tessa@example')).toBe('emailInvalid');
    expect(emailError('tessa example.fi')).toBe('emailInvalid');
    expect(emailError(`${'a'.repeat(250)}@example.fi`)).toBe('emailInvalid');
  });
});

describe('safeReturnTo', () => {
  it('keeps a path of this app, with its query', () => {
    expect(safeReturnTo('/invitations/accept')).toBe('/invitations/accept');
    expect(safeReturnTo('/organisations/new?x=1')).toBe('/organisations/new?x=1');
  });

  it('refuses anything that could lead to another site', () => {
    for (const value of [
      null,
      '',
      'https://evil.example',
      '//evil.example/x',
      '/\\evil.example',
      'my-page',
    ]) {
      expect(safeReturnTo(value)).toBeUndefined();
    }
  });
});
