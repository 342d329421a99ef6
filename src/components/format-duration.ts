import { familyOf } from '../core/cookie-family';
import type { Duration, DurationLength } from '../core/duration';
import type { DurationUnitNames } from './messages';

// Units of a length, largest first. Written out here rather than imported from the core's duration
// module: the first load imports that module, and the lazy dialog formats with this one, so a
// shared import would give bundlers a shared chunk to load before first paint.
const DURATION_UNITS: readonly (keyof DurationLength)[] = ['years', 'months', 'days', 'hours', 'minutes'];

/**
 * A cookie's lifetime in words for `locale`: the `session` word, or each unit spelled out by
 * `Intl` ("7 days", "24 hours", "2 Jahre"), several units joined as a list. A unit `units` names
 * (the locale's `table.units`) is written with those words instead, in the plural form
 * `Intl.PluralRules` picks: "1 lá", "5 bliana".
 */
export function formatDuration(duration: Duration, locale: string, session: string, units?: DurationUnitNames): string {
  if (duration === 'session') return session;
  const parts = DURATION_UNITS.filter((unit) => duration[unit]).map((unit) => {
    const count = duration[unit]!;
    const forms = units?.[unit];
    return forms
      ? (forms[new Intl.PluralRules(locale).select(count)] ?? forms.other).replace('{n}', new Intl.NumberFormat(locale).format(count))
      : // Intl's unit names are singular: 'year', 'month', 'day', 'hour', 'minute'.
        new Intl.NumberFormat(locale, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'long' }).format(count);
  });
  return parts.length > 1 && typeof Intl.ListFormat === 'function'
    ? new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(parts)
    : parts.join(' ');
}

/**
 * A cookie name as a reader sees it. Names and `*` families are shown as declared; RegExp families
 * become wildcards when they are simple enough (`/^_ga_/` → `_ga_*`, `/^_pk_id\.\d+$/` → `_pk_id.*`);
 * anything else is shown as `/source/`.
 */
export const formatCookieName = (name: string | RegExp): string => (typeof name === 'string' ? name : (familyOf(name) ?? String(name)));
