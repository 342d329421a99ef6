import { render } from '@testing-library/react';
import { commands } from 'vitest/browser';
import { defineConsentConfig } from '../../src/core/config';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { installCookieGuard } from '../../src/integrations/cookie-guard';
import { ConsentCookieGuard } from '../../src/integrations/consent-cookie-guard';
import { ConsentProvider } from '../../src/react/provider';

const config = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login.' },
    analytics: { title: 'Analytics', description: 'Counts visits.' },
    marketing: { title: 'Marketing', description: 'Ads.' },
  },
  services: [{ id: 'ads', name: 'Ads Inc', category: 'marketing', purpose: 'Ads', data: 'Visits', privacyPolicyUrl: 'https://ads.example/privacy' }],
  cookies: [
    { name: 'session-id', category: 'essential', purpose: 'Session', duration: 'session' },
    { name: '_ga', category: 'analytics', purpose: 'Visitor ID', duration: { days: 390 } },
    { name: '_ga_*', category: 'analytics', purpose: 'Session state', duration: { days: 390 } },
    { name: '_fbp', category: 'marketing', service: 'ads', purpose: 'Ad clicks', duration: { days: 90 } },
  ],
});

type CookieStoreApi = { set(name: string, value: string): Promise<void>; set(options: { name: string; value: string; expires?: number }): Promise<void> };
const cookieStore = (globalThis as unknown as { cookieStore: CookieStoreApi }).cookieStore;

/** A third-party tag as the page runs it: it knows nothing of consent and writes on every hit. */
async function thirdPartyScript() {
  document.cookie = `_ga=GA1.1.${Date.now()}; Max-Age=34128000; Path=/; SameSite=Lax`;
  document.cookie = '_ga_ABC123=GS1.1; Path=/';
  await cookieStore.set({ name: '_fbp', value: 'fb.1.2', expires: Date.now() + 86_400_000 });
}

const jar = async () => (await commands.getCookies()).map(({ name }) => name).sort();
const NAMES = ['session-id', '_ga', '_ga_ABC123', '_fbp', '_other', 'ck_consent'];
const native = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
const nativeCookieStoreSet = (globalThis as unknown as { CookieStore: { prototype: { set: unknown } } }).CookieStore.prototype.set;
const uninstalls: (() => void)[] = [];

function guarded(choices: Record<string, boolean>, onBlock?: (name: string) => void) {
  const store = createConsentStore(config, { storage: memoryAdapter() });
  store.save(choices);
  uninstalls.push(installCookieGuard(store, { onBlock }));
  return store;
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  uninstalls.splice(0).forEach((uninstall) => uninstall());
  for (const name of NAMES) native.set!.call(document, `${name}=; Max-Age=0; Path=/`);
  vi.restoreAllMocks();
});

