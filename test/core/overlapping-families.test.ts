import fc from 'fast-check';
import { cookieDeclarations, defineConsentConfig, type ConsentConfig, type CookieDeclaration, type StorageDeclaration } from '../../src/core/config';
import { createGatedCookies } from '../../src/core/gated-cookies';
import { createGatedStorage } from '../../src/core/gated-storage';
import { createConsentStore } from '../../src/core/store';
import { eraseStorage } from '../../src/core/web-storage';
import { auditConsent } from '../../src/integrations/consent-audit';
import { installCookieGuard } from '../../src/integrations/cookie-guard';
import { memoryAdapter } from '../../src/storage/memory';

// Families of different categories that both match a name are a config mistake that development
// builds refuse only where they can tell (RegExp pairs from samples) and production builds never
// check. Whatever the declaration order, such a name is written only with the consent of every
// family, and erased with the withdrawal of any: the first declaration alone must never decide.

const CATEGORIES = ['functional', 'analytics', 'advertising'] as const;
type Category = (typeof CATEGORIES)[number];

// A valid config; the runs below swap in declarations no development check has seen, as a
// production build (or a config from a CMS) would run them.
const base = defineConsentConfig({
  revision: 1,
  categories: Object.fromEntries(CATEGORIES.map((id) => [id, { title: id, description: id }])) as Record<Category, { title: string; description: string }>,
  services: [{ id: 'maps', name: 'Maps', category: 'functional', purpose: 'Maps', data: 'Location', privacyPolicyUrl: 'https://maps.example/privacy' }],
});
const withCookies = (cookies: CookieDeclaration<Category>[]) => ({ ...base, cookies }) as unknown as ConsentConfig<Category>;
const withStorage = (storage: StorageDeclaration<Category>[]) => ({ ...base, storage }) as unknown as ConsentConfig<Category>;

const granting = (granted: readonly string[]) => (key: string) => granted.includes(key);
const clearCookies = () => {
  for (const name of document.cookie.split(';').map((pair) => pair.split('=')[0]!.trim()).filter(Boolean)) document.cookie = `${name}=; Max-Age=0; Path=/`;
};

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  clearCookies();
});

describe('cookies two families match', () => {
  // '_pk_*' (analytics) and '*_id' (advertising) both match _pk_id; as RegExps, the development
  // check's samples miss the pair.
  const config = withCookies([
    { name: /^_pk_/, category: 'analytics', purpose: 'Visits', duration: { days: 30 } },
    { name: /_id$/, category: 'advertising', purpose: 'Ads', duration: { days: 30 } },
  ]);

  it('given analytics granted and advertising refused, should not write _pk_id (the first family alone does not decide)', () => {
    const cookies = createGatedCookies(config, granting(['analytics']), { report: () => {} });
    expect(cookies.set('_pk_id', '1')).toBe(false);
    expect(document.cookie).toBe('');
    // A name only one family matches follows that family.
    expect(cookies.set('_pk_ses', '1')).toBe(true);
  });

  it('given both granted, should write _pk_id; withdrawing either should erase it', () => {
    for (const revoked of CATEGORIES.slice(1)) {
      const cookies = createGatedCookies(config, granting(['analytics', 'advertising']), { report: () => {} });
      expect(cookies.set('_pk_id', '1')).toBe(true);
      cookies.erase([revoked]);
      expect(document.cookie).toBe('');
    }
  });

  it('through a store, should refuse the write and name the category that lacks consent', () => {
    const store = createConsentStore(config, { storage: memoryAdapter() });
    store.save({ analytics: true, advertising: false });
    expect(store.cookies.set('_pk_id', '1')).toBe(false);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('refused to write cookie "_pk_id": category "advertising" has no consent'));
  });
});

