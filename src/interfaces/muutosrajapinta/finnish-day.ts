/** kirjausavain/{date} takes a calendar date in Finland; the change log counts time in UTC. */
import { badRequest } from '../../errors.js';
import { ERROR_CODES } from './errors.js';

const HELSINKI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time in Helsinki at `instant`, as milliseconds of the same reading in UTC. */
function helsinkiReading(instant: number): number {
  const part = Object.fromEntries(HELSINKI.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(
    part.year as number,
    (part.month as number) - 1,
    part.day,
    part.hour,
    part.minute,
    part.second,
  );
}

/**
 * The instant a yyyy-MM-dd day starts in Finland. The offset is whatever Helsinki's was then (UTC+2, +3 in
 * summer, historic ones before 1921); clocks never change at midnight, so the day always starts at 00:00.
 */
export function startOfFinnishDay(date: string): Date {
  const midnight = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(midnight) || !new Date(midnight).toISOString().startsWith(date)) {
    throw badRequest(ERROR_CODES.invalidField, 'date must be an existing date yyyy-MM-dd');
  }
  let instant = midnight;
  // Each step corrects by the offset at the current guess; two steps settle even across a DST change.
  for (let step = 0; step < 3; step++) instant += midnight - helsinkiReading(instant);
  return new Date(instant);
}
