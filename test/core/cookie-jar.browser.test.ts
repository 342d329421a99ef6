import { commands } from 'vitest/browser';
import { deleteCookie, readCookie, writeCookie } from '../../src/core/cookie-jar';
import type { ConsentError } from '../../src/core/consent-error';
import type { ConsentRecord } from '../../src/core/record';
import { createConsentStore } from '../../src/core/store';
import { cookieAdapter } from '../../src/storage/cookie';
import { memoryAdapter } from '../../src/storage/memory';
import { shopConfig } from './fixtures';

const cookie = async (name: string) => (await commands.getCookies()).find((c) => c.name === name);
const names = () =>
  document.cookie
    .split(';')
    .map((pair) => pair.split('=')[0]!.trim())
    .filter(Boolean);
const nowSeconds = () => Date.now() / 1000;

afterEach(() => {
  for (const name of names()) deleteCookie(name);
});

describe('cookie jar in Chromium', () => {
  it('should write Path=/ and SameSite=Lax by default, and a session cookie without expiry', async () => {
    writeCookie('plain', 'a b;c');
    expect(readCookie('plain')).toBe('a b;c');
    expect(await cookie('plain')).toMatchObject({ path: '/', sameSite: 'Lax', secure: false, expires: -1, value: 'a%20b%3Bc' });
  });

  it('should write Max-Age as an expiry that far ahead', async () => {
    writeCookie('lasting', '1', { maxAge: 3600, sameSite: 'Strict' });
    const { expires, sameSite } = (await cookie('lasting'))!;
    expect(sameSite).toBe('Strict');
    expect(expires).toBeGreaterThan(nowSeconds() + 3590);
    expect(expires).toBeLessThan(nowSeconds() + 3610);
  });

  it('deleteCookie should remove the cookie on the root path and on the declared path', async () => {
    // A same-origin frame deeper in the site sees cookies set for its path.
    const frame = document.createElement('iframe');
    frame.src = '/shop/cart/';
    await new Promise((resolve) => {
      frame.onload = resolve;
      document.body.append(frame);
    });
    try {
      const seenInShop = () => frame.contentDocument!.cookie;
      document.cookie = 'spread=root; Path=/';
      document.cookie = 'spread=shop; Path=/shop';
      // Another document's view of the jar is updated a moment later.
      await vi.waitFor(() => expect(seenInShop()).toBe('spread=shop; spread=root'));
      deleteCookie('spread', { path: '/shop' });
      await vi.waitFor(() => expect(seenInShop()).toBe(''));
      expect(await cookie('spread')).toBeUndefined();
    } finally {
      frame.remove();
    }
  });
});

describe('consent cookie and gated cookies in Chromium', () => {
  it('the consent cookie should have Path=/, SameSite=Lax and live as long as the consent', async () => {
    const store = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    store.acceptAll();
    const consent = (await cookie('ck_consent'))!;
    expect(consent).toMatchObject({ path: '/', sameSite: 'Lax', secure: false });
    expect(Math.abs(consent.expires - (nowSeconds() + shopConfig.consentExpirySeconds))).toBeLessThan(60);
    expect(decodeURIComponent(consent.value)).toBe(consent.value);
  });

  it('cookieAdapter options should reach the cookie', async () => {
    const store = createConsentStore(shopConfig, { storage: cookieAdapter({ name: 'site_consent', sameSite: 'Strict', maxAgeDays: 30 }), gpc: false });
    store.rejectAll();
    const consent = (await cookie('site_consent'))!;
    expect(consent.sameSite).toBe('Strict');
    expect(Math.abs(consent.expires - (nowSeconds() + 30 * 86400))).toBeLessThan(60);
  });

  it('gated writes should use the declared duration as Max-Age, and session cookies should get no expiry', async () => {
    const store = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
    store.acceptAll();
    expect(store.cookies.set('theme-mode', 'dark')).toBe(true);
    expect(store.cookies.set('session-id', 's1')).toBe(true);
    // A member of the /^_ga_/ family: declared at run time, though not a literal name for the types.
    expect(store.cookies.set('_ga_ABC' as '_ga', 'GA1.1')).toBe(true);
    const theme = (await cookie('theme-mode'))!;
    expect(Math.abs(theme.expires - (nowSeconds() + 90 * 86400))).toBeLessThan(60);
    expect((await cookie('session-id'))!.expires).toBe(-1);
    // Two years, as declared, but Chromium caps every cookie at 400 days.
    expect(Math.abs((await cookie('_ga_ABC'))!.expires - (nowSeconds() + 400 * 86400))).toBeLessThan(60);
  });

  it('a gated write without consent should leave no cookie', async () => {
    const store = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
    expect(store.cookies.set('theme-mode', 'dark')).toBe(false);
    expect(await cookie('theme-mode')).toBeUndefined();
  });

  it('revoking analytics should erase _ga and the _ga_<id> family, wherever a script put them', async () => {
    const store = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
    store.acceptAll();
    // As Google's script writes them: on the registrable domain, with a long expiry.
    document.cookie = `_ga=GA1.1.1; Path=/; Domain=localhost; Max-Age=${2 * 365 * 86400}`;
    document.cookie = `_ga_XYZ123=GS1.1; Path=/; Domain=localhost; Max-Age=${2 * 365 * 86400}`;
    document.cookie = '_ga_OTHER=GS1.1; Path=/';
    store.cookies.set('theme-mode', 'dark');
    store.save({ analytics: false });
    expect((await commands.getCookies()).map((c) => c.name).sort()).toEqual(['theme-mode']);
  });
});

