/**
 * How long a cookie or a consent decision lives: `'session'` (until the browser closes)
 * or a length made of whole units, e.g. `{ days: 7 }`, `{ hours: 24 }`, `{ years: 2 }`.
 */
export type Duration = 'session' | DurationLength;

/** A length of time in whole units; units add up (`{ days: 1, hours: 12 }` is 36 hours). */
export interface DurationLength {
  years?: number;
  months?: number;
  days?: number;
  hours?: number;
  minutes?: number;
}

// Months and years use calendar averages (a month is 30.4375 days) so that "13 months" is
// comparable with "395 days". Every unit is a whole number of seconds, so totals are too.
const UNIT_SECONDS: Record<keyof DurationLength, number> = {
  years: 31536000,
  months: 2629800,
  days: 86400,
  hours: 3600,
  minutes: 60,
};

/** The longest a consent decision may be kept before asking again: 13 months (CNIL / EDPB guidance). */
export const MAX_LIFETIME_SECONDS = 34187400;

/** The longest browsers keep a cookie: 400 days (RFC 6265bis); a longer `Max-Age` is cut to it. */
export const MAX_COOKIE_SECONDS = 34560000;

/**
 * Seconds in a duration, or `undefined` for `'session'` and for anything that is not a valid
 * length (negative, fractional, empty, with unknown units, or too long to count in whole seconds).
 */
export function durationToSeconds(duration: Duration): number | undefined {
  // Object('session') lists its letters, which are not whole numbers; an unknown unit (or a name
  // Object.prototype has) multiplies by undefined or a function. Both make NaN, which is not > 0.
  const total = Object.entries(Object(duration) as Record<string, unknown>).reduce(
    (sum, [unit, value]) => sum + (Number.isInteger(value) && (value as number) >= 0 ? (value as number) * (UNIT_SECONDS as Record<string, number>)[unit]! : NaN),
    0,
  );
  // Beyond 2^53 seconds (`{ years: 1e12 }`) the sum is no longer exact, and NaN is not safe either.
  return Number.isSafeInteger(total) && total > 0 ? total : undefined;
}
