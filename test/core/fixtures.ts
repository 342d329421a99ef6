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

/**
 * A config with services of their own inside categories (Stripe in a required one, Google Analytics
 * and Hotjar in analytics, an ad network in the sale/sharing category), a service only listed in the
 * policy (Cloudflare), cookies and storage keys that belong to services, an analytics category that
 * honours Do Not Track, and storage keys in both areas.
 */
export const serviceConfig = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login and security.' },
    functional: { title: 'Functional', description: 'Remembers your settings.' },
    analytics: { title: 'Analytics', description: 'Counts visits.', doNotTrack: true },
    advertising: { title: 'Advertising', description: 'Personalised ads.', saleOrSharing: true },
  },
  services: [
    { id: 'stripe', name: 'Stripe', category: 'essential', purpose: 'Payments', data: 'Card details', privacyPolicyUrl: 'https://stripe.com/privacy' },
    { id: 'ga', name: 'Google Analytics', category: 'analytics', purpose: 'Usage statistics', data: 'Page views', privacyPolicyUrl: 'https://policies.google.com/privacy' },
    { id: 'hotjar', name: 'Hotjar', category: 'analytics', purpose: 'Heatmaps', data: 'Clicks', privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/' },
    { id: 'ads', name: 'Ad network', category: 'advertising', purpose: 'Ads', data: 'Visits', privacyPolicyUrl: 'https://ads.example/privacy' },
    { name: 'Cloudflare', category: 'essential', purpose: 'Delivery', data: 'IP address', privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/' },
  ],
  cookies: [
    { name: 'auth-token', category: 'essential', purpose: 'Keeps you logged in', duration: { days: 7 } },
    { name: '__stripe_mid', category: 'essential', service: 'stripe', purpose: 'Fraud prevention', duration: { years: 1 } },
    { name: 'theme-mode', category: 'functional', purpose: 'Light/dark theme preference', duration: { days: 90 } },
    { name: '_ga', category: 'analytics', service: 'ga', provider: 'Google Analytics', purpose: 'Visitor ID', duration: { years: 2 } },
    { name: '_ga_*', category: 'analytics', service: 'ga', provider: 'Google Analytics', purpose: 'Session state', duration: { years: 2 } },
    { name: '_hjSessionUser_*', category: 'analytics', service: 'hotjar', provider: 'Hotjar', purpose: 'Visitor ID', duration: { years: 1 } },
    { name: 'usage-stats', category: 'analytics', purpose: 'Feature usage tracking', duration: { days: 30 } },
    { name: 'ad-id', category: 'advertising', service: 'ads', purpose: 'Ad personalisation', duration: { days: 30 } },
  ],
  storage: [
    { key: 'user-preferences', category: 'functional', purpose: 'Saves your settings', duration: { days: 30 } },
    { key: 'upload-draft', area: 'session', category: 'functional', purpose: 'A partly filled upload form', duration: 'session' },
    { key: 'cart', category: 'essential', purpose: 'Your basket', duration: { days: 7 } },
    { key: '_hjSession_*', category: 'analytics', service: 'hotjar', provider: 'Hotjar', purpose: 'Session state', duration: { minutes: 30 } },
    { key: 'usage:*', category: 'analytics', purpose: 'Feature usage counters', duration: { days: 30 } },
  ],
});

/** Every key in localStorage and sessionStorage, as `local:key` and `session:key`. */
export const visibleStorage = (): string[] =>
  (['local', 'session'] as const).flatMap((area) => {
    const storage = area === 'local' ? localStorage : sessionStorage;
    return Array.from({ length: storage.length }, (_, i) => `${area}:${storage.key(i)}`);
  });

/** The service choices among a state's choices (`'service:<id>'` keys), by service id. */
export const servicesOf = (choices: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(choices).flatMap(([key, choice]) => (key.startsWith('service:') ? [[key.slice(8), choice]] : [])));

/** The category choices among a state's choices. */
export const categoriesOf = (choices: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(choices).filter(([key]) => !key.startsWith('service:')));
