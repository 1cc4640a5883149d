/**
 * Dates as the back office shows and sends them. Shown: Finnish-style d.M.yyyy (Helsinki time) in every UI
 * language, as the Suomi.fi date input reads and writes them; sent: ISO dates (YYYY-MM-DD).
 */

const HELSINKI = 'Europe/Helsinki';

const dateParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: HELSINKI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Helsinki of a moment, as YYYY-MM-DD. */
export function helsinkiDate(moment: Date): string {
  return dateParts.format(moment);
}

/** YYYY-MM-DD plus whole days (calendar arithmetic, no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** YYYY-MM-DD plus whole years, less one day: a period "for N years" ends on the eve of the anniversary. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return addDays(new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10), -1);
}

/** '2026-03-05' → '5.3.2026'; anything else as it is. */
export function isoToFi(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
}

/** '5.3.2026' → '2026-03-05'; undefined when it is not a real date. */
export function fiToIso(text: string): string | undefined {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/** An ISO date or timestamp as a Helsinki date, d.M.yyyy. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '–';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return isoToFi(value);
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? value : isoToFi(helsinkiDate(moment));
}

const timeFormat = new Intl.DateTimeFormat('fi-FI', {
  timeZone: HELSINKI,
  hour: '2-digit',
  minute: '2-digit',
});

/** A timestamp as d.M.yyyy HH.mm, Helsinki time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '–';
  const moment = new Date(value);
  if (Number.isNaN(moment.getTime())) return value;
  return `${isoToFi(helsinkiDate(moment))} ${timeFormat.format(moment)}`;
}

/** A file size for people: 532 t, 12 kt, 3,4 Mt (units from the texts). */
export function formatSize(bytes: number, units: { b: string; kb: string; mb: string }): string {
  if (bytes < 1024) return `${bytes} ${units.b}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} ${units.kb}`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} ${units.mb}`;
}
