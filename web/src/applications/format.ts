/** Dates and times as people in Finland read them (12.3.2026, 12.34), in the Helsinki time zone. */
import { useTranslation } from 'react-i18next';

const ZONE = 'Europe/Helsinki';

function locale(language: string): string {
  return language === 'sv' ? 'sv-FI' : language === 'en' ? 'en-GB' : 'fi-FI';
}

export interface Formatters {
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  time: (iso: string) => string;
  fileSize: (bytes: number) => string;
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formatters(i18n.language);
}

export function formatters(language: string): Formatters {
  const tag = locale(language);
  const date = new Intl.DateTimeFormat(tag, {
    timeZone: ZONE,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat(tag, { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
  return {
    // A plain date (YYYY-MM-DD) is a calendar day, not a moment: it is shown as it is, without a time zone.
    date: (iso) => {
      const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      if (plain) return `${Number(plain[3])}.${Number(plain[2])}.${plain[1]}`;
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? iso : date.format(value);
    },
    dateTime: (iso) => {
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? iso : `${date.format(value)} ${time.format(value)}`;
    },
    time: (iso) => {
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? iso : time.format(value);
    },
    fileSize: (bytes) => {
      const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
      // Finnish abbreviates tavu (byte): t, kt, Mt.
      const [b, kb, mb] = language === 'fi' ? ['t', 'kt', 'Mt'] : ['B', 'kB', 'MB'];
      if (bytes < 1024) return `${bytes} ${b}`;
      if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} ${kb}`;
      return `${number.format(bytes / 1024 / 1024)} ${mb}`;
    },
  };
}
