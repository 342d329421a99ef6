/**
 * What may stand in a cookie's name and attributes, and which declared name a cookie has. Shared by
 * the config checks, the gated writes and the consent cookie adapter, so that all three agree.
 */

/** RFC 6265 token: any CHAR except controls, whitespace and separators. */
export const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~\w]+$/;

/** A `Path` attribute: starts with `/`; no `;`, `,`, whitespace or control character. */
export const COOKIE_PATH = /^\/[^;,\s\0-\x1f\x7f]*$/;

/** A `Domain` attribute: host name labels, optionally with the leading dot of older specs. */
export const COOKIE_DOMAIN = /^\.?[a-z\d-]+(\.[a-z\d-]+)*$/i;

/** The consent cookie's default name. */
export const CONSENT_COOKIE = 'ck_consent';

/**
 * The prefix that makes browsers accept a cookie only with `Secure`, `Path=/` and no `Domain`, so
 * that no sibling subdomain can set it.
 */
export const HOST_PREFIX = '__Host-';

/**
 * A declared name that stands for a family of cookies: a RegExp, or a string with `*` (`'_ga_*'`),
 * each `*` matching any run of cookie-name characters, the empty run included. The string form is
 * plain data, so a config using it can cross from a React Server Component into a Client Component.
 */
export const isFamily = (declared: string | RegExp): boolean => typeof declared !== 'string' || declared.includes('*');

/** A declared name (exact, a `*` family or a RegExp family) covers `name`. */
export const matchesCookie = (declared: string | RegExp, name: string): boolean =>
  typeof declared === 'string'
    ? declared === name ||
      // Every other character is escaped (identity escapes are fine without the u flag): `.`, `^`,
      // `$`, `+` or `|` in a name stand for themselves.
      (declared.includes('*') && RegExp(`^${declared.replace(/[^*\w]/g, '\\$&').replace(/\*/g, `${COOKIE_NAME.source.slice(1, -2)}*`)}$`).test(name))
    : // `search` ignores a RegExp's global flag and lastIndex, so a /g family matches every time.
      name.search(declared) >= 0;

/**
 * The `*` family a simple RegExp family reads as (`/^_ga_/` → `'_ga_*'`, `/^_pk_id\.\d+$/` →
 * `'_pk_id.*'`), or undefined when it has no honest wildcard form (alternatives, optional or
 * repeated literals). Wildcards (`.`, `\d`, `[…]`, with or without `+`/`*`) become `*`, so the
 * family may be a little wider than the pattern. Used to show a pattern in the policy and to name
 * the serialisable fix for a RegExp.
 */
export function familyOf(pattern: RegExp): string | undefined {
  let source = pattern.source;
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
      if (next === undefined) return;
      if ('dwDWsS'.includes(next)) any = true;
      else if (/[A-Za-z0-9]/.test(next)) return;
      else out += next;
    } else if (char === '[') {
      const close = source.indexOf(']', i + 1);
      if (close < 0) return;
      i = close;
      any = true;
    } else if (char === '.') any = true;
    else if ('()|{}?*+^$'.includes(char)) return;
    else out += char;
    if (any) {
      const quantifier = source[i + 1];
      if (quantifier === '+' || quantifier === '*') i++;
      else if (quantifier && '?{'.includes(quantifier)) return;
      out += '*';
    } else if (source[i + 1] && '?*+{'.includes(source[i + 1]!)) {
      // A quantified literal (`a+`) has no honest wildcard form.
      return;
    }
  }
  return ((anchoredStart ? '' : '*') + out + (anchoredEnd ? '' : '*')).replace(/\*+/g, '*');
}