describe('installCookieGuard in Chromium', () => {
  it('after withdrawal, a script that keeps writing leaves no cookie behind, through document.cookie or cookieStore.set', async () => {
    const store = guarded({ analytics: true, marketing: true });
    await thirdPartyScript();
    expect(await jar()).toEqual(['_fbp', '_ga', '_ga_ABC123']);

    store.save({ analytics: false, marketing: false });
    await thirdPartyScript();
    expect(await jar()).toEqual([]);
  });

  it('erases at install what a script wrote for a category without consent, and again at withdrawal what it wrote behind the guard', async () => {
    await thirdPartyScript();
    const store = guarded({ analytics: false, marketing: true });
    expect(await jar()).toEqual(['_fbp']);

    // A write the guard cannot see (a setter kept from before install, or a server response).
    native.set!.call(document, '_ga=GA1.1.9; Path=/');
    store.save({ analytics: false, marketing: false });
    expect(await jar()).toEqual([]);
  });

  it('follows a service: its cookie is blocked while the service is refused in a granted category', async () => {
    guarded({ analytics: true, marketing: true, 'service:ads': false });
    await thirdPartyScript();
    expect(await jar()).toEqual(['_ga', '_ga_ABC123']);
  });

  it('lets required and undeclared cookies through byte for byte, and deletions always, while a refused one is dropped', async () => {
    const blocked: string[] = [];
    guarded({ analytics: false, marketing: false }, (name) => blocked.push(name));
    document.cookie = 'session-id=a%20b; Path=/; SameSite=Strict';
    document.cookie = '_other=1; Path=/';
    await cookieStore.set('_other', '2');
    const [session] = (await commands.getCookies()).filter(({ name }) => name === 'session-id');
    expect(session).toMatchObject({ value: 'a%20b', sameSite: 'Strict', path: '/' });
    expect(await jar()).toEqual(['_other', 'session-id']);

    native.set!.call(document, '_ga=left; Path=/');
    document.cookie = '_ga=; Max-Age=0; Path=/';
    expect(await jar()).not.toContain('_ga');
    native.set!.call(document, '_ga=left; Path=/');
    document.cookie = '_ga=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/';
    expect(await jar()).not.toContain('_ga');
    native.set!.call(document, '_fbp=left; Path=/');
    await cookieStore.set({ name: '_fbp', value: '', expires: Date.now() - 1000 });
    expect(await jar()).not.toContain('_fbp');
    expect(blocked).toEqual([]);

    // Beside them, the same kind of write to a refused cookie is dropped.
    document.cookie = '_ga=GA1; Path=/';
    expect(await jar()).toEqual(['_other', 'session-id']);
    expect(blocked).toEqual(['_ga']);
  });

  // Dates Date.parse() reads as passed but Chromium cannot read: as written, it keeps a session cookie.
  it.each(['Thu, 01 Jan 1970', '1', '0', '2000-01-01T00:00:00Z'])('a refused cookie written with "Expires=%s" leaves no cookie', async (expires) => {
    guarded({ analytics: false, marketing: false });
    document.cookie = `_ga=tracked; Expires=${expires}; Path=/`;
    expect(await jar()).toEqual([]);
  });

  it('a refused cookie written with a Max-Age Chromium reads and the guard does not, and a past Expires, leaves no cookie', async () => {
    guarded({ analytics: false, marketing: false });
    document.cookie = '_ga=tracked; Max-Age=+60; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/';
    expect(await jar()).toEqual([]);
  });

  it.each(['Max-Age=0', 'Expires=Thu, 01 Jan 1970 00:00:00 GMT'])('a deletion with %s still erases a refused cookie, at the path it names', async (lifetime) => {
    const blocked: string[] = [];
    guarded({ analytics: false, marketing: false }, (name) => blocked.push(name));
    native.set!.call(document, '_ga=left; Path=/; Secure; SameSite=None');
    document.cookie = `_ga=tracked; ${lifetime}; Path=/; Secure; SameSite=None`;
    expect(await jar()).toEqual([]);
    expect(blocked).toEqual([]);
  });

  const rawSet = (...args: unknown[]) => (cookieStore.set as unknown as (...args: unknown[]) => Promise<void>).apply(cookieStore, args);
  let reads = 0;
  it.each<[string, () => Promise<void>, string[]]>([
    ['an array as the name', () => rawSet(['_ga'], 'tracked'), []],
    ['a function as the options (its own name)', () => rawSet(Object.assign(function _fbp() {}, { value: 'tracked' })), []],
    // The browser is handed the name the guard read.
    ['a name getter that changes', () => rawSet({ get name() { return reads++ ? '_ga' : '_other'; }, value: 'tracked' }), ['_other']],
  ])('cookieStore.set reads the call as Chromium does: a refused cookie named by %s is not set', async (_, write, left) => {
    guarded({ analytics: false, marketing: false });
    reads = 0;
    await write();
    expect(await jar()).toEqual(left);
  });

  it('cookieStore.set of a refused cookie with an expiry that reads as passed only once erases it, and sets nothing', async () => {
    guarded({ analytics: false, marketing: false });
    native.set!.call(document, '_fbp=left; Path=/');
    let reads = 0;
    await cookieStore.set({ name: '_fbp', value: 'tracked', expires: { valueOf: () => (reads++ ? Date.now() + 86_400_000 : 0) } as unknown as number });
    expect(await jar()).toEqual([]);
  });

  it('keeps reads working, reports each blocked write, warns once per name, and never throws into the script', async () => {
    const blocked: string[] = [];
    guarded({ analytics: false, marketing: false }, (name) => {
      blocked.push(name);
      throw new Error('a broken callback');
    });
    // The callback's error is rethrown through reportError, outside the writing script.
    const rethrown: unknown[] = [];
    const onError = (event: ErrorEvent) => (rethrown.push(event.error), event.preventDefault());
    window.addEventListener('error', onError);
    document.cookie = 'session-id=s1; Path=/';
    expect(() => {
      document.cookie = '_ga=1; Path=/';
      document.cookie = '_ga=2; Path=/';
    }).not.toThrow();
    expect(document.cookie).toContain('session-id=s1');
    expect(document.cookie).not.toContain('_ga=');
    window.removeEventListener('error', onError);
    expect(blocked).toEqual(['_ga', '_ga']);
    expect(rethrown.map(String)).toEqual(['Error: a broken callback', 'Error: a broken callback']);
    expect(vi.mocked(console.warn).mock.calls.filter(([message]) => String(message).includes('cookie guard blocked a write of cookie "_ga"'))).toHaveLength(1);
  });

  it('uninstall restores the native accessor and cookieStore.set, and writes pass again', async () => {
    guarded({ analytics: false, marketing: false });
    expect(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!.set).not.toBe(native.set);
    uninstalls.pop()!();
    expect(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')).toEqual(native);
    expect((globalThis as unknown as { CookieStore: { prototype: { set: unknown } } }).CookieStore.prototype.set).toBe(nativeCookieStoreSet);
    await thirdPartyScript();
    expect(await jar()).toEqual(['_fbp', '_ga', '_ga_ABC123']);
  });
});

describe('<ConsentCookieGuard /> in Chromium', () => {
  it('guards while mounted under the provider, and stops when unmounted', async () => {
    const store = createConsentStore(config, { storage: memoryAdapter() });
    store.save({ analytics: true, marketing: true });
    const view = render(
      <ConsentProvider store={store}>
        <ConsentCookieGuard />
      </ConsentProvider>,
    );
    await thirdPartyScript();
    store.save({ analytics: false, marketing: false });
    await thirdPartyScript();
    expect(await jar()).toEqual([]);

    view.unmount();
    expect(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')).toEqual(native);
  });
});
