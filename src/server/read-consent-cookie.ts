import { parseCookieHeader } from '../core/cookie-jar';
import { CONSENT_COOKIE } from '../core/cookie-syntax';
import { compareOrder, decodeConsentRecord, orderOf, type ConsentRecord } from '../core/record';

/**
 * The stored consent value from a request's `Cookie` header, for `<ConsentProvider initialValue>`:
 * server and client then start from the same state, with no banner flash and no hydration mismatch.
 * Returns null when the cookie is absent (the provider then renders "not decided" on both sides).
 *
 * A header can carry the name several times (an older cookie on a parent domain or another path):
 * the newest decision wins (latest `decidedAt`, then the greater id), wherever it stands in the header.
 *
 * With `cookieAdapter({ hostPrefix: true })`, read the prefixed name on https requests:
 * `readConsentCookie(header, '__Host-ck_consent')`.
 */
export function readConsentCookie(cookieHeader: string | null | undefined, name = CONSENT_COOKIE): string | null {
  let found: string | null = null;
  let newest: ConsentRecord | undefined;
  for (const [key, value] of parseCookieHeader(cookieHeader)) {
    const result = key === name && decodeConsentRecord(value, []);
    // A value that does not decode is kept only while nothing better was seen, so that
    // readConsentState can still report it.
    if (result && (result.ok ? compareOrder(orderOf(result.record), orderOf(newest)) > 0 : found === null)) {
      found = value;
      if (result.ok) newest = result.record;
    }
  }
  return found;
}
