import { parseCookieHeader } from '../core/cookie-jar';
import { CONSENT_COOKIE } from '../core/cookie-syntax';
import { newestPlausible, type ConsentRecord } from '../core/record';

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
  return newestConsentCookie(cookieHeader, name, Date.now)[0];
}

/**
 * {@link readConsentCookie} on a given clock (milliseconds), with the record the chosen copy holds,
 * decoded with these ids: for `reissueConsentCookie`, whose `now` option decides which copy it
 * renews, and whose config decides for how long. Copies are ordered alike whatever the ids. The
 * clock is read once, and only when a copy is there; a caller that goes on to judge the record
 * passes a clock that keeps that reading, so that both are judged at one instant.
 */
export function newestConsentCookie(
  cookieHeader: string | null | undefined,
  name: string,
  now: () => number,
  categoryIds?: readonly string[],
  serviceIds?: readonly (string | undefined)[],
): [value: string | null, record: ConsentRecord | undefined] {
  const copies = parseCookieHeader(cookieHeader)
    .filter(([key]) => key === name)
    .map(([, value]) => value);
  // Read only when a copy is there. As the store reads the copies: only a record a store could
  // have written is a candidate (a tampered one dated ahead would sort after every real decision).
  // Without one, the first copy is returned all the same, so that readConsentState can report it.
  const [record, value] = copies.length ? newestPlausible(copies, now() / 1000, categoryIds, serviceIds) : [];
  return [value ?? copies[0] ?? null, record];
}
