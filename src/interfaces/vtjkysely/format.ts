/**
 * Register values as VTJkysely writes them: dates yyyyMMdd, codes with their Finnish and Swedish names
 * (the documents carry names, not only codes), pre-joined street addresses.
 */
import { getCountry, getLanguage, getMunicipality } from '../../register/reference/index.js';
import { isoDate } from './person-records.js';

/** yyyyMMdd; a month-precision date as yyyyMM00, a year as yyyy0000 (PaivamaaraTyyppi), unknown as empty. */
export function vtjDate(value: unknown): string {
  const iso = isoDate(value);
  if (!iso) return '';
  const precision = (value as { tarkkuus?: string }).tarkkuus;
  if (precision === 'EI_TIEDOSSA') return '';
  const [year, month, day] = iso.split('-') as [string, string, string];
  if (precision === 'VUOSI') return `${year}0000`;
  if (precision === 'KUUKAUSI') return `${year}${month}00`;
  return `${year}${month}${day}`;
}

/** A value as text, or empty. */
export function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function bilingual(value: unknown): { fi: string; sv: string } {
  const v = value as { fi?: unknown; sv?: unknown } | undefined;
  return { fi: text(v?.fi), sv: text(v?.sv) };
}

export function municipalityNames(code: unknown): { fi: string; sv: string } {
  const m = typeof code === 'string' ? getMunicipality(code) : undefined;
  return { fi: m?.fi ?? '', sv: m?.sv ?? '' };
}

export function countryNames(code: unknown): { fi: string; sv: string } {
  const c = typeof code === 'string' ? getCountry(code) : undefined;
  return { fi: c?.fi ?? '', sv: c?.sv ?? '' };
}

export function languageNames(code: unknown): { fi: string; sv: string } {
  const l = typeof code === 'string' ? getLanguage(code) : undefined;
  return { fi: l?.fi ?? '', sv: l?.sv ?? '' };
}

export const SEX = {
  MIES: { code: '1', fi: 'Mies', sv: 'Man' },
  NAINEN: { code: '2', fi: 'Nainen', sv: 'Kvinna' },
} as const;

/** Apartment numbers are stored three digits wide; in a written address they lose the leading zeros. */
function apartment(value: unknown): string {
  const digits = text(value);
  return /^\d+$/.test(digits) ? String(Number(digits)) : digits;
}

/** `Kauppa Puistikko 6 B 23`: street, number, staircase, apartment and division letter (spec §5). */
export function streetAddress(street: string, r: Record<string, unknown>): string {
  if (street === '') return '';
  return [
    street,
    text(r.katunumero),
    text(r.huoneistokirjain),
    apartment(r.huoneistonumero) + text(r.jakokirjain),
  ]
    .filter((part) => part !== '')
    .join(' ');
}
