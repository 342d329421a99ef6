import { deleteCookie, readCookies, writeCookie } from '../core/cookie-jar';
import { CONSENT_COOKIE, COOKIE_DOMAIN, COOKIE_NAME, COOKIE_PATH, HOST_PREFIX } from '../core/cookie-syntax';
import { hasDocument } from '../core/environment';
import { optional } from '../core/validate-config';
import type { ConsentStorage } from './types';

/** Options for {@link cookieAdapter}; a bad name, path or domain throws a TypeError naming it. */
export interface CookieAdapterOptions {
  /**
   * An RFC 6265 token.
   * @default 'ck_consent'
   */
  name?: string;
  /**
   * Store the cookie as `__Host-<name>` (`Secure`, `Path=/`, no `Domain`), which browsers let only
   * this very host set: a sibling subdomain cannot plant an "Accept all" in it. The adapter then
   * reads only the prefixed cookie. Cannot be combined with `domain` or a `path` other than `/`; leave
   * `secure` at its default.
   *
   * On an http page (e.g. `http://localhost` in development) the adapter uses the plain name
   * (`ck_consent`): a `__Host-` cookie needs `Secure`, which browsers refuse over http (some make an
   * exception for localhost, Safari does not), and a page on http has no sibling protection to keep
   * anyway. `key` is the name in use. A server reads `readConsentCookie(header, '__Host-ck_consent')`
   * on https requests, and the plain name on http ones.
   * @default false
   */
  hostPrefix?: boolean;
  /** Share the decision across subdomains: a host name such as `'.example.com'`. Host-only when omitted. */
  domain?: string;
  /**
   * Starts with `/`, without `;`, `,` or whitespace.
   * @default '/'
   */
  path?: string;
  /** @default 'Lax' */
  sameSite?: 'Strict' | 'Lax' | 'None';
  /** @default true on https pages */
  secure?: boolean;
  /** Cookie lifetime in days; defaults to the record's own expiry, so the cookie never outlives the decision. */
  maxAgeDays?: number;
}

/**
 * Stores the consent record in a first-party cookie (the default), readable by the server on the
 * next request so it can render the right state.
 *
 * `get()` returns every value the name has (copies on other paths or parent domains, e.g. from an
 * older setup): the store keeps the newest valid decision. `set()` removes those copies, writes,
 * and throws when the browser did not keep the cookie (too large, cookies blocked), which the
 * store reports as a `storage.set` failure.
 */
export function cookieAdapter(options: CookieAdapterOptions = {}): ConsentStorage {
  const { name = CONSENT_COOKIE, hostPrefix, maxAgeDays, ...attributes } = options;
  // A __Host- cookie has Path=/ and no Domain: nothing else is accepted beside hostPrefix.
  optional(options as Record<string, unknown>, 'name', 'cookieAdapter', COOKIE_NAME);
  optional(options as Record<string, unknown>, 'path', 'cookieAdapter', hostPrefix ? /^\/$/ : COOKIE_PATH);
  optional(options as Record<string, unknown>, 'domain', 'cookieAdapter', hostPrefix ? /$^/ : COOKIE_DOMAIN);
  // Browsers accept a __Host- cookie only with Secure, which an http page cannot count on.
  const key = hostPrefix && hasDocument() && location.protocol === 'https:' ? HOST_PREFIX + name : name;
  return {
    key,
    get: () => readCookies(key),
    // The record's own lifetime, not expiresAt minus the page clock: a store with its own clock
    // (or a skewed one) would otherwise write a cookie that is already expired.
    set(value, record) {
      // Copies on other paths or parent domains would be read beside this one on every load.
      deleteCookie(key, attributes);
      // writeCookie reads the cookie back: false when the browser did not keep it.
      if (!writeCookie(key, value, { ...attributes, maxAge: maxAgeDays !== undefined ? maxAgeDays * 86400 : record.expiresAt - record.decidedAt })) {
        throw new Error(process.env.NODE_ENV !== 'production' ? `the browser did not keep the ${key} cookie` : key);
      }
    },
    remove: () => deleteCookie(key, attributes),
  };
}
