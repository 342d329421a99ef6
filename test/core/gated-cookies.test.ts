// @vitest-environment-options { "url": "https://www.shop.example.com/account/settings" }
import { defineConsentConfig } from '../../src/core/config';
import type { ConsentError } from '../../src/core/consent-error';
import { cookieNames, deleteCookie } from '../../src/core/cookie-jar';
import { createGatedCookies } from '../../src/core/gated-cookies';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { shopConfig } from './fixtures';

const config = defineConsentConfig({
  revision: 1,
  categories: {
    functional: { title: 'Functional', description: 'Settings.' },
    analytics: { title: 'Analytics', description: 'Counts visits.' },
    advertising: { title: 'Advertising', description: 'Ads.' },
  },
  cookies: [
    // The family first: an exact name must win whatever the order.
    { name: /^_ga/, category: 'analytics', purpose: 'Visits', duration: { years: 2 } },
    { name: '_gads', category: 'advertising', purpose: 'Ads', duration: { days: 30 } },
    { name: /^pref/, category: 'functional', purpose: 'Settings', duration: 'session' },
    { name: 'elsewhere', category: 'functional', purpose: 'Settings', duration: 'session', domain: 'other.example' },
  ],
});

/** Gated cookies over `config` with the given categories granted, and the errors they report. */
function gated(granted: string[], storageCookie?: string) {
  const reported: ConsentError[] = [];
  // Family members are declared at run time, though not literal names for the types.
  const cookies = createGatedCookies<string, string>(config, (category) => granted.includes(category), { report: (error) => reported.push(error), storageCookie });
  return { cookies, reported };
}

/** Records what is assigned to document.cookie, still letting it through to the jar. */
function recordWrites() {
  const writes: string[] = [];
  const { set } = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  vi.spyOn(document, 'cookie', 'set').mockImplementation((value) => {
    writes.push(value);
    set!.call(document, value);
  });
  return writes;
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const name of cookieNames()) deleteCookie(name);
});

describe('gated cookies', () => {
  describe('given _gads declared exactly under advertising and a /^_ga/ family under analytics', () => {
    it('with analytics granted only, _gads should not be written', () => {
      expect(gated(['analytics']).cookies.set('_gads', 'x')).toBe(false);
      expect(document.cookie).toBe('');
    });

    it('with advertising granted, _gads should be written', () => {
      expect(gated(['advertising']).cookies.set('_gads', 'x')).toBe(true);
      expect(document.cookie).toBe('_gads=x');
    });

    it('revoking advertising should erase _gads and leave the analytics family alone', () => {
      document.cookie = '_gads=x; Path=/';
      document.cookie = '_ga_XYZ=y; Path=/';
      gated([]).cookies.erase(['advertising']);
      expect(document.cookie).toBe('_ga_XYZ=y');
    });
  });

  describe('erasing never touches the consent cookie', () => {
    it.each(['prefs', '__Host-prefs'])('given the storage cookie %s, a sweep of its look-alike family should spare it and its __Host- twin', (storageCookie) => {
      document.cookie = 'prefs=decision; Path=/';
      document.cookie = '__Host-prefs=decision; Path=/; Secure';
      document.cookie = 'pref_theme=dark; Path=/';
      gated([], storageCookie).cookies.erase(['functional']);
      expect(document.cookie).toBe('prefs=decision; __Host-prefs=decision');
    });
  });

  describe('given a concrete name that a family matches but that is not a cookie name', () => {
    it.each(['_ga_X; Max-Age=99999999', '_ga_a=b', '_ga_X Y', '_ga_\u00e9'])('set(%j) should write nothing, return false and report the name', (name) => {
      const { cookies, reported } = gated(['analytics']);
      const writes = recordWrites();
      expect(cookies.set(name, 'v')).toBe(false);
      expect(writes).toEqual([]);
      expect(document.cookie).toBe('');
      expect(reported).toEqual([{ kind: 'write', name, reason: 'name' }]);
    });
  });

  it('given a value with a lone surrogate, set should return false and report the value, without throwing', () => {
    const { cookies, reported } = gated(['functional']);
    expect(cookies.set('pref_theme', 'dark\ud83d')).toBe(false);
    expect(document.cookie).toBe('');
    expect(reported).toEqual([{ kind: 'write', name: 'pref_theme', reason: 'value' }]);
  });

  it('given a lone surrogate through a store, the development warning should speak of the value, not of consent', () => {
    const store = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
    store.acceptAll();
    vi.mocked(console.warn).mockClear();
    expect(store.cookies.set('theme-mode', '\udc00dark')).toBe(false);
    const warning = vi.mocked(console.warn).mock.calls.map(([text]) => String(text)).join('\n');
    expect(warning).toMatch(/cookie "theme-mode" was not written: its value/);
    expect(warning).not.toMatch(/has no consent/);
  });

  it('given a write the browser does not keep, set should return false and report it dropped', () => {
    const { cookies, reported } = gated(['functional']);
    const listener = vi.fn();
    cookies.subscribe('elsewhere', listener);
    expect(cookies.set('elsewhere', 'x')).toBe(false);
    expect(reported).toEqual([{ kind: 'write', name: 'elsewhere', reason: 'dropped' }]);
    expect(listener).not.toHaveBeenCalled();
  });

  it('given cookies blocked (document.cookie throws), set should return false and report it dropped', () => {
    const { cookies, reported } = gated(['functional']);
    vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(cookies.set('pref_theme', 'dark')).toBe(false);
    expect(reported).toEqual([{ kind: 'write', name: 'pref_theme', reason: 'dropped' }]);
  });

  it('a declared duration of 2 years should be written as 400 days of Max-Age, what browsers keep at most', () => {
    const writes = recordWrites();
    expect(gated(['analytics']).cookies.set('_ga', 'GA1.1')).toBe(true);
    expect(writes).toEqual(['_ga=GA1.1; Path=/; SameSite=Lax; Max-Age=34560000; Secure']);
  });
});

describe('following cookies changed elsewhere', () => {
  it('without CookieStore, should re-read on focus and on visibilitychange, only while someone listens', () => {
    const { cookies } = gated([]);
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(document, 'removeEventListener');
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = cookies.subscribe('pref_theme', first);
    const stopSecond = cookies.subscribe('_gads', second);
    expect(added.mock.calls.filter(([type]) => type === 'focus')).toHaveLength(1);

    window.dispatchEvent(new Event('focus'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(first).toHaveBeenCalledTimes(2);
    expect(second).toHaveBeenCalledTimes(2);

    stopFirst();
    expect(removed).not.toHaveBeenCalled();
    stopSecond();
    expect(removed.mock.calls.map(([type]) => type)).toEqual(['visibilitychange']);
    window.dispatchEvent(new Event('focus'));
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('with CookieStore, should listen to its change events instead, and stop with the last listener', () => {
    const cookieStore = new EventTarget();
    vi.stubGlobal('cookieStore', cookieStore);
    const added = vi.spyOn(window, 'addEventListener');
    const { cookies } = gated([]);
    const listener = vi.fn();
    const stop = cookies.subscribe('pref_theme', listener);
    cookieStore.dispatchEvent(new Event('change'));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(added).not.toHaveBeenCalledWith('focus', expect.anything());
    stop();
    cookieStore.dispatchEvent(new Event('change'));
    expect(listener).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
