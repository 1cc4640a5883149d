/**
 * The identified person: what an identification provider vouches for. A user is this person; organisations
 * are only where they act.
 */
import type { Language } from '../mail/index.js';
import { type Hetu, parseHetu } from '../register/index.js';
import { invalidHetu, notTestHetu } from './errors.js';

export type UserId = string & { readonly __brand: 'UserId' };

export interface IdentifiedPerson {
  hetu: Hetu;
  /** All first names (Suomi.fi FirstName). */
  firstNames: string;
  /** Calling name (Suomi.fi givenName); the first of the first names when the provider does not say. */
  givenName: string;
  lastName: string;
  /** The language the person chose at login, if the provider tells. */
  language?: Language;
}

/** A valid hetu in the test range 900–999, or a 400 that never repeats the value. */
export function assertTestHetu(value: string): Hetu {
  const parsed = parseHetu(value);
  if (!parsed.ok) throw invalidHetu();
  if (!parsed.value.isTestCode) throw notTestHetu();
  return parsed.value.hetu;
}
