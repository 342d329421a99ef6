import { defineConsentConfig } from '../../src/core/config';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { installCookieGuard } from '../../src/integrations/cookie-guard';

const config = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login.' },
    analytics: { title: 'Analytics', description: 'Counts visits.' },
  },
  cookies: [
    { name: 'session-id', category: 'essential', purpose: 'Session', duration: 'session' },
    { name: '_ga', category: 'analytics', purpose: 'Visitor ID', duration: { days: 390 } },
  ],
});

const native = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;

afterEach(() => {
  for (const name of ['session-id', '_ga']) document.cookie = `${name}=; Max-Age=0; Path=/`;
  vi.restoreAllMocks();
});

describe('the cookie guard decision (jsdom)', () => {
  it('given a stored decision still loading, should block a declared cookie but erase nothing a grant may cover', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.cookie = '_ga=earlier; Path=/';
    const stored = memoryAdapter();
    const granted = createConsentStore(config, { storage: stored });
    granted.save({ analytics: true });
    // An adapter that answers later: the store starts `loading`, every category reading as not granted.
    const slow = { ...stored, get: () => new Promise<string | null>((resolve) => setTimeout(() => resolve(stored.get() as string | null), 20)) };
    const store = createConsentStore(config, { storage: slow });
    const uninstall = installCookieGuard(store);
    expect(store.getState().status).toBe('loading');
    expect(document.cookie).toContain('_ga=earlier');
    document.cookie = '_ga=during; Path=/';
    expect(document.cookie).toContain('_ga=earlier');

    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    document.cookie = '_ga=after; Path=/';
    expect(document.cookie).toContain('_ga=after');
    uninstall();
  });

  it('given analytics refused, should block its cookie and never a required one', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createConsentStore(config, { storage: memoryAdapter() });
    store.save({ analytics: false });
    const uninstall = installCookieGuard(store);
    document.cookie = 'session-id=s; Path=/';
    document.cookie = '_ga=x; Path=/';
    expect(document.cookie).toBe('session-id=s');
    uninstall();
  });

  // Dates Date.parse() reads as passed but RFC 6265's cookie-date algorithm (tough-cookie's, as
  // browsers') cannot read: as written, the browser would ignore them and keep a session cookie.
  it.each(['Thu, 01 Jan 1970', '1', '0', '2000-01-01T00:00:00Z'])('given analytics refused, "_ga=tracked; Expires=%s" should leave no _ga', (expires) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createConsentStore(config, { storage: memoryAdapter() });
    store.rejectAll();
    const uninstall = installCookieGuard(store);
    document.cookie = `_ga=tracked; Expires=${expires}; Path=/`;
    uninstall();
    expect(document.cookie).not.toContain('_ga');
  });

  it.each(['Max-Age=0', 'Expires=Thu, 01 Jan 1970 00:00:00 GMT'])('given analytics refused, a deletion with %s should still erase _ga, and report nothing', (lifetime) => {
    const blocked: string[] = [];
    const store = createConsentStore(config, { storage: memoryAdapter() });
    store.rejectAll();
    const uninstall = installCookieGuard(store, { onBlock: (name) => blocked.push(name) });
    // Written behind the guard (a setter kept from before install), so that only the deletion erases it.
    native.set!.call(document, '_ga=left; Path=/');
    document.cookie = `_ga=tracked; ${lifetime}; Path=/`;
    uninstall();
    expect(document.cookie).not.toContain('_ga');
    expect(blocked).toEqual([]);
  });
});