describe('writes steered by data, and writes the browser drops, in Chromium', () => {
  const errors: ConsentError[] = [];
  const grantedStore = () => {
    errors.length = 0;
    const store = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false, onError: (error) => void errors.push(error) });
    store.acceptAll();
    return store;
  };

  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(['_ga_X; Max-Age=99999999', '_ga_a=b', '_ga_X; Domain=localhost'])('set(%j) through the /^_ga_/ family should leave no cookie at all', async (name) => {
    const store = grantedStore();
    expect(store.cookies.set(name as '_ga', 'v')).toBe(false);
    expect(await commands.getCookies()).toEqual([]);
    expect(errors).toEqual([{ kind: 'write', name, reason: 'name' }]);
  });

  it('a 5,000-character value should report a dropped write, return false and leave no cookie', async () => {
    const store = grantedStore();
    expect(store.cookies.set('theme-mode', 'x'.repeat(5000))).toBe(false);
    expect(await cookie('theme-mode')).toBeUndefined();
    expect(errors).toEqual([{ kind: 'write', name: 'theme-mode', reason: 'dropped' }]);
  });

  it('a value with a lone surrogate should return false, report the value and not throw', async () => {
    const store = grantedStore();
    expect(store.cookies.set('theme-mode', 'dark \ud800')).toBe(false);
    expect(await cookie('theme-mode')).toBeUndefined();
    expect(errors).toEqual([{ kind: 'write', name: 'theme-mode', reason: 'value' }]);
  });

  it('a quoted value written by another script (theme="dark") should read unquoted', () => {
    document.cookie = 'theme-mode="dark"; Path=/';
    expect(grantedStore().cookies.get('theme-mode')).toBe('dark');
  });
});

describe('the consent cookie adapter in Chromium', () => {
  const record: ConsentRecord = {
    schema: 1,
    revision: 1,
    id: 'a'.repeat(32),
    decidedAt: Math.floor(nowSeconds()),
    expiresAt: Math.floor(nowSeconds()) + 86400,
    method: 'reject-all',
    gpc: false,
    choices: { essential: true },
  };

  it('on /account/settings, given an older decision on Path=/account (listed first), get() should return both and set() should leave only the new one', async () => {
    // Chromium keeps no parent-domain copy on localhost, so the duplicate is on a longer path, seen
    // from a page under it: a same-origin frame there, running its own copy of the adapter.
    const frame = document.createElement('iframe');
    frame.src = '/account/settings/';
    await new Promise((resolve) => {
      frame.onload = resolve;
      document.body.append(frame);
    });
    try {
      const page = frame.contentWindow as Window & typeof globalThis;
      // The library reads process.env.NODE_ENV, which the test runner defines only in its own frame.
      Object.assign(page, { process: { env: { NODE_ENV: 'development' } } });
      const adapter: typeof import('../../src/storage/cookie') = await page.eval("import('/src/storage/cookie.ts')");
      page.document.cookie = 'ck_consent=older-accept-all; Path=/account';
      page.document.cookie = 'ck_consent=accept-all; Path=/';
      const storage = adapter.cookieAdapter();
      expect(storage.get()).toEqual(['older-accept-all', 'accept-all']);
      storage.set('reject-all', record);
      expect(storage.get()).toEqual(['reject-all']);
      expect((await commands.getCookies()).filter((c) => c.name === 'ck_consent').map((c) => [c.path, c.value])).toEqual([['/', 'reject-all']]);
    } finally {
      frame.remove();
      document.cookie = 'ck_consent=; Path=/account; Max-Age=0';
    }
  });

  it('set() should throw when the browser does not keep the cookie (too large)', async () => {
    expect(() => cookieAdapter().set('x'.repeat(5000), record)).toThrow('the browser did not keep the ck_consent cookie');
    expect(await cookie('ck_consent')).toBeUndefined();
  });

  it('given hostPrefix, a page Chromium counts as https-like (localhost) still uses the plain name, as on any http page', () => {
    expect(location.protocol).toBe('http:');
    expect(cookieAdapter({ hostPrefix: true }).key).toBe('ck_consent');
  });
});
