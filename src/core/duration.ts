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

const DAY = 86400;

// Months and years use calendar averages so that "13 months" is comparable with "395 days".
const UNIT_SECONDS = {
  years: 365 * DAY,
  months: 30.4375 * DAY,
  days: DAY,
  hours: 3600,
  minutes: 60,
} as const;

/** The longest a consent decision may be kept before asking again: 13 months (CNIL / EDPB guidance). */
export const MAX_LIFETIME_SECONDS = Math.round(13 * UNIT_SECONDS.months);

/** Units of a length, largest first, as used by formatters. */
export const DURATION_UNITS = /* @__PURE__ */ Object.keys(UNIT_SECONDS) as (keyof DurationLength)[];

/**
 * Seconds in a duration, or `undefined` for `'session'` and for anything that is not a valid
 * length (negative, fractional, empty or with unknown units).
 */
export function durationToSeconds(duration: Duration): number | undefined {
  if (duration === 'session' || !duration || typeof duration !== 'object') return undefined;
  let total = 0;
  let units = 0;
  for (const key of Object.keys(duration)) {
    const value = (duration as Record<string, unknown>)[key];
    const size = UNIT_SECONDS[key as keyof DurationLength];
    if (!size || typeof value !== 'number' || !Number.isInteger(value) || value < 0) return undefined;
    total += value * size;
    units++;
  }
  return units && total > 0 ? Math.round(total) : undefined;
}
