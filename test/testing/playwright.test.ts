// @vitest-environment node
/**
 * consentkit/testing/playwright against a real page in Chromium: a small consent-aware app bundled
 * from the working tree, served over HTTP, driven through Playwright as an app's browser test
 * would drive it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import {
  addConsent,
  ConsentComplianceError,
  consentStorageState,
  expectConsentCompliance,
  findConsentViolations,
  openWithConsent,
} from '../../src/testing/playwright/index';
import { defineConsentConfig } from '../../src/index';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { pageConfig as config } from './fixtures/policy';
import { cssText } from '../../scripts/css-text';

let server: Server;
let origin: string;
let browser: Browser;
let context: BrowserContext;

// Each test loads a React page or two, on a shared 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./fixtures/policy-page.tsx', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [cssText],
    logLevel: 'error',
  });
  const script = bundle.outputFiles[0]!.text;
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/app.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      return;
    }
    const headers: Record<string, string | string[]> = { 'content-type': 'text/html; charset=utf-8' };
    // A server that sets a tracking cookie of its own, HttpOnly: out of the page's sight.
    if (url.searchParams.has('server-cookie')) headers['set-cookie'] = 'srv_track=1; Max-Age=3600; Path=/; HttpOnly';
    response.writeHead(200, headers).end('<!doctype html><html lang="en"><title>Policy page</title><div id="root"></div><script type="module" src="/app.js"></script>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

beforeEach(async () => {
  context = await browser.newContext();
});
afterEach(async () => {
  await context.close();
});

const status = (page: Page) => page.getByTestId('status').textContent();
const ready = async (page: Page) => {
  await page.getByTestId('status').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="status"]')!.textContent!.startsWith('loading'));
};
const banner = (page: Page) => page.getByRole('region', { name: 'Cookie consent' });
const open = async (path = '/') => {
  const page = await context.newPage();
  await page.goto(origin + path);
  await ready(page);
  return page;
};
const caught = async (run: Promise<unknown>) => {
  try {
    await run;
  } catch (error) {
    return error as ConsentComplianceError;
  }
  throw new Error('expected a ConsentComplianceError');
};

describe('starting a page in a consent state', () => {
  test('addConsent accepted: the page loads decided, with every category granted and no banner', async () => {
    await addConsent(context, origin, { config, consent: 'accepted' });
    const page = await open();
    expect(await status(page)).toBe('decided: true; functional: granted; analytics: granted');
    expect(await banner(page).count()).toBe(0);
  });

  test('addConsent rejected, and a per-category map: the page reads each as the decision it is', async () => {
    await addConsent(context, origin, { config, consent: 'rejected' });
    expect(await status(await open())).toBe('decided: true; functional: denied; analytics: denied');
    await addConsent(context, origin, { config, consent: { functional: true } });
    expect(await status(await open())).toBe('decided: true; functional: granted; analytics: denied');
  });

  test('addConsent undecided removes a decision the context held: the banner asks again', async () => {
    await addConsent(context, origin, { config, consent: 'accepted' });
    await addConsent(context, origin, { config, consent: 'undecided' });
    const page = await open();
    expect(await status(page)).toBe('decided: false; functional: undecided; analytics: undecided');
    await banner(page).waitFor();
  });

  test('the consent cookie is the one cookieAdapter writes: host-only, Path=/, SameSite=Lax, not Secure on http, living as long as the decision', async () => {
    await addConsent(context, origin, { config, consent: 'accepted' });
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'ck_consent', domain: '127.0.0.1', path: '/', sameSite: 'Lax', secure: false, httpOnly: false });
    const days = (cookie!.expires - Date.now() / 1000) / 86400;
    expect(days).toBeGreaterThan(179);
    expect(days).toBeLessThanOrEqual(config.consentExpirySeconds / 86400);
  });

  test('a decision made on the page replaces the one written, and survives a reload', async () => {
    await addConsent(context, origin, { config, consent: 'accepted' });
    const page = await open();
    await addConsent(context, origin, { config, consent: 'undecided' });
    await page.reload();
    await ready(page);
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await page.reload();
    await ready(page);
    expect(await status(page)).toBe('decided: true; functional: denied; analytics: denied');
  });

  test('localStorage adapter: the key is written before the app reads it, and only while the page holds none', async () => {
    await addConsent(context, origin, { config, consent: 'accepted', storage: { type: 'localStorage' } });
    const page = await open('/?storage=local');
    expect(await status(page)).toBe('decided: true; functional: granted; analytics: granted');
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('ck_consent');
    // A decision the person makes during the test is kept across a reload, not overwritten.
    await page.evaluate(() => localStorage.removeItem('ck_consent'));
    await page.reload();
    await ready(page);
    expect(await status(page)).toBe('decided: true; functional: granted; analytics: granted');
  });

  test('consentStorageState: a new context made with it starts decided, for cookies and for localStorage', async () => {
    const withCookie = await browser.newContext({ storageState: consentStorageState(origin, { config, consent: { analytics: true } }) });
    const withKey = await browser.newContext({ storageState: consentStorageState(origin, { config, consent: 'rejected', storage: { type: 'localStorage' } }) });
    try {
      const first = await withCookie.newPage();
      await first.goto(origin);
      await ready(first);
      expect(await status(first)).toBe('decided: true; functional: denied; analytics: granted');
      const second = await withKey.newPage();
      await second.goto(`${origin}/?storage=local`);
      await ready(second);
      expect(await status(second)).toBe('decided: true; functional: denied; analytics: denied');
    } finally {
      await withCookie.close();
      await withKey.close();
    }
  });

  test('openWithConsent opens the page in the state', async () => {
    const page = await openWithConsent(context, `${origin}/`, { config, consent: 'rejected' });
    await ready(page);
    expect(await status(page)).toBe('decided: true; functional: denied; analytics: denied');
  });
});

describe('compliance assertions', () => {
  test('a well-behaved page passes before any decision, after Reject all and after Accept all', async () => {
    const page = await open();
    await expectConsentCompliance(page, { config, consent: 'undecided' });
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expectConsentCompliance(page, { config, consent: 'rejected' });

    await addConsent(context, origin, { config, consent: 'undecided' });
    await page.reload();
    await ready(page);
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await context.cookies()).map((cookie) => cookie.name).sort()).toEqual(['_ga', '_ga_ABC123', 'ck_consent']);
    await expectConsentCompliance(page, { config, consent: 'accepted' });
    // Without `consent`, the page's own stored decision is the measure.
    await expectConsentCompliance(page, { config });
  });

  test('fails on a page that sets an undeclared cookie before consent, naming it with the declaration it would need', async () => {
    const page = await open('/?leak=cookie');
    const error = await caught(expectConsentCompliance(page, { config, consent: 'undecided' }));
    expect(error).toBeInstanceOf(ConsentComplianceError);
    expect(error.violations).toEqual([
      {
        type: 'cookie',
        name: '_fbp',
        kind: 'undeclared',
        declaration: `{ name: "_fbp", category: '<essential | functional | analytics>', purpose: '<what it is for>', duration: { days: 90 } }`,
      },
    ]);
    expect(error.message).toContain('cookie "_fbp" is not declared. Declare it in config.cookies (or allow it):');
    expect(error.message).toContain(`{ name: "_fbp", category: '<essential | functional | analytics>', purpose: '<what it is for>', duration: { days: 90 } },`);
  });

  test('the pasted declaration makes the same page pass once its category is granted, and only then', async () => {
    const declared = { ...config, cookies: [...config.cookies, { name: '_fbp', category: 'analytics' as const, purpose: 'Ad clicks', duration: { days: 90 } }] };
    const page = await open('/?leak=cookie');
    const error = await caught(expectConsentCompliance(page, { config: declared, consent: 'undecided' }));
    expect(error.violations).toEqual([{ type: 'cookie', name: '_fbp', kind: 'not-granted', category: 'analytics' }]);
    await expectConsentCompliance(page, { config: declared, consent: { analytics: true } });
  });

  test('fails on a declared analytics cookie set before anyone decided', async () => {
    const page = await open('/?leak=declared');
    await page.waitForFunction(() => document.cookie.includes('_ga='));
    const error = await caught(expectConsentCompliance(page, { config, consent: 'undecided' }));
    expect(error.message).toContain('cookie "_ga" belongs to "analytics", which is not granted');
  });

  test('after Reject all, a cookie of a refused category that remains fails; after Accept all, an undeclared one does', async () => {
    const page = await open('/?leak=after-accept');
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await context.cookies()).some((cookie) => cookie.name === 'tracker')).toBe(true);
    const accepted = await caught(expectConsentCompliance(page, { config, consent: 'accepted' }));
    expect(accepted.violations.map(({ name, kind }) => `${name}: ${kind}`)).toEqual(['tracker: undeclared']);
    expect(accepted.violations[0]!.declaration).toContain('duration: { days: 1 }');
    const rejected = await caught(expectConsentCompliance(page, { config, consent: 'rejected', allow: ['tracker'] }));
    expect(rejected.violations.map(({ name, kind }) => `${name}: ${kind}`).sort()).toEqual(['_ga: not-granted', '_ga_ABC123: not-granted']);
  });

  test('undeclared localStorage keys fail with a declaration of their own; allow lets a known one through', async () => {
    const page = await open('/?leak=storage');
    const error = await caught(expectConsentCompliance(page, { config, consent: 'undecided' }));
    expect(error.violations).toEqual([
      {
        type: 'localStorage',
        name: 'hj-session',
        kind: 'undeclared',
        declaration: `{ key: "hj-session", category: '<essential | functional | analytics>', purpose: '<what it is for>', duration: { days: '<how long it is kept>' } }`,
      },
    ]);
    expect(error.message).toContain('localStorage key "hj-session" is not declared. Declare it in config.storage');
    await expectConsentCompliance(page, { config, consent: 'undecided', allow: ['hj-*'] });
  });

  test("a service's cookie needs the service's own consent, not only its category's", async () => {
    const withService = defineConsentConfig({
      revision: 1,
      categories: config.categories,
      services: [{ id: 'ga', name: 'Google Analytics', category: 'analytics', purpose: 'Visits', data: 'Pages seen', privacyPolicyUrl: 'https://policies.google.com/privacy' }],
      cookies: config.cookies.map((cookie) => (cookie.category === 'analytics' ? { ...cookie, service: 'ga' as const } : cookie)),
    });
    await addConsent(context, origin, { config, consent: 'accepted' });
    const page = await open();
    await expect.poll(async () => (await context.cookies()).length).toBe(3);
    const error = await caught(expectConsentCompliance(page, { config: withService, consent: { analytics: true, 'service:ga': false } }));
    expect(error.violations.map(({ name, service }) => `${name}: ${service}`).sort()).toEqual(['_ga: ga', '_ga_ABC123: ga']);
    expect(error.message).toContain('cookie "_ga" belongs to the service "ga" of "analytics", which is not granted');
    await expectConsentCompliance(page, { config: withService, consent: { analytics: true, 'service:ga': true } });
  });

  test('an HttpOnly cookie the server set, which the page cannot see, is found too', async () => {
    const page = await open('/?server-cookie');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const violations = await findConsentViolations(page, { config, consent: 'undecided' });
    expect(violations.map(({ name, declaration }) => [name, declaration])).toEqual([
      ['srv_track', `{ name: "srv_track", category: '<essential | functional | analytics>', purpose: '<what it is for>', duration: { hours: 1 } }`],
    ]);
  });

  test('the consent record itself is never a violation, in a cookie or in localStorage', async () => {
    await addConsent(context, origin, { config, consent: 'rejected' });
    await expectConsentCompliance(await open(), { config, consent: 'rejected' });
    await context.clearCookies();
    await addConsent(context, origin, { config, consent: 'rejected', storage: { type: 'localStorage' } });
    await expectConsentCompliance(await open('/?storage=local'), { config, consent: 'rejected', storage: { type: 'localStorage' } });
  });

  test("nor is <ConsentLog>'s queue of proof not yet delivered (ck_consent_log), while a key beside it still fails", async () => {
    const page = await open();
    await page.evaluate(() => localStorage.setItem('ck_consent_log', '[]'));
    await expectConsentCompliance(page, { config, consent: 'undecided' });
    await page.evaluate(() => localStorage.setItem('ck_consent_logs', '[]'));
    expect((await caught(expectConsentCompliance(page, { config, consent: 'undecided' }))).violations.map((v) => v.name)).toEqual(['ck_consent_logs']);
  });
});
