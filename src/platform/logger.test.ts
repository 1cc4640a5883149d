import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { makeTestHetu } from '../register/hetu.js';
import { createLogger, REDACTED, scrubText } from './logger.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', destination }) };
}

const hetu = makeTestHetu('1985-02-18', 917);
const newHetu = makeTestHetu('2011-07-04', 930, 3);

describe('logger', () => {
  it('scrubs hetus of every century sign from text, and leaves other numbers alone', () => {
    expect(scrubText(`person ${hetu} and ${newHetu}`)).toBe(`person ${REDACTED} and ${REDACTED}`);
    // Anything hetu-shaped goes, valid or not; dates, phone numbers and ids of other shapes stay.
    expect(scrubText('order 12345-67890, 2026-11-25, +358 40 1234567')).toBe(
      'order 12345-67890, 2026-11-25, +358 40 1234567',
    );
  });

  it('never writes a hetu, whether in the message, a field, an error or a nested value', () => {
    const { lines, logger } = capture();
    logger.info(`looking up ${hetu}`);
    logger.info({ hetu, nested: { list: [newHetu] }, note: `for ${hetu}` }, 'lookup');
    logger.error({ err: new Error(`invalid hetu "${hetu}"`) }, 'failed');
    logger.warn({ henkilotunnus: hetu, hetulista: [hetu], body: { hetulista: [hetu] } }, 'request');
    const output = lines.join('');
    expect(lines.length).toBe(4);
    expect(output).not.toContain(hetu);
    expect(output).not.toContain(newHetu);
    expect(output).toContain(REDACTED);
    expect(output).toContain('[redacted]');
  });

  it('censors credentials and cookies in request headers', () => {
    const { lines, logger } = capture();
    logger.info(
      { req: { headers: { authorization: 'Basic dXNlcjpwYXNz', cookie: 'session=abc' } } },
      'request',
    );
    expect(lines.join('')).not.toMatch(/dXNlcjpwYXNz|session=abc/);
  });
});
