import { defineConsentConfig } from '../../src/index';

/** Forty cookies over four categories: how the dialog and the table cope with a long policy. */
export const manyCookiesConfig = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login, security, payments and load balancing.' },
    functional: { title: 'Functional', description: 'Settings, upload drafts and accessibility preferences.' },
    analytics: { title: 'Analytics', description: 'Page speed, popular features, error tracking and A/B tests.' },
    marketing: { title: 'Marketing', description: 'Measuring campaigns and showing our ads on other sites.' },
  },
  cookies: Array.from({ length: 40 }, (_, i) => ({
    name: `cookie-${String(i + 1).padStart(2, '0')}`,
    category: (['essential', 'functional', 'analytics', 'marketing'] as const)[i % 4]!,
    purpose: `Purpose of cookie ${i + 1}`,
    duration: i % 3 === 0 ? ('session' as const) : { days: (i + 1) * 3 },
  })),
});
