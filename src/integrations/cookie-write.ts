import { findCookie, type ConsentConfig } from '../core/config';

/** What a `document.cookie` write (or a CookieStore `set`) does, as far as consent is concerned. */
export interface CookieWrite {
  /** The cookie's name; empty for a nameless write (`document.cookie = 'value'`). */
  name: string;
  /** The write removes the cookie (`Max-Age` of 0 or less, or an `Expires` date that has passed). */
  deletes: boolean;
}

/**
 * Reads the name and the lifetime of a `document.cookie` write the way browsers do (RFC 6265 §5.2):
 * the name is what precedes the first `=` of the first pair; a valid `Max-Age` wins over `Expires`.
 */
export function parseCookieWrite(text: string, now: number): CookieWrite {
  const [pair = '', ...attributes] = text.split(';');
  const eq = pair.indexOf('=');
  let maxAge: number | undefined;
  let expires: number | undefined;
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    const key = attribute.slice(0, at < 0 ? undefined : at).trim().toLowerCase();
    const value = at < 0 ? '' : attribute.slice(at + 1).trim();
    // Browsers ignore a Max-Age that is not an optional `-` and digits, and an unreadable date.
    if (key === 'max-age' && /^-?\d+$/.test(value)) maxAge = +value;
    if (key === 'expires' && !isNaN(Date.parse(value))) expires = Date.parse(value);
  }
  return { name: eq < 0 ? '' : pair.slice(0, eq).trim(), deletes: maxAge !== undefined ? maxAge <= 0 : expires !== undefined && expires <= now };
}

/**
 * The consent a cookie needs: `'service:<id>'` for a cookie declared with a service, its category
 * for any other declared cookie, undefined for an undeclared one (not the guard's to block).
 */
export function cookieConsentKey(config: ConsentConfig, name: string): string | undefined {
  const declaration = name ? findCookie(config, name) : undefined;
  return declaration && (declaration.service ? `service:${declaration.service}` : declaration.category);
}
