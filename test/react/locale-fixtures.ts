import { defineConsentConfig } from '../../src/core/config';

/** A config written in English, German and Arabic, English the default. */
export const multilingualConfig = defineConsentConfig({
  revision: 1,
  locales: ['en', 'de', 'ar'],
  policyUrl: { en: '/cookies', de: '/de/cookies', ar: '/ar/cookies' },
  categories: {
    essential: { required: true, title: { en: 'Essential', de: 'Notwendig', ar: 'ضرورية' }, description: { en: 'Keeps you signed in.', de: 'Hält Sie angemeldet.', ar: 'تبقيك مسجلاً.' } },
    analytics: { title: { en: 'Analytics', de: 'Statistik', ar: 'التحليلات' }, description: { en: 'Counts visits.', de: 'Zählt Besuche.', ar: 'تحصي الزيارات.' } },
  },
  cookies: [
    { name: 'session', category: 'essential', purpose: { en: 'Your session', de: 'Ihre Sitzung', ar: 'جلستك' }, duration: 'session' },
    { name: '_ga', category: 'analytics', purpose: { en: 'Visitor ID', de: 'Besucherkennung', ar: 'معرّف الزائر' }, provider: 'Google', duration: { days: 2 } },
  ],
  services: [
    {
      id: 'ga',
      name: 'Google Analytics',
      category: 'analytics',
      purpose: { en: 'Visit statistics', de: 'Besuchsstatistik', ar: 'إحصاءات الزيارات' },
      data: { en: 'Pages viewed', de: 'Aufgerufene Seiten', ar: 'الصفحات المعروضة' },
      privacyPolicyUrl: { en: 'https://policies.google.com/privacy?hl=en', de: 'https://policies.google.com/privacy?hl=de', ar: 'https://policies.google.com/privacy?hl=ar' },
    },
  ],
});
