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

/** The default `localStorage` key of `<ConsentLog>`'s queue of proof not yet delivered. */
export const CONSENT_LOG_KEY = 'ck_consent_log';

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

