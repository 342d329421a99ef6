import { ConsentBanner, ConsentPreferences, ConsentProvider, defineConsentConfig } from 'consentkit';
// The first paint's rules; the dialog brings its own when it first opens.
import 'consentkit/banner.css';
import { createRoot } from 'react-dom/client';
import { Article } from './article.jsx';

// Shaped like the demo site's config (stories/demo): three categories and media, cookies, services.
const config = defineConsentConfig({
  revision: 1,
  policyUrl: '/cookies',
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login, security and payments.' },
    functional: { title: 'Functional', description: 'Remember your settings and choices.' },
    analytics: { title: 'Analytics', description: 'Understand which pages are slow and which features are used.' },
    media: { title: 'Embedded media', description: 'Videos and maps from other sites.' },
  },
  cookies: [
    { name: 'auth-token', category: 'essential', purpose: 'Keeps you logged in', duration: { days: 7 } },
    { name: 'session-id', category: 'essential', purpose: 'Maintains your session', duration: 'session' },
    { name: 'csrf-token', category: 'essential', purpose: 'Security protection', duration: 'session' },
    { name: 'theme-mode', category: 'functional', purpose: 'Light/dark theme preference', duration: { days: 90 } },
    { name: 'user-preferences', category: 'functional', purpose: 'Saves your settings', duration: { days: 30 } },
    { name: '_ga', category: 'analytics', provider: 'Google Analytics', service: 'google-analytics', purpose: 'Visitor ID', duration: { years: 2 } },
    { name: '_gid', category: 'analytics', provider: 'Google Analytics', service: 'google-analytics', purpose: 'Session ID', duration: { hours: 24 } },
  ],
  services: [
    { id: 'stripe', name: 'Stripe', category: 'essential', purpose: 'Payments', data: 'Card details', privacyPolicyUrl: 'https://stripe.com/privacy' },
    { id: 'google-analytics', name: 'Google Analytics', category: 'analytics', purpose: 'Usage statistics', data: 'Page views', privacyPolicyUrl: 'https://policies.google.com/privacy' },
    { id: 'youtube', name: 'YouTube', category: 'media', purpose: 'Embedded videos', data: 'IP address, videos watched', privacyPolicyUrl: 'https://policies.google.com/privacy' },
  ],
});

createRoot(document.getElementById('root')).render(
  <ConsentProvider config={config}>
    <Article />
    <ConsentBanner />
    <ConsentPreferences />
  </ConsentProvider>,
);
