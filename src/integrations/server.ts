import type { ConsentConfig } from '../core/config';
import { parseCookieHeader } from '../core/cookie-jar';
import { createConsentStore, type ConsentState } from '../core/store';
import { memoryAdapter } from '../storage/memory';

/**
 * The stored consent value from a request's `Cookie` header, for `<ConsentProvider initialValue>`:
 * server and client then start from the same state, with no banner flash and no hydration mismatch.
 * Returns null when the cookie is absent (the provider then renders "not decided" on both sides).
 */
export function readConsentCookie(cookieHeader: string | null | undefined, name = 'ck_consent'): string | null {
  return parseCookieHeader(cookieHeader).get(name) ?? null;
}

/**
 * The consent state a request carries, validated exactly as the browser would (revision, expiry,
 * tampering), e.g. to decide on the server whether to render an analytics tag.
 */
export function readConsentState<C extends string>(
  config: ConsentConfig<C, string>,
  cookieHeader: string | null | undefined,
  name = 'ck_consent',
): ConsentState<C> {
  const value = readConsentCookie(cookieHeader, name);
  return createConsentStore(config, { storage: memoryAdapter(), initialValue: value, gpc: false }).getState();
}
