import { defineConsentConfig } from '../../src/index';

/**
 * The cookie policy of Balanced Mastering, a fictional audio-mastering service, as a consentkit
 * config: the same categories, cookies, durations and third parties as the published policy.
 * Stories, the demo site and the policy-table tests all read it.
 */
export const balancedMasteringConfig = defineConsentConfig({
  revision: 1,
  categories: {
    essential: {
      required: true,
      title: 'Essential',
      description:
        "Authentication and security: remember that you're logged in, protect against malicious attacks, maintain your connection to our servers and detect suspicious activity. Disabling them would stop login, file uploads and payments from working.",
    },
    functional: {
      title: 'Functional',
      description:
        "User experience: remember your settings and choices, save partially completed upload forms, remember which pages you've visited and store accessibility preferences.",
    },
    analytics: {
      title: 'Analytics',
      description:
        'Service improvement: identify slow-loading pages, understand which features are popular, detect and fix website issues and compare different versions of pages.',
    },
  },
  cookies: [
    { name: 'auth-token', category: 'essential', purpose: 'Keeps you logged in', duration: { days: 7 } },
    { name: 'session-id', category: 'essential', purpose: 'Maintains your session', duration: 'session' },
    { name: 'csrf-token', category: 'essential', purpose: 'Security protection', duration: 'session' },
    { name: 'user-preferences', category: 'functional', purpose: 'Saves your settings', duration: { days: 30 } },
    { name: 'theme-mode', category: 'functional', purpose: 'Light/dark theme preference', duration: { days: 90 } },
    { name: 'upload-history', category: 'functional', purpose: 'Recent upload information', duration: { days: 7 } },
    { name: '_ga', category: 'analytics', provider: 'Google Analytics', purpose: 'Google Analytics visitor ID', duration: { years: 2 } },
    { name: '_gid', category: 'analytics', provider: 'Google Analytics', purpose: 'Google Analytics session ID', duration: { hours: 24 } },
    { name: 'usage-stats', category: 'analytics', purpose: 'Feature usage tracking', duration: { days: 30 } },
  ],
  services: [
    {
      name: 'Stripe',
      category: 'essential',
      purpose: 'Secure payment processing and fraud detection',
      data: 'Payment method preferences and session security',
      control: "Managed by Stripe's privacy policy",
      duration: 'Varies by cookie type',
      privacyPolicyUrl: 'https://stripe.com/privacy',
    },
    {
      name: 'Supabase',
      category: 'essential',
      purpose: 'User authentication and session management',
      data: 'Login state and security tokens',
      control: 'Essential for account functionality',
      duration: 'Session or 7 days',
      privacyPolicyUrl: 'https://supabase.com/privacy',
    },
    {
      name: 'Google Analytics',
      category: 'analytics',
      purpose: 'Website usage statistics and performance',
      data: 'Page views, session duration, user flow',
      control: 'Can be disabled in browser settings',
      duration: 'Up to 2 years',
      privacyPolicyUrl: 'https://policies.google.com/privacy',
    },
  ],
});