describe('the same rule beyond the store', () => {
  const config = withCookies([
    { name: /^_pk_/, category: 'analytics', purpose: 'Visits', duration: { days: 30 } },
    { name: /_id$/, category: 'advertising', purpose: 'Ads', duration: { days: 30 } },
  ]);
  const decided = () => {
    const store = createConsentStore(config, { storage: memoryAdapter() });
    store.save({ analytics: true, advertising: false });
    return store;
  };

  it('the cookie guard should block a script writing _pk_id while advertising is refused', () => {
    const store = decided();
    const blocked: string[] = [];
    const uninstall = installCookieGuard(store, { onBlock: (name) => blocked.push(name) });
    document.cookie = '_pk_id=tracked; Path=/';
    document.cookie = '_pk_ses=counted; Path=/';
    uninstall();
    expect(document.cookie).toBe('_pk_ses=counted');
    expect(blocked).toEqual(['_pk_id']);
  });

  it('the development audit should report _pk_id as present without consent', () => {
    const store = decided();
    document.cookie = '_pk_id=tracked; Path=/';
    const findings: string[] = [];
    const stop = auditConsent(store, { onFinding: ({ name, kind }) => findings.push(`${name} ${kind}`) });
    stop();
    expect(findings).toContain('_pk_id without-consent');
  });
});

describe('any families, any grants (property)', () => {
  // Short names over a small alphabet, so that families overlap often.
  const name = fc.stringMatching(/^[ab_]{1,4}$/);
  const family = fc.stringMatching(/^[ab_*]{1,4}$/).filter((pattern) => pattern.includes('*'));
  const declaration = fc.record({
    name: fc.oneof(family, name),
    category: fc.constantFrom(...CATEGORIES),
    service: fc.option(fc.constant('maps'), { nil: undefined }),
  });
  const declarations = fc.uniqueArray(declaration, { minLength: 1, maxLength: 4, selector: (item) => item.name });
  const keys = fc.subarray([...CATEGORIES, 'service:maps']);

  // The rule, read straight: its own declaration, else every family whose glob matches it.
  const governing = (list: { name: string; category: string; service?: string }[], cookie: string) => {
    const own = list.filter((item) => item.name === cookie);
    return own.length ? own : list.filter((item) => item.name.includes('*') && RegExp(`^${item.name.replace(/\*/g, '.*')}$`).test(cookie));
  };
  const keyOf = (item: { category: string; service?: string }) => (item.service ? `service:${item.service}` : item.category);

  it('should write a cookie only with the consent of every declaration that governs it, and erase it with any withdrawal', () => {
    fc.assert(
      fc.property(declarations, keys, keys, fc.uniqueArray(name, { minLength: 1, maxLength: 6 }), (list, granted, revoked, names) => {
        clearCookies();
        const config = withCookies(list.map((item) => ({ ...item, purpose: 'p', duration: { days: 1 } })));
        const cookies = createGatedCookies(config, granting(granted), { report: () => {} });
        for (const cookie of names) {
          const rule = governing(list, cookie);
          expect(cookieDeclarations(config, cookie)).toHaveLength(rule.length);
          expect(cookies.set(cookie, 'v')).toBe(rule.length > 0 && rule.every((item) => granted.includes(keyOf(item))));
        }
        const written = names.filter((cookie) => document.cookie.split('; ').includes(`${cookie}=v`));
        cookies.erase(revoked);
        for (const cookie of written) {
          const erased = governing(list, cookie).some((item) => revoked.includes(item.category) || revoked.includes(`service:${item.service}`));
          expect(document.cookie.split('; ').includes(`${cookie}=v`)).toBe(!erased);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should do the same for localStorage keys', () => {
    fc.assert(
      fc.property(declarations, keys, keys, fc.uniqueArray(name, { minLength: 1, maxLength: 6 }), (list, granted, revoked, names) => {
        localStorage.clear();
        const config = withStorage(list.map(({ name: key, ...item }) => ({ ...item, key, purpose: 'p', duration: 'session' as const })));
        const store = createConsentStore(config, { storage: memoryAdapter() });
        const isGranted = vi.spyOn(store, 'isGranted').mockImplementation((key) => granted.includes(key));
        const storage = createGatedStorage(store, 'local');
        for (const key of names) {
          const rule = governing(list, key);
          expect(storage.set(key, 'v')).toBe(rule.length > 0 && rule.every((item) => granted.includes(keyOf(item))));
        }
        isGranted.mockRestore();
        const written = names.filter((key) => localStorage.getItem(key) === 'v');
        eraseStorage(config, revoked);
        for (const key of written) {
          const erased = governing(list, key).some((item) => revoked.includes(item.category) || revoked.includes(`service:${item.service}`));
          expect(localStorage.getItem(key)).toBe(erased ? null : 'v');
        }
      }),
      { numRuns: 300 },
    );
  });
});
