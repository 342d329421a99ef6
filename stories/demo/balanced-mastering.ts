import { defineConsentConfig, googleMapsEmbed, youtubeEmbed } from '../../src/index';

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

const [stripe, supabase, googleAnalytics] = balancedMasteringConfig.services;

/**
 * The demo site's config: the reference policy above, with each of its three third parties given a
 * consent of its own (the policy names Stripe, Supabase and Google Analytics; it does not name
 * Cloudflare, so neither does this), and what the demo page itself adds.
 *
 * - Stripe and Supabase: switches under Essential, locked on with it.
 * - Google Analytics: a switch under Analytics; `_ga` and `_gid`, which the policy lists as its
 *   cookies, go with it, so turning it off erases them.
 * - Not in the reference policy: the home page's video (YouTube, privacy-enhanced host) and map
 *   (Google Maps), in a category of their own, each a service with its own switch. Google may use
 *   what a visitor watches or looks up for its advertising, which the US state laws count as
 *   sharing: the category is `saleOrSharing`, so Global Privacy Control refuses it everywhere.
 * - For US opt-out states (`'US-CA'`), Analytics is also `optOut`: there it runs until the visitor
 *   opts out, as the policy's "Opt-out options" describe; it changes nothing in the EU.
 *
 * One config for every visitor: the EU banner, California's "Your Privacy Choices" (whose dialog
 * has the Analytics and Embedded media switches) and the rest of the world's quiet mode differ
 * only by the provider's `region`.
 *
 * The policy says local storage "persists until cleared or expired" but names no key, so the
 * config declares none (the policy table's stories show storage rows with a config of their own).
 */
export const demoSiteConfig = defineConsentConfig({
  revision: 1,
  categories: {
    ...balancedMasteringConfig.categories,
    analytics: { ...balancedMasteringConfig.categories.analytics, optOut: true },
    media: {
      title: 'Embedded media',
      description: 'Videos and maps from other sites, which receive your IP address and can see what you watch or look up.',
      saleOrSharing: true,
    },
  },
  cookies: balancedMasteringConfig.cookies.map((cookie) =>
    cookie.provider === googleAnalytics!.name ? { ...cookie, service: 'google-analytics' as const } : cookie,
  ),
  services: [
    { ...stripe!, id: 'stripe' },
    { ...supabase!, id: 'supabase' },
    { ...googleAnalytics!, id: 'google-analytics' },
    { ...youtubeEmbed.service, category: 'media' },
    { ...googleMapsEmbed.service, category: 'media' },
  ],
});
