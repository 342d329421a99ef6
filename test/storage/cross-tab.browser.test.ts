import { createConsentStore } from '../../src/core/store';
import { deleteCookie } from '../../src/core/cookie-jar';
import { cookieAdapter } from '../../src/storage/cookie';
import { localStorageAdapter } from '../../src/storage/local-storage';
import type { ConsentStorage } from '../../src/storage/types';
import { shopConfig } from '../core/fixtures';

afterEach(() => {
  deleteCookie('ck_consent');
  localStorage.clear();
});

describe('two tabs in Chromium', () => {
  it('a decision stored in localStorage by another document should reach this one without a reload', async () => {
    // The other "tab": a same-origin frame whose localStorage is the same storage area. Only other
    // documents receive the storage event, as with a real second tab.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const other = frame.contentWindow!;
    const otherTabStorage: ConsentStorage = {
      get: () => other.localStorage.getItem('ck_consent'),
      set: (value) => other.localStorage.setItem('ck_consent', value),
      remove: () => other.localStorage.removeItem('ck_consent'),
    };
    try {
      const here = createConsentStore(shopConfig, { storage: localStorageAdapter(), gpc: false });
      const stop = here.connect();
      const there = createConsentStore(shopConfig, { storage: otherTabStorage, gpc: false });
      there.save({ functional: true });
      await vi.waitFor(() => expect(here.getState().decided).toBe(true));
      expect(here.getState().choices).toMatchObject({ functional: 'granted', analytics: 'denied' });
      there.reset();
      await vi.waitFor(() => expect(here.getState().decided).toBe(false));
      stop();
    } finally {
      frame.remove();
    }
  });

  it('a decision stored in the consent cookie by another store should arrive over a BroadcastChannel', async () => {
    const a = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    const b = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    const stops = [a.connect(), b.connect()];
    document.cookie = '_ga=GA1; Path=/';
    b.acceptAll();
    await vi.waitFor(() => expect(a.isGranted('analytics')).toBe(true));
    // Revoking in one tab erases the category's cookies in the other too.
    a.save({ analytics: false });
    await vi.waitFor(() => expect(b.isGranted('analytics')).toBe(false));
    expect(document.cookie).not.toContain('_ga');
    stops.forEach((stop) => stop());
  });

  it('stores of different consent cookies should not hear each other', async () => {
    const a = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    const b = createConsentStore(shopConfig, { storage: cookieAdapter({ name: 'other_app' }), gpc: false });
    const listener = vi.fn();
    b.subscribe(listener);
    const stops = [a.connect(), b.connect()];
    a.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(listener).not.toHaveBeenCalled();
    stops.forEach((stop) => stop());
    deleteCookie('other_app');
  });
});
