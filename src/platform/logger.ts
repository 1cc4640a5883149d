/**
 * Application logging. Personal identity codes never reach a log line (DESIGN invariant 6): known
 * sensitive paths (bodies, credentials, cookies) are censored by pino's redact, and every finished line is
 * scrubbed of hetu-shaped text wherever it came from (message, error, nested value), in every environment,
 * tests included (STYLE: "do not copy").
 */
import pino, { type Logger } from 'pino';

export type { Logger };

/** Any string that looks like a hetu, valid or not: six digits, a century sign, three digits, a check char. */
const HETU_SHAPE = /(?<![0-9A-Za-z])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![0-9A-Za-z])/g;
export const REDACTED = '[hetu]';

export function scrubText(text: string): string {
  return text.replace(HETU_SHAPE, REDACTED);
}

/** Paths that may carry personal data or secrets whatever their shape. Request bodies are never logged. */
const REDACT_PATHS = [
  'hetu',
  'hetulista',
  'henkilotunnus',
  'password',
  'salasana',
  'req.body',
  'body',
  'req.headers.authorization',
  'req.headers["x-authorization"]',
  'req.headers["mutp-salasana"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

export function createLogger(
  options: { level?: string; destination?: pino.DestinationStream; name?: string } = {},
): Logger {
  return pino(
    {
      name: options.name ?? 'tietolupa',
      level: options.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // URLs are logged without their query string: query parameters are not a place for personal data,
      // but a client may still put one there.
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({
          id: req.id,
          method: req.method,
          url: (req.url ?? '').split('?')[0],
        }),
        err: pino.stdSerializers.err,
      },
    },
    scrubbing(options.destination ?? pino.destination(1)),
  );
}

/** Every finished line passes through here: whatever path a hetu took into the line, it leaves as [hetu]. */
function scrubbing(target: pino.DestinationStream): pino.DestinationStream {
  return { write: (line: string) => target.write(scrubText(line)) };
}
