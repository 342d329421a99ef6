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

/** Percent-encodes what a cookie value cannot hold. */
export const encodeCookieValue = (value: string): string =>
  // Characters outside RFC 6265 cookie-octets (and `%`, the escape itself) are percent-encoded;
  // everything else is written as is, so values stay readable in devtools.
  value.replace(/[^!#$&'()*+\-./\w:<=>?@[\]^`{|}~]+/g, encodeURIComponent);

/** Reverses {@link encodeCookieValue}; a malformed escape is returned as written. */
export function decodeCookieValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Parses a `Cookie` header (or `document.cookie`) into name → decoded value; the first of duplicates wins. */
export function parseCookieHeader(header: string | null | undefined): Map<string, string> {
  const jar = new Map<string, string>();
  for (const pair of (header || '').split(';')) {
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    if (eq > 0 && name && !jar.has(name)) jar.set(name, decodeCookieValue(pair.slice(eq + 1).trim()));
  }
  return jar;
}

const pageCookies = () => parseCookieHeader(hasDocument() ? document.cookie : '');

/** Reads one cookie visible to this page. */
export const readCookie = (name: string): string | undefined => pageCookies().get(name);

/** Names of every cookie visible to this page. */
export const cookieNames = (): string[] => [...pageCookies().keys()];

/**
 * Writes a cookie with explicit attributes: `Path=/`, `SameSite=Lax`, `Secure` on https by default.
 * @returns false without a DOM (nothing written)
 */
export function writeCookie(name: string, value: string, attributes: CookieAttributes = {}): boolean {
  if (!hasDocument()) return false;
  const { maxAge, path = '/', domain, sameSite = 'Lax', secure = location.protocol === 'https:' } = attributes;
  document.cookie =
    `${name}=${encodeCookieValue(value)}; Path=${path}; SameSite=${sameSite}` +
    (maxAge !== undefined ? `; Max-Age=${Math.max(0, Math.floor(maxAge))}` : '') +
    (domain ? `; Domain=${domain}` : '') +
    // Browsers refuse SameSite=None without Secure.
    (secure || sameSite === 'None' ? '; Secure' : '');
  return true;
}

/**
 * Deletes a cookie wherever it may have been set from this page: host-only and on every parent
 * domain (`.example.com` variants), on the given path, `/` and every prefix of the current path.
 * A cookie is only removed by a write that repeats its path and domain, and a script rarely knows
 * which ones a third party used.
 */
export function deleteCookie(name: string, { path, domain }: { path?: string; domain?: string } = {}): void {
  if (hasDocument()) {
    const labels = location.hostname.split('.');
    const segments = location.pathname.split('/');
    // Host-only (no Domain), the declared domain, then the host and each parent domain.
    for (const where of [undefined, domain, ...labels.map((_, i) => labels.slice(i).join('.'))]) {
      // The declared path, then "/" (the empty prefix) and each longer prefix of this page's path.
      for (const prefix of [path, ...segments.map((_, i) => segments.slice(0, i + 1).join('/'))]) {
        writeCookie(name, '', { maxAge: 0, path: prefix || '/', domain: where });
      }
    }
  }
}
