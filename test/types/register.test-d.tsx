import { expectTypeOf } from 'vitest';
import { defineConsentConfig } from '../../src/core/config';
import type { CategoryChoice } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent } from '../../src/react/use-consent';
import { useCookie } from '../../src/react/use-cookie';
import { useStorageItem } from '../../src/react/use-storage-item';

const config = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login and security.' },
    functional: { title: 'Functional', description: 'Settings.' },
    analytics: { title: 'Analytics', description: 'Visits.', doNotTrack: true },
  },
  services: [
    { id: 'stripe', name: 'Stripe', category: 'essential', purpose: 'Payments', data: 'Card', privacyPolicyUrl: 'https://stripe.com/privacy' },
    { id: 'ga', name: 'Google Analytics', category: 'analytics', purpose: 'Stats', data: 'Views', privacyPolicyUrl: 'https://policies.google.com/privacy' },
    { name: 'Cloudflare', category: 'essential', purpose: 'Delivery', data: 'IP address', privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/' },
  ],
  consentExpiry: { accepted: { months: 12 }, rejected: { months: 1 } },
  storage: [
    { key: 'user-preferences', category: 'functional', purpose: 'Settings', duration: { days: 30 } },
    { key: 'upload-draft', area: 'session', category: 'functional', purpose: 'Draft', duration: 'session' },
    { key: '_hjSession_*', category: 'analytics', purpose: 'Session', duration: { minutes: 30 } },
  ],
  cookies: [
    { name: 'auth-token', category: 'essential', purpose: 'Keeps you logged in', duration: { days: 7 } },
    { name: 'theme-mode', category: 'functional', purpose: 'Light/dark theme preference', duration: { days: 90 } },
    { name: '_ga', category: 'analytics', service: 'ga', purpose: 'Visitor ID', duration: { years: 2 } },
    { name: /^_ga_/, category: 'analytics', purpose: 'Session state', duration: { years: 2 } },
    { name: '_gid*', category: 'analytics', purpose: 'Session state', duration: { days: 1 } },
  ],
});

declare module '../../src/react/register' {
  interface Register {
    config: typeof config;
  }
}

export function Registered() {
  // Declared categories compile and give a boolean.
  expectTypeOf(useConsent('analytics')).toEqualTypeOf<boolean>();
  expectTypeOf(useConsent('essential')).toEqualTypeOf<boolean>();
  // @ts-expect-error a misspelt category is a compile error
  useConsent('analyitcs');

  // Services with an id are checked as 'service:<id>'; a misspelt or id-less one is a compile error.
  expectTypeOf(useConsent('service:ga')).toEqualTypeOf<boolean>();
  // @ts-expect-error a misspelt service is a compile error
  useConsent('service:gaa');
  // @ts-expect-error a service without an id has no consent of its own
  useConsent('service:Cloudflare');
  // @ts-expect-error a service is named with its prefix
  useConsent('ga');

  const { choices, save } = useConsent();
  expectTypeOf(choices).toEqualTypeOf<Readonly<Record<'essential' | 'functional' | 'analytics' | 'service:stripe' | 'service:ga', CategoryChoice>>>();
  save({ functional: true, analytics: false });
  save({ analytics: true, 'service:ga': false });
  // @ts-expect-error save() only takes declared services
  save({ 'service:hotjar': true });
  // @ts-expect-error save() only takes declared categories
  save({ marketing: true });
  // @ts-expect-error a choice is a boolean
  save({ analytics: 'yes' });

  // Declared string cookie names compile; value, setter (boolean: refused without consent), remover.
  expectTypeOf(useCookie('theme-mode')).toEqualTypeOf<readonly [value: string | undefined, set: (value: string) => boolean, remove: () => void]>();
  useCookie('auth-token');
  // @ts-expect-error an undeclared cookie is a compile error
  useCookie('undeclared');
  // @ts-expect-error a '*' family is a pattern, not a name a cookie can be written under
  useCookie('_gid*');

  // Declared exact storage keys compile, with the same tuple as useCookie.
  expectTypeOf(useStorageItem('user-preferences')).toEqualTypeOf<readonly [value: string | undefined, set: (value: string) => boolean, remove: () => void]>();
  useStorageItem('upload-draft', { area: 'session' });
  // @ts-expect-error an undeclared storage key is a compile error
  useStorageItem('undeclared');
  // @ts-expect-error a '*' family is a pattern, not a key a value can be written under
  useStorageItem('_hjSession_*');
  // @ts-expect-error an area is 'local' or 'session'
  useStorageItem('user-preferences', { area: 'indexeddb' });

  return (
    <ConsentProvider config={config}>
      <p />
    </ConsentProvider>
  );
}

export const unknownCategory = defineConsentConfig({
  revision: 1,
  categories: { essential: { required: true, title: 'Essential', description: 'Login.' } },
  cookies: [
    // @ts-expect-error a cookie may only name a declared category
    { name: '_ga', category: 'analytics', service: 'ga', purpose: 'Visitor ID', duration: { years: 2 } },
  ],
});

export const unknownServiceCategory = defineConsentConfig({
  revision: 1,
  categories: { essential: { required: true, title: 'Essential', description: 'Login.' } },
  services: [
    // @ts-expect-error a service may only name a declared category
    { name: 'GA', category: 'analytics', purpose: 'Stats', data: 'Views', privacyPolicyUrl: 'https://example.com' },
  ],
});

export const unknownCookieService = defineConsentConfig({
  revision: 1,
  categories: { analytics: { title: 'Analytics', description: 'Visits.' } },
  services: [{ id: 'ga', name: 'GA', category: 'analytics', purpose: 'Stats', data: 'Views', privacyPolicyUrl: 'https://example.com' }],
  cookies: [
    // @ts-expect-error a cookie may only name a declared service id
    { name: '_ga', category: 'analytics', service: 'gaa', purpose: 'Visitor ID', duration: { years: 2 } },
  ],
});

export const unknownStorageCategory = defineConsentConfig({
  revision: 1,
  categories: { essential: { required: true, title: 'Essential', description: 'Login.' } },
  storage: [
    // @ts-expect-error a storage key may only name a declared category
    { key: 'cart', category: 'shop', purpose: 'Basket', duration: { days: 7 } },
  ],
});

export const badLifetimes = defineConsentConfig({
  revision: 1,
  categories: { essential: { required: true, title: 'Essential', description: 'Login.' } },
  // @ts-expect-error separate lifetimes need both lengths
  consentExpiry: { rejected: { months: 1 } },
});

export const badDuration = defineConsentConfig({
  revision: 1,
  categories: { essential: { required: true, title: 'Essential', description: 'Login.' } },
  // @ts-expect-error a duration is 'session' or a length of known units
  cookies: [{ name: 'sid', category: 'essential', purpose: 'Session', duration: { weeks: 1 } }],
});
