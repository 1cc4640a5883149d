/** Finnish days: permits are valid through whole days in Finland, and deadlines end at midnight there. */

const HELSINKI_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' });
const HELSINKI_OFFSET = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Helsinki',
  timeZoneName: 'longOffset',
});

/** Today's date in Finland (YYYY-MM-DD). */
export function helsinkiDate(at: Date): string {
  return HELSINKI_DATE.format(at);
}

/** Helsinki's offset from UTC at that moment, in minutes (120 in winter, 180 in summer). */
function helsinkiOffsetMinutes(at: Date): number {
  const name = HELSINKI_OFFSET.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+02:00';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 120;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The last millisecond of that Finnish day (YYYY-MM-DD), as an instant. */
export function helsinkiEndOfDay(date: string): Date {
  const utc = new Date(`${date}T23:59:59.999Z`);
  return new Date(utc.getTime() - helsinkiOffsetMinutes(utc) * 60_000);
}

/** YYYY-MM-DD plus whole days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
