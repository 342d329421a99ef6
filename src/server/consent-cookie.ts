import { encodeCookieValue } from '../core/cookie-jar';
import { CONSENT_COOKIE, COOKIE_DOMAIN, COOKIE_NAME, COOKIE_PATH, HOST_PREFIX } from '../core/cookie-syntax';
import type { ConsentConfig } from '../core/config';
import { lapsesAt } from '../core/evaluate';
import { check, optional } from '../core/validate-config';
import { newestConsentCookie } from './read-consent-cookie';
import type { CookieAdapterOptions } from '../storage/cookie';

/** Options for {@link reissueConsentCookie}: the `cookieAdapter` options the site uses, so that both write one cookie. */
export interface ReissueConsentCookieOptions extends CookieAdapterOptions {
  /**
   * The site's config: the cookie is then kept no longer than the decision lasts under it (a policy
   * that shortened its lifetimes since, or a refusal's shorter one), and a decision that has lapsed
   * under it is not re-issued. Without it, the record's own expiry.
   */
  config?: ConsentConfig<string, string>;
  /** Clock in milliseconds, for tests. @default Date.now */
  now?: () => number;
}

/** Browsers keep a cookie at most 400 days. */
const MAX_AGE = 400 * 86400;

/**
 * A `Set-Cookie` header value that re-issues the request's consent cookie from the server, for
 * its full remaining lifetime: Safari keeps a cookie written by script at most 7 days, a visitor
 * who returns after a week would be asked again, while a cookie set by an HTTP response keeps its
 * `Max-Age`. The attributes are those `cookieAdapter(options)` writes (`Path`, `SameSite`,
 * `Domain`, `Secure`, the `__Host-` name with `hostPrefix`); never `HttpOnly`, since the store
 * reads the cookie from script.
 *
 * `source` is the request, its `Headers` or its `Cookie` header. `Secure` follows the request
 * (its URL, or `X-Forwarded-Proto` behind a proxy) and defaults to on when only headers are given;
 * `options.secure` decides otherwise. Returns null when there is nothing to re-issue: no consent
 * cookie, or one that is malformed, tampered (a lifetime over 13 months, a time in the future)
 * or expired (with `config`: lapsed under it). The newest decision wins among duplicates, as in
 * the browser.
 */
export function reissueConsentCookie(source: Request | Headers | string | null | undefined, options: ReissueConsentCookieOptions = {}): string | null {
  const { name = CONSENT_COOKIE, hostPrefix, domain, path = '/', sameSite = 'Lax', maxAgeDays, now = Date.now } = options;
  const field = 'reissueConsentCookie';
  optional(options as Record<string, unknown>, 'name', field, COOKIE_NAME);
  optional(options as Record<string, unknown>, 'path', field, hostPrefix ? /^\/$/ : COOKIE_PATH);
  optional(options as Record<string, unknown>, 'domain', field, hostPrefix ? /$^/ : COOKIE_DOMAIN);
  check(sameSite === 'Lax' || sameSite === 'Strict' || sameSite === 'None', `${field}.sameSite`, process.env.NODE_ENV !== 'production' && "must be 'Strict', 'Lax' or 'None'");
  // Duck-typed: frameworks hand out their own Request and Headers classes (Next's ReadonlyHeaders).
  const request = typeof source === 'object' && source && 'url' in source ? (source as Request) : undefined;
  const headers = request ? request.headers : typeof source === 'object' && source ? (source as Headers) : undefined;
  const https = request ? new URL(request.url).protocol === 'https:' || headers?.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' : (headers?.get('x-forwarded-proto') ?? 'https').startsWith('https');
  const secure = options.secure ?? https;
  // As cookieAdapter: the prefixed name only where the browser can keep it.
  const key = hostPrefix && secure ? HOST_PREFIX + name : name;
  const { config } = options;
  // One reading of the clock: the copy is chosen and its lapse judged at the same instant.
  const at = now();
  // Read with the config's ids: a refusal's lifetime depends on the choices it holds.
  const [value, record] = newestConsentCookie(headers ? headers.get('cookie') : (source as string | null | undefined), key, () => at, config?.categoryIds, config?.services.map((service) => service.id));
  const seconds = Math.floor(at / 1000);
  const lapses = record && (config ? lapsesAt(config, record) : record.expiresAt);
  if (lapses === undefined || lapses <= seconds) return null;
  const maxAge = Math.min(MAX_AGE, maxAgeDays !== undefined ? Math.floor(maxAgeDays * 86400) : lapses - seconds);
  return (
    `${key}=${encodeCookieValue(value!)}; Path=${path}; SameSite=${sameSite}; Max-Age=${maxAge}` +
    (domain ? `; Domain=${domain}` : '') +
    // Browsers refuse SameSite=None without Secure.
    (secure || sameSite === 'None' ? '; Secure' : '')
  );
}
