/**
 * Persons of the Suomi.fi e-Identification test environment (specs/xroad-identification-data.md §2.4), so
 * that the same people log in through the development provider and, later, the real test IdP. All have
 * individual numbers in 900–999.
 */
import type { Hetu } from '../register/index.js';

export interface TestPerson {
  hetu: Hetu;
  firstNames: string;
  lastName: string;
}

export const TEST_PERSONS: readonly TestPerson[] = [
  {
    hetu: '010280-952L' as Hetu,
    firstNames: 'Tessa',
    lastName: 'Testilä',
  },
  {
    hetu: '010469-999W' as Hetu,
    firstNames: 'Joni Kristian',
    lastName: 'Kivi',
  },
  {
    hetu: '010675-9981' as Hetu,
    firstNames: 'Anna-Liisa Milka',
    lastName: 'Sallinen',
  },
  {
    hetu: '040265-9985' as Hetu,
    firstNames: 'Minerva',
    lastName: 'Marttila',
  },
  {
    hetu: '260991-999R' as Hetu,
    firstNames: 'Ilmari Folke',
    lastName: 'Huhtiistinen',
  },
];
