/**
 * The one module that touches `document.cookie`. Everything is a no-op (or empty) without a DOM,
 * so it is safe to import on a server.
 */

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

const hasDocument = () => typeof document !== 'undefined';

// Characters outside RFC 6265 cookie-octets (and `%`, the escape itself) are percent-encoded;
// everything else is written as is, so values stay readable in devtools.
const UNSAFE = /[^!#$&'()*+\-./0-9:<=>?@A-Z[\]^_`a-z{|}~]+/g;

/** Percent-encodes what a cookie value cannot hold. */
export function encodeCookieValue(value: string): string {
  return value.replace(UNSAFE, encodeURIComponent);
}

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
  if (!header) return jar;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const name = pair.slice(0, eq).trim();
    if (name && !jar.has(name)) jar.set(name, decodeCookieValue(pair.slice(eq + 1).trim()));
  }
  return jar;
}

/** Reads one cookie visible to this page. */
export function readCookie(name: string): string | undefined {
  return hasDocument() ? parseCookieHeader(document.cookie).get(name) : undefined;
}

/** Names of every cookie visible to this page. */
export function cookieNames(): string[] {
  return hasDocument() ? [...parseCookieHeader(document.cookie).keys()] : [];
}

/** Writes a cookie with explicit attributes: `Path=/`, `SameSite=Lax`, `Secure` on https by default. */
export function writeCookie(name: string, value: string, attributes: CookieAttributes = {}): void {
  if (!hasDocument()) return;
  const { maxAge, path = '/', domain, sameSite = 'Lax', secure = location.protocol === 'https:' } = attributes;
  let cookie = `${name}=${encodeCookieValue(value)}; Path=${path}; SameSite=${sameSite}`;
  if (maxAge !== undefined) cookie += `; Max-Age=${Math.max(0, Math.floor(maxAge))}`;
  if (domain) cookie += `; Domain=${domain}`;
  // Browsers refuse SameSite=None without Secure.
  if (secure || sameSite === 'None') cookie += '; Secure';
  document.cookie = cookie;
}

/**
 * Deletes a cookie wherever it may have been set from this page: host-only and on every parent
 * domain (`.example.com` variants), on the given path, `/` and every prefix of the current path.
 * A cookie is only removed by a write that repeats its path and domain, and a script rarely knows
 * which ones a third party used.
 */
export function deleteCookie(name: string, where: { path?: string; domain?: string } = {}): void {
  if (!hasDocument()) return;
  const host = location.hostname;
  const labels = host.split('.');
  const domains = new Set<string | undefined>([undefined, where.domain]);
  for (let i = 0; i < labels.length - 1; i++) domains.add(labels.slice(i).join('.'));
  const paths = new Set<string>(['/', where.path || '/']);
  let prefix = '';
  for (const segment of location.pathname.split('/').filter(Boolean)) {
    prefix += `/${segment}`;
    paths.add(prefix);
  }
  for (const domain of domains) {
    for (const path of paths) {
      document.cookie = `${name}=; Max-Age=0; Path=${path}${domain ? `; Domain=${domain}` : ''}`;
    }
  }
}
