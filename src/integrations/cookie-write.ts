import { consentKeyOf, cookieDeclarations, type ConsentConfig } from '../core/config';

/** What a `document.cookie` write (or a CookieStore `set`) does, as far as consent is concerned. */
export interface CookieWrite {
  /** The cookie's name; empty for a nameless write (`document.cookie = 'value'`). */
  name: string;
  /**
   * The write asks for the cookie's removal: a `Max-Age` of 0 or less, or an `Expires` that reads
   * as a date already passed. Browsers read some such dates differently (some as no date at all,
   * keeping the cookie for the session), so this is the write's evident intent, never a promise
   * of what the browser does with the text as written.
   */
  deletes: boolean;
  /**
   * A `document.cookie` text that removes the cookie where this write would have put it: the same
   * `Path` and `Domain`, with `Secure`, `SameSite` and `Partitioned` kept since the browser may
   * refuse or misplace the removal without them. Nothing of the written value is in it.
   */
  deletion: string;
}

/** The attributes a removal keeps, as browsers spell them; the last occurrence wins, as in RFC 6265 §5.3. */
const KEPT: Record<string, string> = { path: 'Path', domain: 'Domain', samesite: 'SameSite', secure: 'Secure', partitioned: 'Partitioned' };

/**
 * Reads the name and the lifetime of a `document.cookie` write as RFC 6265 §5.2 lays them out: the
 * name is what precedes the first `=` of the first pair; a valid `Max-Age` wins over `Expires`.
 */
export function parseCookieWrite(text: string, now: number): CookieWrite {
  const [pair = '', ...attributes] = text.split(';');
  const eq = pair.indexOf('=');
  const name = eq < 0 ? '' : pair.slice(0, eq).trim();
  const kept = new Map<string, string>();
  let maxAge: number | undefined;
  let expires: number | undefined;
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    const key = attribute.slice(0, at < 0 ? undefined : at).trim().toLowerCase();
    const value = at < 0 ? '' : attribute.slice(at + 1).trim();
    // Browsers ignore a Max-Age that is not an optional `-` and digits, and an unreadable date.
    if (key === 'max-age' && /^-?\d+$/.test(value)) maxAge = +value;
    if (key === 'expires' && !isNaN(Date.parse(value))) expires = Date.parse(value);
    if (KEPT[key]) kept.set(key, key === 'secure' || key === 'partitioned' ? KEPT[key] : `${KEPT[key]}=${value}`);
  }
  return {
    name,
    deletes: maxAge !== undefined ? maxAge <= 0 : expires !== undefined && expires <= now,
    deletion: [`${name}=`, 'Max-Age=0', ...kept.values()].join('; '),
  };
}

/**
 * The consents a cookie needs: `'service:<id>'` for a cookie declared with a service, its category
 * for any other declared cookie (each family's, for a name two families match), none for an
 * undeclared one (not the guard's to block).
 */
export const cookieConsentKeys = (config: ConsentConfig, name: string): string[] => (name ? cookieDeclarations(config, name).map(consentKeyOf) : []);
