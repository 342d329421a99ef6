import { defineConsentConfig, googleMapsEmbed, spotifyEmbed, youtubeEmbed } from '../../src/index';
import { balancedMasteringConfig } from '../demo/balanced-mastering';

/** The reference policy's cookies, as a fresh input. */
const balancedMasteringInput = () => ({ cookies: [...balancedMasteringConfig.cookies] });

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

/**
 * The reference policy with a page to link, a Marketing category and three embeddable services,
 * each a consent of its own: the stories of embeds, gates, the prompt and the policy notice.
 */
export const reachConfig = defineConsentConfig({
  ...balancedMasteringInput(),
  revision: 2,
  policyUrl: '/cookie-policy',
  categories: {
    ...balancedMasteringConfig.categories,
    marketing: { title: 'Marketing', description: 'Videos and music from other sites, which may track you there.' },
  },
  services: [
    { ...youtubeEmbed.service, category: 'marketing' },
    { ...spotifyEmbed.service, category: 'marketing' },
    { ...googleMapsEmbed.service, category: 'functional' },
  ],
});

/**
 * The reference policy with Web Storage keys declared beside its cookies. The policy promises that
 * "Local Storage: Persists until cleared or expired" but names no key: these three are examples
 * of what such a site keeps (a half-finished upload form, an audio player's volume for the tab, a
 * family of analytics keys), for the policy table's storage rows.
 */
export const webStorageConfig = defineConsentConfig({
  ...balancedMasteringInput(),
  revision: 1,
  categories: balancedMasteringConfig.categories,
  storage: [
    { key: 'upload-draft', category: 'functional', purpose: 'Keeps a half-finished upload form', duration: { days: 7 } },
    { key: 'player-volume', area: 'session', category: 'functional', purpose: 'Remembers the preview player volume in this tab', duration: 'session' },
    { key: 'usage-events-*', category: 'analytics', purpose: 'Queues feature usage events before they are sent', duration: { days: 30 } },
  ],
});
