import { createConsentStore } from '../../src/core/store';
import { cookieAdapter } from '../../src/storage/cookie';
import { shopConfig, visibleCookies } from './fixtures';

/**
 * Connecting a store defers the sweep of cookies without consent, and the cross-tab channel, to
 * the page's idle time (startup work stays off the first paint). The sweep still runs, and a
 * decision made before it wins over the stored one it replaces.
 */
describe('the sweep after connecting, deferred to idle time', () => {
  const cleanup: (() => void)[] = [];
  afterEach(() => {
    cleanup.splice(0).forEach((stop) => stop());
    for (const name of ['ck_consent', '_ga', 'theme-mode']) document.cookie = `${name}=; Path=/; Max-Age=0`;
  });

  /** A page where the person rejected everything earlier, and a script has since set an analytics cookie. */
  function pageAfterRejection() {
    const earlier = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    earlier.rejectAll();
    document.cookie = '_ga=GA1.1.123; Path=/';
    const store = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    cleanup.push(store.connect());
    return store;
  }

  it('given a stored rejection and an analytics cookie set since, the idle sweep should erase the cookie', async () => {
    const store = pageAfterRejection();
    expect(store.getState().choices.analytics).toBe('denied');
    // Nothing is swept during startup: the cookie is still there right after connecting.
    expect(visibleCookies()).toContain('_ga');
    await vi.waitFor(() => expect(visibleCookies()).not.toContain('_ga'), { timeout: 3000 });
  });

  it('given a cookie the idle sweep erases, development builds should say so once, naming it and its category', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = pageAfterRejection();
    await vi.waitFor(() => expect(visibleCookies()).not.toContain('_ga'), { timeout: 3000 });
    const said = () => warn.mock.calls.map(([message]) => String(message)).filter((message) => message.includes('"_ga"'));
    expect(said()).toEqual([
      '[consentkit] cookie "_ga" was set without consent for "analytics": erased. Something wrote it before consent (a script that is not gated), or it outlived a withdrawal.',
    ]);
    // Written again and swept again (the tab looked at again): no second warning for the same cookie.
    document.cookie = '_ga=GA1.1.456; Path=/';
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(visibleCookies()).not.toContain('_ga'), { timeout: 3000 });
    expect(said()).toHaveLength(1);
    expect(store.getState().choices.analytics).toBe('denied');
    warn.mockRestore();
  });

  it('given Accept all before the idle sweep has run, the sweep should keep the analytics cookie and the decision should hold', async () => {
    const store = pageAfterRejection();
    store.acceptAll();
    // Long enough for the idle callback (its timeout is a second), the sync code and the sweep.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(store.getState()).toMatchObject({ decided: true, choices: { analytics: 'granted', advertising: 'granted' } });
    expect(visibleCookies()).toContain('_ga');
    const reloaded = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    expect(reloaded.getState().record?.method).toBe('accept-all');
  });
});
