import { defineConsentConfig, findCookie } from '../../src/core/config';
import { encodeConsentRecord, MAX_RECORD_LENGTH } from '../../src/core/record';
import { balancedMasteringConfig } from '../../stories/demo/balanced-mastering';

const categories = {
  essential: { required: true, title: 'Essential', description: 'Login and security.' },
  analytics: { title: 'Analytics', description: 'Counts visits.' },
};
const cookie = { name: '_ga', category: 'analytics', purpose: 'Visitor ID', duration: { years: 2 } } as const;
const service = { name: 'Stripe', category: 'essential', purpose: 'Payments', data: 'Card', privacyPolicyUrl: 'https://stripe.com/privacy' } as const;

// Loosely typed on purpose: these inputs are what a JavaScript caller (or a JSON file) might pass.
const define = (input: Record<string, unknown>) => () => defineConsentConfig({ revision: 1, categories, ...input } as never);

describe('defineConsentConfig', () => {
  describe('given a cookie of a category that is not declared', () => {
    it('should throw naming the cookie field and the category', () => {
      expect(define({ cookies: [cookie, { ...cookie, name: 'x', category: 'marketing' }] })).toThrow(/config\.cookies\[1\]\.category "marketing" is not a declared category/);
    });
  });

  describe('given duplicates', () => {
    it('should refuse a cookie name declared twice, naming the second', () => {
      expect(define({ cookies: [cookie, { ...cookie, purpose: 'Again' }] })).toThrow(/config\.cookies\[1\]\.name duplicates cookie "_ga"/);
    });

    it('should refuse a RegExp family declared twice', () => {
      expect(define({ cookies: [{ ...cookie, name: /^_ga_/ }, { ...cookie, name: /^_ga_/ }] })).toThrow(/config\.cookies\[1\]\.name duplicates/);
    });

    it('should refuse a service listed twice', () => {
      expect(define({ services: [service, service] })).toThrow(/config\.services\[1\]\.name duplicates service "Stripe"/);
    });
  });

  describe('given a cookie name that is not an RFC 6265 token', () => {
    it.each(['bad name', 'a;b', 'a=b', 'a,b', 'caf\u00e9', '', 'tab\there', '"quoted"'])('should refuse %j, naming the field', (name) => {
      expect(define({ cookies: [{ ...cookie, name }] })).toThrow(/config\.cookies\[0\]\.name/);
    });

    it('should accept the token characters real cookies use', () => {
      expect(define({ cookies: [{ ...cookie, name: '__Host-sid.v2' }, { ...cookie, name: 'a!#$%&\'*+-.^_`|~1' }] })).not.toThrow();
    });
  });

  describe('given a bad revision', () => {
    it.each([1.5, -1, '1', Number.NaN, undefined])('should refuse %s, naming config.revision', (revision) => {
      expect(() => defineConsentConfig({ revision, categories } as never)).toThrow(/config\.revision must be a non-negative integer/);
    });
  });

  describe('given a consent expiry', () => {
    it.each([{ months: 14 }, { days: 396 }, { years: 2 }])('should refuse %j as longer than 13 months', (consentExpiry) => {
      expect(define({ consentExpiry })).toThrow(/config\.consentExpiry must not exceed 13 months/);
    });

    it.each([{ months: 13 }, { days: 395 }, { hours: 1 }])('should accept %j', (consentExpiry) => {
      expect(define({ consentExpiry })).not.toThrow();
    });

    it('should default to six months', () => {
      expect(defineConsentConfig({ revision: 1, categories }).consentExpirySeconds).toBe(Math.round(6 * 30.4375 * 86400));
    });
  });

  describe('given a service privacy policy link', () => {
    it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example', 'https://exa mple.com'])(
      'should refuse %j, naming the field',
      (privacyPolicyUrl) => {
        expect(define({ services: [{ ...service, privacyPolicyUrl }] })).toThrow(/config\.services\[0\]\.privacyPolicyUrl must be an http\(s\) URL/);
      },
    );
  });

  describe('given a bad cookie duration', () => {
    it.each([{ days: -1 }, { days: 1.5 }, { weeks: 2 }, {}, { days: 0 }, 'forever', null])('should refuse %j, naming the field', (duration) => {
      expect(define({ cookies: [{ ...cookie, duration }] })).toThrow(/config\.cookies\[0\]\.duration/);
    });
  });

  describe('given bad categories', () => {
    it('should refuse an id with spaces, naming it', () => {
      expect(() => defineConsentConfig({ revision: 1, categories: { 'ad tracking': { title: 'Ads', description: 'Ads' } } })).toThrow(/config\.categories\.ad tracking has an invalid id/);
    });

    it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('should refuse the reserved id %s, which a record could not hold', (id) => {
      expect(() => defineConsentConfig({ revision: 1, categories: { [id]: { title: 'T', description: 'd' } } })).toThrow(`config.categories.${id} is a reserved name`);
    });

    it('should refuse a category without a title', () => {
      expect(() => defineConsentConfig({ revision: 1, categories: { analytics: { title: ' ', description: 'x' } } })).toThrow(/config\.categories\.analytics\.title/);
    });

    it('should refuse a config with no category', () => {
      expect(() => defineConsentConfig({ revision: 1, categories: {} })).toThrow(/config\.categories must declare at least one category/);
    });
  });

  describe('given a declaration that matches the consent cookie (Reject all would erase the decision)', () => {
    it.each([['ck_consent'], ['__Host-ck_consent'], [/_/], [/consent/], [/^ck_/], [/^__host-/i]])('should refuse %s, naming the field', (name) => {
      expect(define({ cookies: [cookie, { ...cookie, name }] })).toThrow(/config\.cookies\[1\]\.name matches the consent cookie "ck_consent"/);
    });

    it('should accept names that only look alike', () => {
      expect(define({ cookies: [{ ...cookie, name: 'ck_consent_v2' }, { ...cookie, name: /^consent_/ }] })).not.toThrow();
    });
  });

  describe('given exact names and families of different categories', () => {
    const advertising = { title: 'Advertising', description: 'Ads.' };
    const mixed = (cookies: unknown[]) => () => defineConsentConfig({ revision: 1, categories: { ...categories, advertising }, cookies } as never);
    const gads = { ...cookie, name: '_gads', category: 'advertising' } as const;
    const gaFamily = { ...cookie, name: /^_ga/ } as const;

    it('an exact _gads of advertising should beat a /^_ga/ family of analytics, whatever the order', () => {
      for (const cookies of [[gaFamily, gads], [gads, gaFamily]]) {
        const config = mixed(cookies)();
        expect(findCookie(config, '_gads')?.category).toBe('advertising');
        expect(findCookie(config, '_ga_XYZ')?.category).toBe('analytics');
      }
    });

    it.each([
      [/^_ga/, /^_gads/],
      [/^_ga_/, /^_ga_AD\d+$/],
      [/_id$/, /^_pk_id$/],
      [/^_pk_id\.\d+$/, /^_pk_id\.[0-9]+\.[a-f0-9]+$|^_pk_id\.\d+$/],
      [/^_hj/i, /^_HJ[A-Z]+/],
    ])('should refuse %s (analytics) overlapping %s (advertising), naming both fields', (analytics, advertisingFamily) => {
      expect(mixed([{ ...cookie, name: 'x' }, { ...cookie, name: analytics }, { ...gads, name: advertisingFamily }])).toThrow(/config\.cookies\[[12]\]\.name overlaps cookies\[[12]\]\.name/);
    });

    it('should accept families that do not overlap, and overlapping families of one category', () => {
      expect(mixed([{ ...cookie, name: /^_ga_/ }, { ...gads, name: /^_gads/ }, { ...gads, name: /^_gcl_[a-z]+$/ }, { ...gads, name: /^_gcl/ }])).not.toThrow();
    });

    it('should refuse one exact name under two categories', () => {
      expect(mixed([cookie, { ...gads, name: '_ga' }])).toThrow(/config\.cookies\[1\]\.name duplicates cookie "_ga"/);
    });
  });

  it.each(['required', 'saleOrSharing', 'doNotTrack', 'optOut'])('should refuse the %s flag when it is not true or false ("false" from JSON reads as true), naming it', (flag) => {
    expect(() => defineConsentConfig({ revision: 1, categories: { analytics: { title: 'A', description: 'd', [flag]: 'false' } } } as never)).toThrow(
      new RegExp(`config\\.categories\\.analytics\\.${flag} must be true or false`),
    );
  });

  it('should refuse a category both required and saleOrSharing, naming it', () => {
    expect(() =>
      defineConsentConfig({ revision: 1, categories: { essential: { title: 'Essential', description: 'd', required: true, saleOrSharing: true } } }),
    ).toThrow(/config\.categories\.essential cannot be both required and saleOrSharing/);
  });

  describe('given a cookie path or domain that could carry attributes of its own', () => {
    it.each(['/; Max-Age=5; SameSite=None; Secure', 'shop', '/a b', '/a,b', '/a\nb', '', { toString: () => '/' }, 7])('should refuse the path %j, naming the field', (path) => {
      expect(define({ cookies: [{ ...cookie, path }] })).toThrow(/config\.cookies\[0\]\.path must be a path starting with '\/'/);
    });

    it.each(['example.com; Secure', 'exa mple.com', 'example.com/', 'a..b', '', { toString: () => 'example.com' }])('should refuse the domain %j, naming the field', (domain) => {
      expect(define({ cookies: [{ ...cookie, domain }] })).toThrow(/config\.cookies\[0\]\.domain must be a host name/);
    });

    it('should accept the paths and domains sites use', () => {
      expect(define({ cookies: [{ ...cookie, path: '/', domain: '.example.com' }, { ...cookie, name: 'b', path: '/shop/cart', domain: 'www.example.co.uk' }] })).not.toThrow();
    });
  });

  describe('given an optional field of the wrong type', () => {
    const sneaky = { toString: () => 'Google' };
    it.each([
      ['cookies[0].provider', { cookies: [{ ...cookie, provider: sneaky }] }],
      ['cookies[0].provider', { cookies: [{ ...cookie, provider: '' }] }],
      ['cookies[0].thirdParty', { cookies: [{ ...cookie, thirdParty: 'yes' }] }],
      ['services[0].control', { services: [{ ...service, control: sneaky }] }],
      ['services[0].duration', { services: [{ ...service, duration: 2 }] }],
    ])('should refuse %s', (field, input) => {
      expect(define(input)).toThrow(`config.${field} must be a `);
    });
  });

  describe('given a policy link that hides its host', () => {
    it.each(['https://policies.google.com@evil.example/', 'https://user:pass@stripe.com/privacy', 'ftp://stripe.com/privacy', 'https://', { toString: () => 'https://stripe.com' }])(
      'should refuse %j',
      (privacyPolicyUrl) => {
        expect(define({ services: [{ ...service, privacyPolicyUrl }] })).toThrow(/config\.services\[0\]\.privacyPolicyUrl must be an http\(s\) URL/);
      },
    );

    it('should accept plain http(s) links', () => {
      expect(define({ services: [{ ...service, privacyPolicyUrl: 'HTTPS://stripe.com/privacy?x=1#a' }, { ...service, name: 'B', privacyPolicyUrl: 'http://b.example:8080/p' }] })).not.toThrow();
    });
  });

  describe('given a cookie duration longer than browsers keep cookies', () => {
    it('{ years: 2 } should be accepted with a development warning naming the field and the 400-day cap', () => {
      const warnSpy = vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect(define({ cookies: [{ ...cookie, duration: { days: 400 } }, { ...cookie, name: '_gid', duration: { years: 2 } }] })).not.toThrow();
      expect(warnSpy).toHaveBeenCalledTimes(1);
      expect(warnSpy.mock.calls[0]![0]).toMatch(/config\.cookies\[1\]\.duration is over 400 days: browsers keep a cookie at most 400 days/);
      warnSpy.mockRestore();
    });

    it.each([{ years: 1e12 }, { days: 1e300 }, { months: Number.MAX_SAFE_INTEGER }])('%j, not countable in whole seconds, should be refused', (duration) => {
      expect(define({ cookies: [{ ...cookie, duration }] })).toThrow(/config\.cookies\[0\]\.duration/);
    });
  });

  describe('given a valid config', () => {
    const config = balancedMasteringConfig;

    it('should keep categories, cookies and services in declaration order', () => {
      expect(config.categoryIds).toEqual(['essential', 'functional', 'analytics']);
      expect(config.cookies.map((c) => c.name)).toEqual(['auth-token', 'session-id', 'csrf-token', 'user-preferences', 'theme-mode', 'upload-history', '_ga', '_gid', 'usage-stats']);
      expect(config.services.map((s) => s.name)).toEqual(['Stripe', 'Supabase', 'Google Analytics']);
    });

    it('should be frozen all the way down, so no code can grant itself a category later', () => {
      expect(Object.isFrozen(config)).toBe(true);
      expect(Object.isFrozen(config.categories)).toBe(true);
      expect(Object.isFrozen(config.categories.analytics)).toBe(true);
      expect(Object.isFrozen(config.cookies)).toBe(true);
      expect(Object.isFrozen(config.cookies[0])).toBe(true);
      expect(Object.isFrozen(config.categoryIds)).toBe(true);
      expect(() => {
        (config.categories.analytics as { required?: boolean }).required = true;
      }).toThrow(TypeError);
    });

    it('should not be changed by later edits of the object it was made from', () => {
      const input = { revision: 1, categories: { analytics: { title: 'Analytics', description: 'x' } } };
      const made = defineConsentConfig(input);
      (input.categories.analytics as { required?: boolean }).required = true;
      expect(made.categories.analytics.required).toBe(false);
    });

    it('should find a cookie by exact name or by its RegExp family', () => {
      const withFamily = defineConsentConfig({ revision: 1, categories, cookies: [cookie, { ...cookie, name: /^_ga_/g }] });
      expect(findCookie(withFamily, '_ga')?.name).toBe('_ga');
      // Twice in a row: a global RegExp must not remember where it stopped.
      expect(findCookie(withFamily, '_ga_XYZ')?.name).toEqual(/^_ga_/g);
      expect(findCookie(withFamily, '_ga_XYZ')?.name).toEqual(/^_ga_/g);
      expect(findCookie(withFamily, '_gid')).toBeUndefined();
    });
  });
});

