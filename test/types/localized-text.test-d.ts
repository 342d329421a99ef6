import { expectTypeOf } from 'vitest';
import { defineConsentConfig } from '../../src/core/config';

// Config text in several languages: with `locales` declared, every map must name each of them.

// Given declared locales, maps naming each of them compile, beside plain strings.
const both = defineConsentConfig({
  revision: 1,
  locales: ['en', 'de'],
  policyUrl: { en: '/cookies', de: '/de/cookies' },
  categories: {
    essential: { required: true, title: { en: 'Essential', de: 'Notwendig' }, description: 'Login.' },
    analytics: { title: { en: 'Analytics', de: 'Statistik' }, description: { en: 'Visits.', de: 'Besuche.' } },
  },
  cookies: [{ name: '_ga', category: 'analytics', purpose: { en: 'Visitor ID', de: 'Besucher-ID' }, provider: 'Google', duration: { years: 2 } }],
  services: [
    {
      name: 'Google Analytics',
      category: 'analytics',
      purpose: { en: 'Statistics', de: 'Statistik' },
      data: { en: 'Page views', de: 'Seitenaufrufe' },
      control: { en: 'Opt out', de: 'Widerspruch' },
      duration: { en: '2 years', de: '2 Jahre' },
      privacyPolicyUrl: { en: 'https://policies.google.com/privacy?hl=en', de: 'https://policies.google.com/privacy?hl=de' },
    },
  ],
  storage: [{ key: 'draft', category: 'analytics', purpose: { en: 'Draft', de: 'Entwurf' }, duration: { days: 1 } }],
});
expectTypeOf(both.categoryIds).toEqualTypeOf<readonly ('essential' | 'analytics')[]>();

// Given declared locales, a category description without "de" is a compile error.
defineConsentConfig({
  revision: 1,
  locales: ['en', 'de'],
  categories: {
    // @ts-expect-error "de" is missing from a declared-locale map
    analytics: { title: 'Analytics', description: { en: 'Visits.' } },
  },
});

// Given declared locales, a cookie purpose without "de" is a compile error.
defineConsentConfig({
  revision: 1,
  locales: ['en', 'de'],
  categories: { analytics: { title: 'Analytics', description: 'Visits.' } },
  // @ts-expect-error "de" is missing from a cookie's purpose
  cookies: [{ name: '_ga', category: 'analytics', purpose: { en: 'Visitor ID' }, duration: { years: 2 } }],
});

// Given declared locales, a service's data and a policy URL without "de" are compile errors.
defineConsentConfig({
  revision: 1,
  locales: ['en', 'de'],
  categories: { analytics: { title: 'Analytics', description: 'Visits.' } },
  // @ts-expect-error "de" is missing from a service's data
  services: [{ name: 'GA', category: 'analytics', purpose: 'Stats', data: { en: 'Views' }, privacyPolicyUrl: 'https://policies.google.com/privacy' }],
});
defineConsentConfig({
  revision: 1,
  locales: ['en', 'de'],
  // @ts-expect-error "de" is missing from the policy URL
  policyUrl: { en: '/cookies' },
  categories: { analytics: { title: 'Analytics', description: 'Visits.' } },
});

// Given no declared locales, maps may name any locales, and need not agree.
defineConsentConfig({
  revision: 1,
  categories: {
    analytics: { title: { en: 'Analytics', fr: 'Statistiques' }, description: { de: 'Besuche.' } },
  },
});
