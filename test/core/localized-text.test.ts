import { defineConsentConfig } from '../../src/core/config';
import { localizedText, matchLocale } from '../../src/core/localized-text';

const text = { en: 'Analytics', de: 'Statistik', pt: 'Análise', 'pt-BR': 'Estatísticas' };

describe('localizedText: the order a per-locale map is read in', () => {
  it('given the exact tag, should read its entry', () => {
    expect(localizedText(text, 'pt-BR', 'en')).toBe('Estatísticas');
    expect(localizedText(text, 'de', 'en')).toBe('Statistik');
  });
  it('given a regional tag without an entry, should read its base language (pt-PT → pt, de-AT → de)', () => {
    expect(localizedText(text, 'pt-PT', 'en')).toBe('Análise');
    expect(localizedText(text, 'de-AT', 'en')).toBe('Statistik');
  });
  it("given a language the map lacks, should read the config's default locale", () => {
    expect(localizedText(text, 'fr', 'de')).toBe('Statistik');
  });
  it('given neither the language nor the default, should read the first entry', () => {
    expect(localizedText({ de: 'Statistik', fr: 'Statistiques' }, 'it', 'en')).toBe('Statistik');
    expect(localizedText({ de: 'Statistik' }, undefined, undefined)).toBe('Statistik');
  });
  it('given a plain string, should read it in every locale', () => {
    expect(localizedText('Analytics', 'de', 'en')).toBe('Analytics');
  });
});

describe('matchLocale', () => {
  it('should prefer the exact tag, in any case, then the bare base language, then a sibling', () => {
    expect(matchLocale('pt-br', ['pt', 'pt-BR'])).toBe('pt-BR');
    expect(matchLocale('pt-PT', ['pt-BR', 'pt'])).toBe('pt');
    expect(matchLocale('pt-PT', ['en', 'pt-BR'])).toBe('pt-BR');
    expect(matchLocale('de-CH', ['en', 'de'])).toBe('de');
    expect(matchLocale('fr', ['en', 'de'])).toBeUndefined();
  });
});

const base = { revision: 1, locales: ['en', 'de'] as const };

describe('defineConsentConfig with per-locale text', () => {
  it('given maps covering the declared locales, should keep them and the locales as plain data', () => {
    const config = defineConsentConfig({
      ...base,
      policyUrl: { en: '/cookies', de: '/de/cookies' },
      categories: { analytics: { title: { en: 'Analytics', de: 'Statistik' }, description: 'Visits.' } },
    });
    expect(config.locales).toEqual(['en', 'de']);
    expect(config.categories.analytics.title).toEqual({ en: 'Analytics', de: 'Statistik' });
    // It can cross from a Server Component: JSON keeps all of it.
    expect(JSON.parse(JSON.stringify(config))).toEqual({ ...config, categoryIds: ['analytics'] });
  });

  it('given a category description without "de", should throw naming the field and the locale', () => {
    expect(() =>
      defineConsentConfig({
        ...base,
        // @ts-expect-error the type rejects it too
        categories: { analytics: { title: 'Analytics', description: { en: 'Visits.' } } },
      }),
    ).toThrow(new TypeError('[consentkit] config.categories.analytics.description missing "de": every text map must cover config.locales (en, de)'));
  });

  it.each([
    ['cookies', { cookies: [{ name: '_ga', category: 'analytics', purpose: { de: 'Besucher-ID' }, duration: { days: 1 } }] }, 'config.cookies[0].purpose missing "en"'],
    ['cookie providers', { cookies: [{ name: '_ga', category: 'analytics', purpose: 'ID', provider: { en: 'Google' }, duration: { days: 1 } }] }, 'config.cookies[0].provider missing "de"'],
    ['services', { services: [{ name: 'GA', category: 'analytics', purpose: 'Stats', data: { en: 'Views' }, privacyPolicyUrl: 'https://a.example/' }] }, 'config.services[0].data missing "de"'],
    ['storage keys', { storage: [{ key: 'draft', category: 'analytics', purpose: { en: 'Draft' }, duration: { days: 1 } }] }, 'config.storage[0].purpose missing "de"'],
    ['the policy link', { policyUrl: { de: '/de/cookies' } }, 'config.policyUrl missing "en"'],
  ])('given a map in %s without a declared locale, should throw naming the field and the locale', (_, extra, message) => {
    expect(() => defineConsentConfig({ ...base, categories: { analytics: { title: 'A', description: 'B' } }, ...extra } as never)).toThrow(message);
  });

  it('given a production build, should still name the field and the missing locale', () => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      expect(() => defineConsentConfig({ ...base, categories: { analytics: { title: { en: 'A' }, description: 'B' } } } as never)).toThrow(
        new TypeError('[consentkit] config.categories.analytics.title missing "de"'),
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each([
    ['an empty map', { title: {}, description: 'B' }, 'config.categories.analytics.title must be a string or a map of locales'],
    ['an empty entry', { title: { en: 'A', de: ' ' }, description: 'B' }, 'config.categories.analytics.title must be a non-empty string (its "de" entry)'],
  ])('given %s, should throw naming the field', (_, category, message) => {
    expect(() => defineConsentConfig({ ...base, categories: { analytics: category } } as never)).toThrow(message);
  });

  it('given a javascript: link in one locale of a privacy policy map, should refuse it', () => {
    expect(() =>
      defineConsentConfig({
        ...base,
        categories: { analytics: { title: 'A', description: 'B' } },
        services: [{ name: 'GA', category: 'analytics', purpose: 'S', data: 'D', privacyPolicyUrl: { en: 'https://a.example/', de: 'javascript:alert(1)' } }],
      }),
    ).toThrow('config.services[0].privacyPolicyUrl must be an http(s) URL without a username or password (its "de" entry)');
  });

  it('given locales that are not language tags, should throw naming config.locales', () => {
    expect(() => defineConsentConfig({ revision: 1, locales: ['English'], categories: { a: { title: 'A', description: 'B' } } })).toThrow('config.locales must be a non-empty array');
    expect(() => defineConsentConfig({ revision: 1, locales: [], categories: { a: { title: 'A', description: 'B' } } })).toThrow('config.locales');
  });

  it('given no declared locales, should accept maps of any locales', () => {
    expect(() => defineConsentConfig({ revision: 1, categories: { a: { title: { fr: 'A' }, description: { de: 'B', en: 'B' } } } })).not.toThrow();
  });
});
