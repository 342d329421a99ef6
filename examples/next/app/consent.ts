import { defineConsentConfig } from 'consentkit';

/**
 * The site's consent config: plain data (cookie families are written as '_ga_*', not as RegExp),
 * so the server layouts can pass it to the client shell as a prop.
 */
export const consentConfig = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login, security and the consent decision itself.' },
    functional: { title: 'Functional', description: 'Remember your settings, such as the theme.' },
    analytics: { title: 'Analytics', description: 'Understand which pages are used.' },
    advertising: { title: 'Advertising', description: 'Personalised ads, shared with partners.', saleOrSharing: true },
  },
  cookies: [
    { name: 'session-id', category: 'essential', purpose: 'Keeps you signed in', duration: 'session' },
    { name: 'theme-mode', category: 'functional', purpose: 'Light or dark theme', duration: { days: 90 } },
    { name: '_ga', category: 'analytics', provider: 'Google Analytics', purpose: 'Visitor ID', duration: { years: 1 } },
    { name: '_ga_*', category: 'analytics', provider: 'Google Analytics', purpose: 'Session state', duration: { years: 1 } },
    { name: 'ad-id', category: 'advertising', provider: 'Ad partner', purpose: 'Ad personalisation', duration: { days: 30 } },
  ],
  services: [
    {
      name: 'Google Analytics',
      category: 'analytics',
      purpose: 'Usage statistics',
      data: 'Pages viewed, visit length',
      privacyPolicyUrl: 'https://policies.google.com/privacy',
    },
  ],
});

declare module 'consentkit' {
  interface Register {
    config: typeof consentConfig;
  }
}
