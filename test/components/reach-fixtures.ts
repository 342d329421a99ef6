import { defineConsentConfig } from '../../src/core/config';
import { googleMapsEmbed, vimeoEmbed, youtubeEmbed } from '../../src/components/embed-presets';

/** A site with embeds: YouTube and Vimeo under marketing, Google Maps under functional (each a consent of its own), and a policy page. */
export const embedConfig = defineConsentConfig({
  revision: 2,
  policyUrl: '/cookie-policy',
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login and security.' },
    functional: { title: 'Functional', description: 'Maps and remembered settings.' },
    analytics: { title: 'Analytics', description: 'Understand which pages are used.' },
    marketing: { title: 'Marketing', description: 'Videos from other sites and ads.' },
  },
  cookies: [
    { name: 'theme-mode', category: 'functional', purpose: 'Light or dark theme', duration: { days: 90 } },
    { name: '_ga', category: 'analytics', provider: 'Google Analytics', purpose: 'Visitor ID', duration: { years: 2 } },
    { name: '_ga_*', category: 'analytics', provider: 'Google Analytics', purpose: 'Session state', duration: { years: 2 } },
    { name: 'session-id', category: 'essential', purpose: 'Session', duration: 'session' },
  ],
  services: [
    { ...youtubeEmbed.service, category: 'marketing' },
    { ...vimeoEmbed.service, category: 'marketing' },
    { ...googleMapsEmbed.service, category: 'functional' },
  ],
});
