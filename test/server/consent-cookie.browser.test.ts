import { commands } from 'vitest/browser';
import { createConsentStore } from '../../src/core/store';
import { cookieAdapter } from '../../src/storage/cookie';
import { reissueConsentCookie } from '../../src/server';
import { shopConfig } from '../core/fixtures';
import { interceptRequests } from '../integrations/intercept';

const consentCookie = async () => (await commands.getCookies()).find(({ name }) => name === 'ck_consent');

afterEach(() => {
  document.cookie = 'ck_consent=; Max-Age=0; Path=/';
  document.cookie = '__Host-ck_consent=; Max-Age=0; Path=/; Secure';
});

describe('reissueConsentCookie in Chromium', () => {
  it('given a response carrying the re-issued cookie, the browser should keep the same cookie cookieAdapter wrote, for the same lifetime', async () => {
    const store = createConsentStore(shopConfig, { storage: cookieAdapter() });
    store.acceptAll();
    const written = await consentCookie();
    expect(written).toBeDefined();

    // The request's headers as an http server sees them (a page's own Request may not carry Cookie).
    const setCookie = reissueConsentCookie(new Headers({ cookie: `ck_consent=${written!.value}`, 'x-forwarded-proto': 'http' }));
    expect(setCookie).toMatch(/^ck_consent=/);
    // Neither may a page's Response carry Set-Cookie: the header goes to the browser as it is.
    const stop = await interceptRequests(['*/__reissue*'], () => ({ headers: { 'set-cookie': setCookie! } }));
    document.cookie = 'ck_consent=; Max-Age=0; Path=/';
    expect(await consentCookie()).toBeUndefined();
    await fetch('/__reissue');
    await stop();

    const reissued = await consentCookie();
    expect(reissued).toEqual({ ...written, expires: expect.any(Number) });
    expect(Math.abs(reissued!.expires - written!.expires)).toBeLessThan(5);
    expect(reissued!.expires - Date.now() / 1000).toBeGreaterThan(shopConfig.consentExpirySeconds - 60);
  });

  it('given hostPrefix on https, the browser should keep __Host-ck_consent: Secure, Path=/, host-only', async () => {
    const store = createConsentStore(shopConfig, { storage: cookieAdapter() });
    store.acceptAll();
    const { value } = (await consentCookie())!;
    // Only headers: the request counts as https, as behind most production proxies.
    const setCookie = reissueConsentCookie(new Headers({ cookie: `__Host-ck_consent=${value}` }), { hostPrefix: true });
    const stop = await interceptRequests(['*/__reissue*'], () => ({ headers: { 'set-cookie': setCookie! } }));
    await fetch('/__reissue');
    await stop();
    const reissued = (await commands.getCookies()).find(({ name }) => name === '__Host-ck_consent');
    expect(reissued).toMatchObject({ value, path: '/', domain: location.hostname, secure: true, httpOnly: false, sameSite: 'Lax' });
  });
});
