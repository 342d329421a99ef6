/**
 * The one module that touches `document.cookie`. Everything is a no-op (or empty) without a DOM,
 * so it is safe to import on a server.
 */
import { hasDocument } from './environment';

/** Attributes for a cookie write. */
export interface CookieAttributes {
  /** Lifetime in seconds; omitted for a session cookie. */
  maxAge?: number;
  /** @default '/' */
  path?: string;
  /** Host-only when omitted. */
  domain?: string;
  /** @default 'Lax' */
  sameSite?: 'Strict' | 'Lax' | 'None';
  /** @default true on https pages */
  secure?: boolean;
}

/**
 * Percent-encodes what a cookie value cannot hold.
 * @throws URIError when `value` is not valid text (a lone UTF-16 surrogate)
 */
export const encodeCookieValue = (value: string): string =>
  // Characters outside RFC 6265 cookie-octets (and `%`, the escape itself) are percent-encoded;
  // everything else is written as is, so values stay readable in devtools.
  value.replace(/[^!#$&'()*+\-./\w:<=>?@[\]^`{|}~]+/g, encodeURIComponent);

/**
 * Reverses {@link encodeCookieValue}, and unquotes a value in double quotes (RFC 6265 allows
 * `theme="dark"`); a malformed escape is returned as written.
 */
export function decodeCookieValue(value: string): string {
  value = value.replace(/^"(.*)"$/, '$1');
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Every `[name, value]` pair of a `Cookie` header (or `document.cookie`), values decoded, in order
 * and with duplicates: browsers list a name once per path and domain it was set on, longer paths first.
 */
export const parseCookieHeader = (header: string | null | undefined): [name: string, value: string][] =>
  (header || '').split(';').flatMap((pair) => {
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    return eq > 0 && name ? [[name, decodeCookieValue(pair.slice(eq + 1).trim())] as [string, string]] : [];
  });

// The last cookie string parsed, and what it holds: the store's load and its sweep after connecting
// read the same string at startup, and it is parsed once.
let parsed: [header: string, cookies: [string, string][]] = ['', []];
const pageCookies = () => {
  const header = hasDocument() ? document.cookie : '';
  if (header !== parsed[0]) parsed = [header, parseCookieHeader(header)];
  return parsed[1];
};

/** Every value this page sees under `name`: one per path or domain it was set on, longer paths first. */
export const readCookies = (name: string): string[] => pageCookies().flatMap(([key, value]) => (key === name ? [value] : []));

/** Reads one cookie visible to this page (the first listed, when several paths or domains hold one). */
export const readCookie = (name: string): string | undefined => readCookies(name)[0];

/** Names of every cookie visible to this page (a name set on several paths or domains comes once for each). */
export const cookieNames = (): string[] => pageCookies().map(([name]) => name);

/**
 * Writes a cookie with explicit attributes: `Path=/`, `SameSite=Lax`, `Secure` on https by default,
 * then reads it back when this page can see it.
 * @returns false when nothing was stored: no DOM, an attribute holding `;` or a control character
 * (it could add attributes of its own), or a browser that dropped the cookie (too large, blocked,
 * a `Secure` or `__Host-` rule). True for a cookie on a path this page is not on, which it cannot read.
 * @throws URIError when `value` is not valid text (see {@link encodeCookieValue})
 */
export function writeCookie(name: string, value: string, attributes: CookieAttributes = {}): boolean {
  if (!hasDocument()) return false;
  const { maxAge, path = '/', domain = '', sameSite = 'Lax', secure = location.protocol === 'https:' } = attributes;
  const page = location.pathname;
  // Defence in depth: the callers check names and attributes, but no data may ever reach the jar
  // as an attribute of its own.
  if (/[;\0-\x1f\x7f]/.test(name + path + domain + sameSite)) return false;
  document.cookie =
    `${name}=${encodeCookieValue(value)}; Path=${path}; SameSite=${sameSite}` +
    (maxAge !== undefined ? `; Max-Age=${Math.max(0, Math.floor(maxAge))}` : '') +
    (domain ? `; Domain=${domain}` : '') +
    // Browsers refuse SameSite=None without Secure.
    (secure || sameSite === 'None' ? '; Secure' : '');
  // A deletion leaves nothing to read, and a cookie for a path this page is not on is out of sight.
  return maxAge === 0 || !(page === path || page.startsWith(path.replace(/\/?$/, '/'))) || readCookies(name).includes(value);
}

/**
 * Deletes a cookie wherever it may have been set from this page: host-only and on every parent
 * domain (`.example.com` variants), on the given path, `/` and every prefix of the current path.
 * A cookie is only removed by a write that repeats its path and domain, and a script rarely knows
 * which ones a third party used. `sameSite` and `secure` are repeated too: in a cross-site frame,
 * only a `SameSite=None; Secure` write reaches the cookie.
 */
export function deleteCookie(name: string, attributes: Omit<CookieAttributes, 'maxAge'> = {}): void {
  if (hasDocument()) {
    const labels = location.hostname.split('.');
    const segments = location.pathname.split('/');
    // Host-only (no Domain), the declared domain, then the host and each parent domain.
    for (const domain of [undefined, attributes.domain, ...labels.map((_, i) => labels.slice(i).join('.'))]) {
      // The declared path, then "/" (the empty prefix) and each longer prefix of this page's path.
      for (const path of [attributes.path, ...segments.map((_, i) => segments.slice(0, i + 1).join('/'))]) {
        writeCookie(name, '', { ...attributes, maxAge: 0, path: path || '/', domain });
      }
    }
  }
}