describe('defineConsentConfig: services with a consent of their own, and storage keys', () => {
  const ga = { id: 'ga', name: 'Google Analytics', category: 'analytics', purpose: 'Stats', data: 'Views', privacyPolicyUrl: 'https://policies.google.com/privacy' } as const;
  const item = { key: 'user-preferences', category: 'analytics', purpose: 'Settings', duration: { days: 30 } } as const;

  it('should keep services, cookies and storage keys as declared, frozen', () => {
    const config = defineConsentConfig({ revision: 1, categories, services: [ga], cookies: [{ ...cookie, service: 'ga' }], storage: [item] });
    expect(config.services[0]!.id).toBe('ga');
    expect(config.cookies[0]!.service).toBe('ga');
    expect(config.storage).toEqual([item]);
    expect(Object.isFrozen(config.storage[0])).toBe(true);
    expect(defineConsentConfig({ revision: 1, categories }).storage).toEqual([]);
  });

  it.each(['has space', 'x'.repeat(33), '', 'a:b', 42])('should refuse the service id %j, naming the field', (id) => {
    expect(define({ services: [{ ...ga, id }] })).toThrow(/config\.services\[0\]\.id/);
  });

  it('should refuse a service id Object.prototype has', () => {
    expect(define({ services: [{ ...ga, id: 'constructor' }] })).toThrow(/config\.services\[0\]\.id is a reserved name/);
  });

  it('should refuse a service id used twice', () => {
    expect(define({ services: [ga, { ...ga, name: 'GA4' }] })).toThrow(/config\.services\[\d\]\.id duplicates service id "ga"/);
  });

  it('should refuse a cookie or storage key naming a service that is not declared, or of another category', () => {
    expect(define({ services: [ga], cookies: [{ ...cookie, service: 'hotjar' }] })).toThrow(/config\.cookies\[0\]\.service "hotjar" is not the id of a service of category "analytics"/);
    expect(define({ services: [ga], cookies: [{ ...cookie, name: 'sid', category: 'essential', service: 'ga' }] })).toThrow(/config\.cookies\[0\]\.service/);
    expect(define({ services: [ga], storage: [{ ...item, service: 'nope' }] })).toThrow(/config\.storage\[0\]\.service/);
  });

  it('given a production build, should still refuse a cookie or storage key naming a service of another category (the service would grant it)', () => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      expect(define({ services: [ga], cookies: [{ ...cookie, name: 'sid', category: 'essential', service: 'ga' }] })).toThrow(new TypeError('[consentkit] config.cookies[0].service is invalid'));
      expect(define({ services: [ga], storage: [{ ...item, category: 'essential', service: 'ga' }] })).toThrow(/config\.storage\[0\]\.service/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each([['x:1'], ['x!y'], ['constructor']])('given a production build, should still refuse the service id %j (stored in each decision: with ":" or "!" no decision was ever read back, so the banner came back on every visit)', (id) => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      expect(define({ services: [ga, { ...ga, id }] })).toThrow(/config\.services\[1\]\.id/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each([
    ['a key that is no string (it threw in every lookup, the erasing sweep included)', { key: 42 }, /config\.storage\[0\]\.key/],
    ['a lifetime that is none (the value was kept for ever)', { duration: { days: 'x' } }, /config\.storage\[0\]\.duration/],
  ])('given a production build, should still refuse a storage declaration with %s', (_, change, field) => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      expect(define({ storage: [{ ...item, ...change }] })).toThrow(field);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('given a production build, should still refuse a service id used twice', () => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      expect(define({ services: [ga, { ...ga, name: 'GA4' }] })).toThrow(/config\.services\[\d\]\.id/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('should refuse a storage key of an undeclared category, naming it (in production builds too)', () => {
    expect(define({ storage: [{ ...item, category: 'marketing' }] })).toThrow(/config\.storage\[0\]\.category "marketing" is not a declared category/);
  });

  it.each([
    ['an empty key', { key: '' }, /config\.storage\[0\]\.key/],
    ['an unknown area', { area: 'cookie' }, /config\.storage\[0\]\.area must be 'local' or 'session'/],
    ["'session' in localStorage", { duration: 'session' }, /config\.storage\[0\]\.duration/],
    ['a bad length', { duration: { weeks: 1 } }, /config\.storage\[0\]\.duration/],
    ['no purpose', { purpose: ' ' }, /config\.storage\[0\]\.purpose/],
  ])('should refuse a storage key with %s', (_, patch, error) => {
    expect(define({ storage: [{ ...item, ...patch }] })).toThrow(error);
  });

  it("should accept 'session' for a sessionStorage key, and one key in each area", () => {
    expect(define({ storage: [item, { ...item, area: 'session', duration: 'session' }] })).not.toThrow();
    expect(define({ storage: [item, { ...item, area: 'local' }] })).toThrow(/config\.storage\[1\]\.key duplicates storage key "user-preferences"/);
  });

  it('should accept 64 services of 32-character ids beside a few categories, and refuse ids that could not fit in the stored decision', () => {
    const services = Array.from({ length: 64 }, (_, i) => ({ ...ga, id: `service-${String(i).padStart(2, '0')}-${'y'.repeat(21)}`, name: `Service ${i}` }));
    expect(define({ services })).not.toThrow();
    const many = Object.fromEntries(Array.from({ length: 63 }, (_, i) => [`category-${String(i).padStart(2, '0')}-${'x'.repeat(20)}`, { title: 'T', description: 'D' }]));
    expect(() => defineConsentConfig({ revision: 1, categories: { ...many, analytics: categories.analytics }, services } as never)).toThrow(/config\.services make a stored decision of up to \d+ characters, over the 4096/);
  });

  it('should refuse a config whose largest stored decision (a GPC opt-out, every number at its widest) would not fit in one cookie, and accept one that fits', () => {
    const widest = Number.MAX_SAFE_INTEGER;
    for (let count = 100; count <= 120; count++) {
      const ids = Array.from({ length: count }, (_, i) => `service-${String(i).padStart(3, '0')}-${'y'.repeat(20)}`);
      const input = { services: ids.map((id) => ({ ...service, id, name: id })) };
      const largest = encodeConsentRecord({
        ...{ schema: 3, revision: widest, id: 'f'.repeat(32), decidedAt: widest, expiresAt: widest, method: 'gpc', gpc: true, dnt: true },
        choices: { essential: true, analytics: true },
        services: Object.fromEntries(ids.map((id) => [id, true])),
        model: 'opt-out',
        region: 'US-ABC',
        basis: [widest, 'f'.repeat(32)],
      });
      // The check may estimate a few characters high, never low.
      if (largest.length <= MAX_RECORD_LENGTH - 8) expect(define(input), `${count} services`).not.toThrow();
      if (largest.length > MAX_RECORD_LENGTH) expect(define(input), `${count} services`).toThrow(/config\.services make a stored decision of up to \d+ characters, over the 4096 a cookie holds/);
    }
  });
});

describe('defineConsentConfig in a production build', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('given NODE_ENV=production, should still refuse a config mistake, naming the field without the explanation', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.resetModules();
    const production = await import('../../src/core/config');
    expect(() =>
      production.defineConsentConfig({
        revision: 1,
        categories: { essential: { required: true, title: 'Essential', description: 'Needed.' } },
        cookies: [{ name: 'ads', category: 'marketing' as 'essential', purpose: 'Ads', duration: { days: 1 } }],
      }),
    ).toThrow('[consentkit] config.cookies[0].category is invalid');
  });
});

describe('config.policyUrl', () => {
  it.each(['/cookie-policy', '/legal/cookies#analytics', 'https://example.com/cookies'])('should keep %s', (policyUrl) => {
    expect(define({ policyUrl })().policyUrl).toBe(policyUrl);
  });

  it.each(['javascript:alert(1)', '//evil.example/cookies', '/\\evil.example', 'cookies', 'https://user:pw@example.com/', 42])('should refuse %s, naming config.policyUrl', (policyUrl) => {
    expect(define({ policyUrl })).toThrow(/config\.policyUrl/);
  });
});
