import { encodeConsentRecord, type ConsentRecord } from '../../src/core/record';
import { defineConsentConfig } from '../../src/core/config';

/**
 * The config from the issue, plus an advertising category that sells or shares data (for GPC) and
 * a RegExp-named cookie family (`_ga_<id>`), as Google Analytics 4 sets them.
 */
export const shopConfig = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login and security.' },
    functional: { title: 'Functional', description: 'Remembers your settings.' },
    analytics: { title: 'Analytics', description: 'Counts visits.' },
    advertising: { title: 'Advertising', description: 'Personalised ads.', saleOrSharing: true },
  },
  cookies: [
    { name: 'auth-token', category: 'essential', purpose: 'Keeps you logged in', duration: { days: 7 } },
    { name: 'session-id', category: 'essential', purpose: 'Maintains your session', duration: 'session' },
    { name: 'theme-mode', category: 'functional', purpose: 'Light/dark theme preference', duration: { days: 90 } },
    { name: '_ga', category: 'analytics', provider: 'Google Analytics', purpose: 'Visitor ID', duration: { years: 2 } },
    { name: /^_ga_/, category: 'analytics', provider: 'Google Analytics', purpose: 'Session state', duration: { years: 2 } },
    { name: 'ad-id', category: 'advertising', purpose: 'Ad personalisation', duration: { days: 30 } },
  ],
});

/** Every cookie name the page can see. */
export const visibleCookies = (): string[] =>
  document.cookie
    .split(';')
    .map((pair) => pair.split('=')[0]!.trim())
    .filter(Boolean);

/** A promise with its resolve function exposed, for adapters that answer when a test says so. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A stored value as the store would have written it for `shopConfig`, decided at `at` (ms). */
export function storedValue(patch: Partial<ConsentRecord> = {}, at = Date.UTC(2026, 0, 15)): string {
  const decidedAt = Math.floor(at / 1000);
  return encodeConsentRecord({
    schema: 1,
    revision: 1,
    id: 'a'.repeat(32),
    decidedAt,
    expiresAt: decidedAt + shopConfig.consentExpirySeconds,
    method: 'custom',
    gpc: false,
    choices: { essential: true, functional: true, analytics: false, advertising: false },
    ...patch,
  });
}

/** Every consent id among the page's `ck_consent` cookies. */
export const consentCookieIds = (): string[] =>
  document.cookie
    .split('; ')
    .filter((pair) => pair.startsWith('ck_consent='))
    .map((pair) => pair.split('.')[2]!);
