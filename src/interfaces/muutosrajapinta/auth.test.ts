import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialsFrom } from './auth.js';

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('credentialsFrom', () => {
  it('reads each scheme a real client sends', () => {
    expect(credentialsFrom({ authorization: basic('evaka', 'pw') })).toEqual({
      username: 'evaka',
      password: 'pw',
    });
    expect(credentialsFrom({ 'mutp-tunnus': 'evaka', 'mutp-salasana': 'pw' })).toEqual({
      username: 'evaka',
      password: 'pw',
    });
    expect(credentialsFrom({ 'x-authorization': basic('oph', 'pw') })).toEqual({
      username: 'oph',
      password: 'pw',
    });
  });

  it('prefers x-authorization over an Authorization that carries an AWS SigV4 signature (OPH)', () => {
    const headers = {
      'x-authorization': basic('oph', 'pw'),
      authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20261125/eu-west-1/execute-api/aws4_request',
    };
    expect(credentialsFrom(headers)).toEqual({ username: 'oph', password: 'pw' });
  });

  it('prefers MUTP-Tunnus over the Authorization a municipal gateway adds for itself (Tampere, Oulu)', () => {
    const headers = { authorization: basic('gateway', 'own'), 'mutp-tunnus': 'evaka', 'mutp-salasana': 'pw' };
    expect(credentialsFrom(headers)).toEqual({ username: 'evaka', password: 'pw' });
  });

  it('has nothing without credentials, and an incomplete pair when one half is missing', () => {
    expect(credentialsFrom({})).toBeUndefined();
    expect(credentialsFrom({ authorization: 'Bearer abc' })).toBeUndefined();
    expect(credentialsFrom({ 'mutp-tunnus': 'evaka' })).toEqual({ username: 'evaka', password: '' });
    expect(credentialsFrom({ authorization: `Basic ${Buffer.from('no-colon').toString('base64')}` })).toEqual(
      {
        username: 'no-colon',
        password: '',
      },
    );
  });

  it('decodes any Basic user and password (the password may contain colons)', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes(':')),
        fc.string(),
        (username, password) => {
          expect(credentialsFrom({ authorization: basic(username, password) })).toEqual({
            username,
            password,
          });
        },
      ),
    );
  });
});
