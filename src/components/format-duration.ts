import { DURATION_UNITS, type Duration } from '../core/duration';

/**
 * A cookie's lifetime in words for `locale`: the `session` word, or each unit spelled out by
 * `Intl` ("7 days", "24 hours", "2 Jahre"), several units joined as a list.
 */
export function formatDuration(duration: Duration, locale: string, session: string): string {
  if (duration === 'session') return session;
  const parts = DURATION_UNITS.filter((unit) => duration[unit]).map((unit) =>
    // Intl's unit names are singular: 'year', 'month', 'day', 'hour', 'minute'.
    new Intl.NumberFormat(locale, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'long' }).format(duration[unit]!),
  );
  return parts.length > 1 && typeof Intl.ListFormat === 'function'
    ? new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(parts)
    : parts.join(' ');
}

/**
 * A cookie name as a reader sees it. Patterns become wildcards when they are simple enough
 * (`/^_ga_/` → `_ga_*`, `/^_pk_id\.\d+$/` → `_pk_id.*`); anything else is shown as `/source/`.
 */
export function formatCookieName(name: string | RegExp): string {
  if (typeof name === 'string') return name;
  let source = name.source;
  const anchoredStart = source.startsWith('^');
  if (anchoredStart) source = source.slice(1);
  const anchoredEnd = /(^|[^\\])\$$/.test(source);
  if (anchoredEnd) source = source.slice(0, -1);
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    let any = false;
    if (char === '\\') {
      const next = source[++i];
      if (next === undefined) return String(name);
      if ('dwDWsS'.includes(next)) any = true;
      else if (/[A-Za-z0-9]/.test(next)) return String(name);
      else out += next;
    } else if (char === '[') {
      const close = source.indexOf(']', i + 1);
      if (close < 0) return String(name);
      i = close;
      any = true;
    } else if (char === '.') any = true;
    else if ('()|{}?*+^$'.includes(char)) return String(name);
    else out += char;
    if (any) {
      const quantifier = source[i + 1];
      if (quantifier === '+' || quantifier === '*') i++;
      else if (quantifier && '?{'.includes(quantifier)) return String(name);
      out += '*';
    } else if (source[i + 1] && '?*+{'.includes(source[i + 1]!)) {
      // A quantified literal (`a+`) has no honest wildcard form.
      return String(name);
    }
  }
  if (!anchoredStart) out = `*${out}`;
  if (!anchoredEnd) out += '*';
  return out.replace(/\*+/g, '*');
}
