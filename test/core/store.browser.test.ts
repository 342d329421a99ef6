import { commands } from 'vitest/browser';
import { encodeConsentRecord } from '../../src/core/record';
import { shopConfig } from './fixtures';

/**
 * Duplicate consent cookies in Chromium, through the store: a page under /account/settings/ sees a
 * cookie on Path=/account before the one on Path=/ (longer paths are listed first). Chromium keeps
 * no parent-domain copy on localhost, so the duplicate is on a longer path; the rule is the same.
 */
describe('G3 in Chromium: duplicate consent cookies', () => {
  const DAY = 86_400;
  const now = Math.floor(Date.now() / 1000);
  const record = (method: 'accept-all' | 'reject-all', decidedAt: number, id: string) =>
    encodeConsentRecord({
      schema: 1,
      revision: 1,
      id: id.repeat(32),
      decidedAt,
      expiresAt: decidedAt + 30 * DAY,
      method,
      gpc: false,
      choices: { essential: true, functional: method === 'accept-all', analytics: method === 'accept-all', advertising: method === 'accept-all' },
    });

  async function inAccountPage(run: (page: Window & typeof globalThis, store: typeof import('../../src/core/store'), adapters: typeof import('../../src/storage/cookie')) => Promise<void>) {
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
      page.console.warn = () => {};
      await run(page, await page.eval("import('/src/core/store.ts')"), await page.eval("import('/src/storage/cookie.ts')"));
    } finally {
      frame.remove();
      document.cookie = 'ck_consent=; Path=/account; Max-Age=0';
      document.cookie = 'ck_consent=; Path=/; Max-Age=0';
    }
  }

  it('given an older Accept all on Path=/account, a Reject all should hold after a reload, with one consent cookie left', async () => {
    await inAccountPage(async (page, { createConsentStore }, { cookieAdapter }) => {
      page.document.cookie = `ck_consent=${record('accept-all', now - DAY, '1')}; Path=/account`;
      const first = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
      expect(first.getState().choices.analytics).toBe('granted');

      first.rejectAll();

      const reloaded = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
      expect(reloaded.getState()).toMatchObject({ decided: true, choices: { analytics: 'denied', advertising: 'denied' } });
      const left = (await commands.getCookies()).filter((cookie) => cookie.name === 'ck_consent');
      expect(left.map((cookie) => cookie.path)).toEqual(['/']);
    });
  });

  it('given a newer Reject all on Path=/ and an older Accept all listed first, should read the Reject all', async () => {
    await inAccountPage(async (page, { createConsentStore }, { cookieAdapter }) => {
      page.document.cookie = `ck_consent=${record('accept-all', now - DAY, '1')}; Path=/account`;
      page.document.cookie = `ck_consent=${record('reject-all', now - 60, '2')}; Path=/`;
      expect(page.document.cookie.indexOf('1111')).toBeLessThan(page.document.cookie.indexOf('2222'));
      const store = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
      expect(store.getState()).toMatchObject({ decided: true, record: { method: 'reject-all' }, choices: { analytics: 'denied' } });
    });
  });
});
