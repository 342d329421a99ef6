import { parseCookieHeader } from '../core/cookie-jar';
import { CONSENT_COOKIE } from '../core/cookie-syntax';
import { compareOrder, orderOf, plausibleRecord, type ConsentRecord } from '../core/record';

/**
 * The stored consent value from a request's `Cookie` header, for `<ConsentProvider initialValue>`:
 * server and client then start from the same state, with no banner flash and no hydration mismatch.
 * Returns null when the cookie is absent (the provider then renders "not decided" on both sides).
 *
 * A header can carry the name several times (an older cookie on a parent domain or another path):
 * the newest decision wins (latest `decidedAt`, then the greater id), wherever it stands in the header;
 * a tampered copy (dated more than a day ahead, or living over 13 months) is skipped, as the store skips it.
 *
 * With `cookieAdapter({ hostPrefix: true })`, read the prefixed name on https requests:
 * `readConsentCookie(header, '__Host-ck_consent')`.
 */
export function readConsentCookie(cookieHeader: string | null | undefined, name = CONSENT_COOKIE): string | null {
  return newestConsentCookie(cookieHeader, name, Date.now);
}

/**
 * {@link readConsentCookie} on a given clock (milliseconds), read only when a copy decodes: for
 * `reissueConsentCookie`, whose `now` option must decide which copy it renews too.
 */
export function newestConsentCookie(cookieHeader: string | null | undefined, name: string, now: () => number): string | null {
  let found: string | null = null;
  let newest: ConsentRecord | undefined;
  for (const [key, value] of parseCookieHeader(cookieHeader)) {
    if (key !== name) continue;
    // As the store reads the copies: only a record a store could have written is a candidate (a
    // tampered one dated ahead would sort after every real decision). A value that is none is kept
    // only while nothing better was seen, so that readConsentState can still report it.
    const record = plausibleRecord(value, now() / 1000);
    if (record ? compareOrder(orderOf(record), orderOf(newest)) > 0 : found === null) {
      found = value;
      newest = record;
    }
  }
  return found;
}
