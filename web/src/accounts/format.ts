/** Dates and times as people in Finland read them, in the page's language. */
const TIME_ZONE = 'Europe/Helsinki';

/** `2025-03-01` or an ISO timestamp → the date, e.g. 1.3.2025. */
export function formatDate(value: string, language: string): string {
  // A bare date is a calendar day: read it at noon UTC so that no time zone moves it to another day.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeZone: TIME_ZONE }).format(date);
}

export function formatDateTime(value: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(value));
}
