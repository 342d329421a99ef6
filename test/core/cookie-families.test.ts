import { defineConsentConfig, findCookie } from '../../src/core/config';
import { familyOf } from '../../src/core/cookie-family';
import { isFamily, matchesCookie } from '../../src/core/cookie-syntax';
import { formatCookieName } from '../../src/components/format-duration';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';

const categories = {
  essential: { required: true, title: 'Essential', description: 'Login and security.' },
  analytics: { title: 'Analytics', description: 'Counts visits.' },
  advertising: { title: 'Advertising', description: 'Ads.' },
};
const cookie = { category: 'analytics', purpose: 'Visitor ID', duration: { years: 1 } } as const;
const define = (cookies: unknown[]) => () => defineConsentConfig({ revision: 1, categories, cookies } as never);

/** Every object in `value` is a plain object or array, and it survives JSON unchanged. */
function isPlainData(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return false;
  return Object.values(value as object).every(isPlainData);
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a string family (a declared name with *)', () => {
  it("'_ga_*' should cover every _ga_<id> cookie and nothing else", () => {
    for (const name of ['_ga_ABC123', '_ga_', '_ga_x.y-z']) expect(matchesCookie('_ga_*', name), name).toBe(true);
    for (const name of ['_ga', '_gaX', 'x_ga_1', '_ga_a b', '_ga_a;b', '_ga_a=b']) expect(matchesCookie('_ga_*', name), name).toBe(false);
  });

  it('should take every other character literally (a "." or "$" in a name is not a pattern)', () => {
    expect(matchesCookie('_pk_id.*', '_pk_id.12')).toBe(true);
    expect(matchesCookie('_pk_id.*', '_pk_idX12')).toBe(false);
    expect(matchesCookie('$sess*', '$session')).toBe(true);
    expect(matchesCookie('a+b*', 'aab1')).toBe(false);
    expect(matchesCookie('*_gid', 'site_gid')).toBe(true);
    expect(matchesCookie('pre*mid*end', 'pre-1-mid-2-end')).toBe(true);
  });

  it('should make the config plain data that survives JSON, as a Server Component must pass it to a Client Component', () => {
    const config = defineConsentConfig({
      revision: 1,
      categories,
      cookies: [
        { ...cookie, name: '_ga' },
        { ...cookie, name: '_ga_*' },
      ],
    });
    expect(isPlainData(config)).toBe(true);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    expect(warn).not.toHaveBeenCalled();
  });

  it('should be found for any cookie of the family; an exact name still wins, whatever the order', () => {
    for (const cookies of [
      [{ ...cookie, name: '_ga*' }, { ...cookie, name: '_gads', category: 'advertising' }],
      [{ ...cookie, name: '_gads', category: 'advertising' }, { ...cookie, name: '_ga*' }],
    ]) {
      const config = define(cookies)();
      expect(findCookie(config, '_ga_XYZ')?.name).toBe('_ga*');
      expect(findCookie(config, '_gads')?.category).toBe('advertising');
      expect(findCookie(config, '_gid')).toBeUndefined();
    }
  });

  it('should refuse a family that matches the consent cookie', () => {
    expect(define([{ ...cookie, name: 'ck_*' }])).toThrow(/config\.cookies\[0\]\.name matches the consent cookie "ck_consent"/);
    expect(define([{ ...cookie, name: '*consent' }])).toThrow(/config\.cookies\[0\]\.name matches the consent cookie/);
  });

  it.each([
    ['_ga*', '_gads*'],
    ['_ga_*', '/^_ga_AD\\d+$/'],
    ['*_id', '_pk_id'],
  ])('should refuse %s (analytics) overlapping %s (advertising), naming both fields', (analytics, advertising) => {
    const other = advertising.startsWith('/') ? new RegExp(advertising.slice(1, -1)) : advertising;
    // An exact name beside a family is not an overlap; two families are.
    const run = define([{ ...cookie, name: analytics }, { ...cookie, name: other, category: 'advertising' }]);
    if (isFamily(other)) expect(run).toThrow(/config\.cookies\[[01]\]\.name overlaps cookies\[[01]\]\.name/);
    else expect(run).not.toThrow();
  });

  it('should erase every cookie of the family on revocation', () => {
    const config = define([{ ...cookie, name: '_ga_*' }])();
    const store = createConsentStore(config, { storage: memoryAdapter(), gpc: false });
    store.acceptAll();
    document.cookie = '_ga_ABC=1; Path=/';
    document.cookie = '_gax=1; Path=/';
    store.rejectAll();
    expect(document.cookie).toBe('_gax=1');
  });
});

describe('a RegExp family', () => {
  it('should keep working, and development builds should say it cannot cross into a Client Component, naming the string to write instead', () => {
    const config = define([{ ...cookie, name: /^_ga_/ }])();
    expect(findCookie(config, '_ga_XYZ')?.name).toEqual(/^_ga_/);
    expect(warn).toHaveBeenCalledTimes(1);
    const [message] = warn.mock.calls[0] as [string];
    expect(message).toMatch(/config\.cookies\[0\]\.name is a RegExp/);
    expect(message).toMatch(/Server Component to a Client Component/);
    expect(message).toContain("'_ga_*'");
  });

  it('should name a generic string family when the pattern has no wildcard form', () => {
    define([{ ...cookie, name: /^(_ga|_gid)$/ }])();
    expect(warn.mock.calls[0]![0]).toContain("e.g. '_ga_*'");
  });

  it('should warn once per config, not once per RegExp', () => {
    define([
      { ...cookie, name: /^_ga_/ },
      { ...cookie, name: /^_pk_/ },
    ])();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('familyOf should give the string family a simple pattern reads as, and formatCookieName should show it', () => {
    expect(familyOf(/^_ga_/)).toBe('_ga_*');
    expect(familyOf(/^_pk_id\.\d+$/)).toBe('_pk_id.*');
    expect(familyOf(/^(a|b)$/)).toBeUndefined();
    expect(formatCookieName('_ga_*')).toBe('_ga_*');
    expect(formatCookieName(/^ab?c$/)).toBe('/^ab?c$/');
  });
});

describe('in a production build', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('a RegExp family should not warn (the sentence is development-only)', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.resetModules();
    const production = await import('../../src/core/config');
    production.defineConsentConfig({ revision: 1, categories, cookies: [{ ...cookie, name: /^_ga_/ }] });
    expect(warn).not.toHaveBeenCalled();
  });
});
