/**
 * examples/next as a user runs it: the packed package (npm pack) in its node_modules, `next build`
 * (Turbopack) and `next start`, then real requests and real Chromium. Next, React and the
 * package's dependencies come from the repository's own node_modules (`npm ci` installs Next once),
 * consentkit only from the tarball. The build's own figures (route table, route-bundle-stats.json)
 * are read, and the first-load JavaScript consentkit adds to each route is printed. Google's tag is
 * a recording stub served by the test; the consent log is PGlite, as the example ships it.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = path.join(root, '.tmp');
// Inside the repository, so that next, react and the package's dependencies resolve from its node_modules.
const app = path.join(tmp, 'next-example');
const next = path.join(root, 'node_modules/next/dist/bin/next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
const googleTagId = 'G-EXAMPLE1';
const adminToken = randomUUID();

let buildOutput = '';
let server: ChildProcess | undefined;
let origin = '';
let browser: Browser;
/** What `next start` wrote to stderr (the app's console.error), printed at the end when not empty. */
let serverErrors = '';
/** Seconds each phase took, printed at the end: the suite's cost on a shared 2-core machine. */
const timings: Record<string, number> = {};
let mark = 0;
const lap = (phase: string) => {
  const now = performance.now();
  timings[phase] = Math.round(now - mark) / 1000;
  mark = now;
};

async function sh(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}) {
  try {
    return await run(command, args, { cwd, env: { ...env, ...extraEnv }, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  mark = performance.now();
  // 1. Pack exactly what npm would publish, and install it as the example's consentkit.
  if (!existsSync(path.join(root, 'dist/server/index.js'))) await sh('npm', ['run', '--silent', 'build'], root);
  await mkdir(tmp, { recursive: true });
  const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', tmp], root);
  const tarball = path.join(tmp, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
  await rm(app, { recursive: true, force: true });
  await cp(path.join(root, 'examples/next'), app, { recursive: true, filter: (source) => !/[/\\](node_modules|\.next)$/.test(source) });
  const installed = path.join(app, 'node_modules/consentkit');
  await mkdir(installed, { recursive: true });
  await sh('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], root);
  lap('pack and install');

  // 2. The production build, as `npm run build` in the example would make it.
  // The Google tag id is inlined into the client code at build time.
  buildOutput = (await sh(process.execPath, [next, 'build'], app, { NEXT_PUBLIC_GOOGLE_TAG_ID: googleTagId })).stdout;
  lap('next build');

  // 3. `next start`, in its own process group so that stopping it stops its workers too.
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The consent log in its default directory (app/.data, made fresh with the app), its audit export
  // open to this token, and the route's test-only fault switch on.
  server = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: app,
    env: { ...env, CONSENT_LOG_ADMIN_TOKEN: adminToken, CONSENT_LOG_TEST_FAULTS: '1' },
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  server.stderr!.on('data', (chunk: Buffer) => (serverErrors += chunk));
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${origin}/plain`)).ok) break;
    } catch {}
    if (tries > 150) throw new Error('next start did not answer');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  lap('next start and Chromium');
});

afterAll(async () => {
  lap('drive');
  const total = Object.values(timings).reduce((a, b) => a + b, 0);
  console.log(`${Object.entries(timings).map(([phase, seconds]) => `${phase} ${seconds} s`).join(', ')}; total ${total.toFixed(1)} s (load average ${loadavg()[0]!.toFixed(1)})`);
  if (serverErrors) console.log(`next start wrote to stderr:\n${serverErrors}`);
  await browser?.close();
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
  }
});

/** The server's HTML for a path, as a request with these headers gets it. */
async function serverHtml(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}${pathname}`, { headers });
  expect(response.status).toBe(200);
  return { html: await response.text(), headers: response.headers };
}

/**
 * What https://www.googletagmanager.com/gtag/js is served as: a stub that, as Google's library
 * does, reads the queued dataLayer first and then every later push, recording each entry with its
 * shape (gtag's `arguments`, an array, or a plain object such as an event).
 */
const RECORDING_GTAG = `(function () {
  var layer = window.dataLayer, push = layer.push;
  window.__gtagRecord = [];
  function record(entry) {
    var kind = Object.prototype.toString.call(entry) === '[object Arguments]' ? 'arguments' : Array.isArray(entry) ? 'array' : 'object';
    window.__gtagRecord.push({ kind: kind, value: kind === 'object' ? entry : Array.prototype.slice.call(entry) });
  }
  layer.forEach(record);
  layer.push = function () { Array.prototype.forEach.call(arguments, record); return push.apply(layer, arguments); };
})();`;

/** A browser context in which Google's tag is the recording stub (the machine has no network, and a real visitor's tag would be Google's). */
async function newContext(options?: Parameters<Browser['newContext']>[0]) {
  const context = await browser.newContext(options);
  await context.route('https://www.googletagmanager.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: RECORDING_GTAG }));
  return context;
}

const statusText = (html: string) => /<p data-testid="status">(.*?)<\/p>/.exec(html)?.[1];
const bannerIn = (html: string) => /<div class="ck-banner"[^>]*>/.exec(html)?.[0];

/**
 * A page that records, from before the first byte: each frame's view of the banner (so a banner
 * painted for one frame is seen), console errors and page errors (hydration mismatches), and the
 * server-rendered <main> and status text, to prove that hydration kept them.
 */
async function open(context: BrowserContext, pathname: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  // The example has no favicon: the browser's request for one is not the app's error.
  page.on('console', (message) => message.type() === 'error' && !message.location().url.endsWith('/favicon.ico') && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.addInitScript(() => {
    const w = window as unknown as { __frames: { heading: boolean; banner: boolean }[]; __main?: Element | null; __serverStatus?: string | null };
    w.__frames = [];
    const tick = () => {
      const banner = document.querySelector('.ck-banner');
      w.__frames.push({ heading: !!document.querySelector('h1'), banner: !!banner && banner.checkVisibility() });
      if (w.__frames.length < 1200) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    document.addEventListener('DOMContentLoaded', () => {
      w.__main = document.querySelector('main');
      w.__serverStatus = document.querySelector('[data-testid="status"]')?.textContent;
    });
  });
  await page.goto(`${origin}${pathname}`);
  return { page, errors, requests };
}

const frames = (page: Page) => page.evaluate(() => (window as unknown as { __frames: { heading: boolean; banner: boolean }[] }).__frames);
/** Hydration kept the server's <main> (a mismatch makes React render the root again, replacing it). */
const keptServerMain = (page: Page) => page.evaluate(() => (window as unknown as { __main?: Element }).__main === document.querySelector('main'));
const status = (page: Page) => page.getByTestId('status').textContent();
/** Waits until React has hydrated: a client-only effect of the store (connect) has run. */
const hydrated = (page: Page) => page.waitForFunction(() => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__react')));

describe('given the example built with next build', () => {
  test('the build keeps the static routes static (○) and the request-reading route dynamic (ƒ)', async () => {
    expect(buildOutput).toMatch(/ƒ \/\s/);
    for (const route of ['/about', '/cookies', '/plain']) expect(buildOutput).toMatch(new RegExp(`○ ${route}\\s`));
    const manifest = JSON.parse(await readFile(path.join(app, '.next/prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
    expect(Object.keys(manifest.routes)).toEqual(expect.arrayContaining(['/about', '/cookies']));
    expect(Object.keys(manifest.routes)).not.toContain('/');
    // Served as the prerendered file: cacheable, not `private, no-store`.
    const { headers } = await serverHtml('/about', { cookie: 'ck_consent=x' });
    expect(headers.get('cache-control')).not.toMatch(/private|no-store/);
  });

  test('first load (route-bundle-stats.json): consentkit adds no file of its own, as it shares the chunk of the app\'s client layout, and no Radix; what it adds per route is printed', async () => {
    const stats = JSON.parse(await readFile(path.join(app, '.next/diagnostics/route-bundle-stats.json'), 'utf8')) as {
      route: string;
      firstLoadUncompressedJsBytes: number;
      firstLoadChunkPaths: string[];
    }[];
    const byRoute = new Map(stats.map((entry) => [entry.route, entry]));
    const baseline = byRoute.get('/plain')!;
    const gzip = async (files: string[]) => (await Promise.all(files.map(async (file) => gzipSync(await readFile(path.join(app, file)), { level: 9 }).length))).reduce((a, b) => a + b, 0);
    const figures: Record<string, { uncompressed: number; gzip: number; chunks: number }> = {};
    for (const route of ['/', '/about', '/cookies']) {
      const entry = byRoute.get(route)!;
      const added = entry.firstLoadChunkPaths.filter((file) => !baseline.firstLoadChunkPaths.includes(file));
      figures[route] = { uncompressed: entry.firstLoadUncompressedJsBytes - baseline.firstLoadUncompressedJsBytes, gzip: await gzip(added), chunks: added.length };
      expect(figures[route]!.gzip).toBeGreaterThan(0);
    }
    // One file on the critical path: consentkit's first-paint code shares a chunk with the app's
    // own client component (the layout's ConsentShell), and neither the dialog's Radix code nor
    // anything else of consentkit's is in another first-load chunk. (What else the route adds is
    // the example's ConsentStatus component and Turbopack's table of lazily loaded chunks.)
    const texts = await Promise.all(byRoute.get('/')!.firstLoadChunkPaths.map(async (file) => ({ file, text: await readFile(path.join(app, file), 'utf8') })));
    const holding = texts.filter(({ text }) => text.includes('[consentkit]'));
    expect(holding.map(({ file }) => file)).toHaveLength(1);
    expect(holding[0]!.text, 'the chunk also holds ConsentShell').toContain('/api/consent');
    expect(texts.filter(({ text }) => text.includes('data-radix-focus-guard')).map(({ file }) => file)).toEqual([]);
    await writeFile(path.join(tmp, 'next-example-first-load.json'), JSON.stringify({ baseline: baseline.firstLoadUncompressedJsBytes, added: figures }, null, 2));
    console.log(
      `first-load JS added by consentkit (with the example's two small client components), against /plain (${baseline.firstLoadUncompressedJsBytes} B):\n` +
        Object.entries(figures)
          .map(([route, figure]) => `  ${route.padEnd(9)} ${figure.uncompressed} B uncompressed, ${figure.gzip} B gzip -9, in ${figure.chunks} chunks`)
          .join('\n'),
    );
  });
});

describe('given a dynamic route (/), rendered per request', () => {
  let context: BrowserContext;
  let decision = '';

  beforeAll(async () => {
    context = await newContext();
  });
  afterAll(async () => {
    await context?.close();
  });

  test('first visit: the server HTML holds the banner and an undecided state; no analytics script until consent', async () => {
    const { html } = await serverHtml('/');
    expect(bannerIn(html)).toBeDefined();
    expect(statusText(html)).toBe('decided: false; gpc: false; analytics: undecided; advertising: undecided; theme: none');

    const { page, errors, requests } = await open(context, '/');
    await hydrated(page);
    await page.getByRole('button', { name: 'Reject all' }).waitFor();
    expect((await frames(page)).find((frame) => frame.heading)?.banner, 'the banner is in the first painted frame').toBe(true);
    // ConsentScript waits for consent: nothing was requested or ran.
    await page.waitForTimeout(200);
    expect(requests).not.toContain('/analytics.js');
    expect(await page.evaluate(() => (window as { __analyticsRuns?: number }).__analyticsRuns)).toBeUndefined();

    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => page.evaluate(() => (window as { __analyticsRuns?: number }).__analyticsRuns)).toBe(1);
    expect(requests).toContain('/analytics.js');
    await expect.poll(() => status(page)).toBe('decided: true; gpc: false; analytics: granted; advertising: granted; theme: none');
    // Functional is granted: the theme cookie is written.
    await page.getByRole('button', { name: 'Toggle theme' }).click();
    await expect.poll(() => status(page)).toContain('theme: dark');
    decision = (await context.cookies()).find((cookie) => cookie.name === 'ck_consent')!.value;
    expect(errors).toEqual([]);
    await page.close();
  });

  test('returning visitor: the server HTML has no banner and the decision; hydration keeps it, the theme never flips', async () => {
    const { html } = await serverHtml('/', { cookie: `theme-mode=dark; ck_consent=${decision}` });
    expect(bannerIn(html)).toBeUndefined();
    expect(statusText(html)).toBe('decided: true; gpc: false; analytics: granted; advertising: granted; theme: dark');

    const { page, errors } = await open(context, '/');
    await hydrated(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __serverStatus?: string }).__serverStatus)).toContain('theme: dark');
    expect(await status(page)).toContain('theme: dark');
    expect(await keptServerMain(page)).toBe(true);
    expect((await frames(page)).some((frame) => frame.banner)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('given Global Privacy Control (Sec-GPC: 1)', () => {
  test('the server HTML denies the sale/sharing category, and hydration matches it with no error', async () => {
    const { html } = await serverHtml('/', { 'Sec-GPC': '1' });
    expect(statusText(html)).toBe('decided: false; gpc: true; analytics: undecided; advertising: denied; theme: none');

    const context = await newContext({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
    try {
      const { page, errors } = await open(context, '/');
      await hydrated(page);
      await page.waitForTimeout(300);
      expect(await keptServerMain(page)).toBe(true);
      expect(await status(page)).toBe('decided: false; gpc: true; analytics: undecided; advertising: denied; theme: none');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('on in the browser without the header, hydration still matches the server, then the browser signal denies the category', async () => {
    const context = await newContext();
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
    try {
      const { page, errors } = await open(context, '/');
      await hydrated(page);
      await expect.poll(() => status(page)).toBe('decided: false; gpc: true; analytics: undecided; advertising: denied; theme: none');
      expect(await keptServerMain(page)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('given a static route (/about), prerendered at build time', () => {
  const acceptAll = async (context: BrowserContext) => {
    const { page } = await open(context, '/');
    await hydrated(page);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await context.cookies()).some((cookie) => cookie.name === 'ck_consent')).toBe(true);
    await page.close();
  };

  test('the HTML is the same for everyone: the banner, rendered undecided and marked data-ck-prerendered', async () => {
    const first = await serverHtml('/about');
    const returning = await serverHtml('/about', { cookie: 'ck_consent=1.1.x' });
    expect(bannerIn(first.html)).toContain('data-ck-prerendered=""');
    expect(returning.html).toBe(first.html);
  });

  test('first visit: the banner is in the first painted frame, before any JavaScript has loaded', async () => {
    const context = await newContext();
    try {
      const { page, errors } = await open(context, '/about');
      await hydrated(page);
      expect((await frames(page)).find((frame) => frame.heading)?.banner).toBe(true);
      await page.getByRole('button', { name: 'Reject all' }).click();
      await expect.poll(() => page.locator('.ck-banner').count()).toBe(0);
      expect(errors).toEqual([]);

      // With every script blocked, the page stays as the server sent it: the banner shows.
      const frozen = await newContext();
      await frozen.route(/\.js(\?|$)/, (route) => route.abort());
      const still = await frozen.newPage();
      await still.goto(`${origin}/about`);
      expect(await still.locator('.ck-banner').isVisible()).toBe(true);
      await frozen.close();
    } finally {
      await context.close();
    }
  });

  test('returning visitor: the banner is never painted, and the store removes it after hydration', async () => {
    const context = await newContext();
    try {
      await acceptAll(context);
      const { page, errors } = await open(context, '/about');
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-ck-decided'))).toBe(true);
      await hydrated(page);
      await expect.poll(() => page.locator('.ck-banner').count()).toBe(0);
      await page.waitForTimeout(200);
      const seen = await frames(page);
      expect(seen.length).toBeGreaterThan(3);
      expect(seen.some((frame) => frame.banner), 'a frame showed the banner').toBe(false);
      expect(await status(page)).toBe('decided: true; gpc: false; analytics: granted; advertising: granted; theme: none');
      expect(errors).toEqual([]);

      // Before any JavaScript loads, the inline script alone keeps the banner hidden.
      await context.route(/\/_next\/.*\.js(\?|$)/, (route) => route.abort());
      const frozen = await context.newPage();
      await frozen.goto(`${origin}/about`);
      expect(await frozen.locator('.ck-banner').count()).toBe(1);
      expect(await frozen.locator('.ck-banner').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe('given the policy page (/cookies), static and built from config on the server', () => {
  test('its tables are in the server HTML, and none of the JavaScript it loads carries the table code', async () => {
    const { html } = await serverHtml('/cookies');
    expect(html).toContain('<table class="ck-table ck-table-cookies" role="table" data-category="analytics">');
    expect(html).toContain('<code class="ck-cookie-name"><bdi>_ga_*</bdi></code>');

    // The marker is the table's own code, in the package as installed.
    const tableModule = await readFile(path.join(app, 'node_modules/consentkit/dist/components/policy-table-view.js'), 'utf8');
    expect(tableModule).toContain('ck-table-cookies');

    const context = await newContext();
    try {
      const page = await context.newPage();
      const scripts: Promise<string>[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response.text());
      });
      await page.goto(`${origin}/cookies`);
      await hydrated(page);
      await page.waitForLoadState('networkidle');
      const bodies = await Promise.all(scripts);
      expect(bodies.length).toBeGreaterThan(0);
      expect(bodies.filter((body) => body.includes('ck-table-cookies') || body.includes('ck-policy'))).toEqual([]);
      // The banner still works on it.
      await page.getByRole('button', { name: 'Reject all' }).click();
      await expect.poll(() => page.locator('.ck-banner').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

type Recorded = { kind: 'arguments' | 'array' | 'object'; value: unknown };

/** The gtag.js stub's record, each entry named as a reader of the order would: `consent default`, `config G-…`, `event consentkit_consent`. */
async function gtagRecord(page: Page) {
  await page.waitForFunction(() => '__gtagRecord' in window);
  const recorded = await page.evaluate(() => (window as unknown as { __gtagRecord: Recorded[] }).__gtagRecord);
  const name = ({ kind, value }: Recorded) =>
    kind === 'object'
      ? `event ${(value as { event?: string }).event}`
      : (value as unknown[])
          .slice(0, 2)
          .filter((part) => typeof part === 'string')
          .join(' ');
  return { recorded, order: recorded.map(name) };
}

const recordedOrders: Record<string, string[]> = {};

describe('given Google Consent Mode: the head script, and <GoogleConsentMode tagId> loading a recording gtag.js', () => {
  afterAll(async () => {
    await writeFile(path.join(tmp, 'next-example-consent-mode-order.json'), JSON.stringify(recordedOrders, null, 2));
    console.log(`Consent Mode order, as the gtag.js stub recorded it:\n${Object.entries(recordedOrders).map(([visit, order]) => `  ${visit}: ${order.join(' → ')}`).join('\n')}`);
  });

  test('first visit: the default precedes every config and event call, every gtag entry is an arguments object, and a first Reject all sends an update', async () => {
    const context = await newContext();
    try {
      const { page, errors, requests } = await open(context, '/');
      await hydrated(page);
      await page.waitForFunction(() => '__gtagRecord' in window);
      expect(requests).toContain('/gtag/js');
      await page.getByRole('button', { name: 'Reject all' }).click();
      await expect.poll(async () => (await gtagRecord(page)).order.at(-1)).toBe('event consentkit_consent');
      const { recorded, order } = await gtagRecord(page);
      recordedOrders['first visit, then Reject all (/)'] = order;

      expect(order).toEqual(['consent default', 'set ads_data_redaction', 'js', `config ${googleTagId}`, 'consent update', 'event consentkit_consent']);
      // gtag() pushes its arguments object, the only shape Google's tags read; no arrays.
      expect(recorded.filter(({ value }) => !(value as { event?: string }).event).map(({ kind }) => kind)).toEqual(Array(5).fill('arguments'));
      const [defaults, , , , update] = recorded.map(({ value }) => (value as unknown[])[2]);
      expect(defaults).toEqual({
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
      });
      // The Reject all grants nothing new, and Google still hears of it.
      expect(update).toEqual(defaults);
      expect(recorded.at(-1)!.value).toMatchObject({ consentkit: { method: 'reject-all', granted: ['essential'], denied: ['functional', 'analytics', 'advertising'] } });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("returning visitor on a static page (/about): the head script's update from the cookie comes before the tag is configured", async () => {
    const context = await newContext();
    try {
      const first = await open(context, '/about');
      await hydrated(first.page);
      await first.page.getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(async () => (await context.cookies()).some((cookie) => cookie.name === 'ck_consent')).toBe(true);
      await first.page.close();

      const { page, errors } = await open(context, '/about');
      await hydrated(page);
      await expect.poll(async () => (await gtagRecord(page)).order).toEqual(expect.arrayContaining([`config ${googleTagId}`, 'event consentkit_consent']));
      const { recorded, order } = await gtagRecord(page);
      recordedOrders['returning visitor who accepted (/about, static)'] = order;

      // The head script's default and its update from the cookie, then the store's update and event on
      // mount, then the tag: the order examples/next/README.md and the README give.
      expect(order).toEqual(['consent default', 'set ads_data_redaction', 'consent update', 'consent update', 'event consentkit_consent', 'js', `config ${googleTagId}`]);
      expect(recorded.slice(0, 5).map(({ kind }) => kind)).toEqual(['arguments', 'arguments', 'arguments', 'arguments', 'object']);
      const granted = { analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', functionality_storage: 'granted', personalization_storage: 'granted', security_storage: 'granted' };
      expect((recorded[2]!.value as unknown[])[2]).toEqual(granted);
      expect((recorded[3]!.value as unknown[])[2]).toEqual(granted);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** A consent-log history as the example's audit route exports it. */
interface History {
  id: string;
  entries: { id: string; replaces: string | null; method: string; choices: Record<string, boolean>; locale: string; textsHash: string; page: string; record: string }[];
  texts: Record<string, { banner: Record<string, string>; preferences: Record<string, string>; toggle: Record<string, string>; categories: Record<string, { title: string; description: string }> }>;
}

async function history(id: string) {
  const response = await fetch(`${origin}/api/consent/${id}`, { headers: { authorization: `Bearer ${adminToken}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as History;
}

/** The record id of the context's consent cookie (`1.<revision>.<id>.…`). */
const recordId = async (context: BrowserContext) => (await context.cookies()).find((cookie) => cookie.name === 'ck_consent')!.value.split('.')[2]!;

/** An auditor's own recomputation of the texts' hash: SHA-256 of their JSON with keys sorted at every level. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
          .join(',')}}`
      : JSON.stringify(value);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every answer of the consent-log endpoint the page gets, in order. */
function logAnswers(page: Page) {
  const answers: { status: number }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/consent' && response.request().method() === 'POST') answers.push({ status: response.status() });
  });
  return answers;
}

describe('given proof of consent: <ConsentLog endpoint="/api/consent" />, createConsentLogHandler and postgresConsentLog on PGlite', () => {
  test('a decision writes one row, and its texts hash is the hash of the texts that were on screen', async () => {
    expect((await fetch(`${origin}/api/consent/${'0'.repeat(32)}`)).status, 'the audit export without the token').toBe(404);
    const context = await newContext();
    try {
      const { page, errors } = await open(context, '/');
      const answers = logAnswers(page);
      await hydrated(page);
      const text = (selector: string) => page.locator(selector).allTextContents();
      const shown = { banner: [...(await text('.ck-banner-title')), ...(await text('.ck-banner-description'))] };
      await page.getByRole('button', { name: 'Customize' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const screen = {
        ...shown,
        dialog: [...(await text('.ck-dialog-title')), ...(await text('.ck-dialog-description'))],
        categories: await text('.ck-dialog .ck-toggle-label'),
        descriptions: await text('.ck-dialog .ck-toggle-description'),
        alwaysActive: await text('.ck-dialog .ck-toggle-always'),
      };
      await dialog.getByRole('switch', { name: 'Analytics' }).click();
      await dialog.getByRole('button', { name: 'Save preferences' }).click();
      await expect.poll(() => answers.map(({ status }) => status)).toEqual([201]);

      const id = await recordId(context);
      const { entries, texts } = await history(id);
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      expect(entry).toMatchObject({ id, replaces: null, method: 'custom', locale: 'en', page: `${origin}/` });
      expect(entry!.choices).toEqual({ essential: true, functional: false, analytics: true, advertising: false });
      // The hash is the texts' own, recomputed here, and the texts are those the page showed.
      const logged = texts[entry!.textsHash]!;
      expect(sha256(canonical(logged))).toBe(entry!.textsHash);
      expect([logged.banner.title, logged.banner.description]).toEqual(screen.banner);
      expect([logged.preferences.title, logged.preferences.description]).toEqual(screen.dialog);
      // Paired as on screen; the stored JSON (jsonb) keeps its own key order.
      const pairs = (titles: string[], descriptions: string[]) => titles.map((title, index) => `${title}: ${descriptions[index]}`).sort();
      const categories = Object.values(logged.categories);
      expect(categories).toHaveLength(4);
      expect(pairs(screen.categories, screen.descriptions)).toEqual(pairs(categories.map(({ title }) => title), categories.map(({ description }) => description)));
      expect(screen.alwaysActive).toEqual([logged.toggle.alwaysActive]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the endpoint failing once: the client sends the entry again, and exactly one row exists', async () => {
    const context = await newContext({ extraHTTPHeaders: { 'x-consent-log-fail-once': randomUUID() } });
    try {
      const { page, errors } = await open(context, '/about');
      const answers = logAnswers(page);
      await hydrated(page);
      await page.getByRole('button', { name: 'Accept all' }).click();
      // The retry comes after about a second (retryDelay 1000 ms, with jitter).
      await expect.poll(() => answers.map(({ status }) => status), { timeout: 5000 }).toEqual([503, 201]);
      const id = await recordId(context);
      const { entries } = await history(id);
      expect(entries.map((entry) => [entry.id, entry.method])).toEqual([[id, 'accept-all']]);
      // Delivered: nothing is left in the queue to send again.
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem('ck_consent_log')!).pending)).toEqual([]);
      // The 503 is the browser's own console error for a failed request, not the app's.
      expect(errors.filter((error) => !error.includes('503'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("given Safari's 7-day cap on cookies written by script (proxy.ts renews the consent cookie)", () => {
  test("a decision made 8 days ago, its cookie an hour from deletion: a request for / answers it with Set-Cookie for the decision's full remaining lifetime, no longer than the config keeps it", async () => {
    const now = Math.floor(Date.now() / 1000);
    const decidedAt = now - 8 * 86400;
    const expiresAt = decidedAt + 180 * 86400;
    const id = (decidedAt * 1000).toString(16).padStart(12, '0') + 'ab'.repeat(10);
    // As the store writes it: schema 1, revision 1, id, times, method 0 (accept-all), no GPC, choices.
    const value = `1.1.${id}.${decidedAt}.${expiresAt}.0.0.essential:1!functional:1!analytics:1!advertising:1`;
    const context = await newContext();
    try {
      await context.addCookies([{ name: 'ck_consent', value, url: origin, expires: now + 3600, sameSite: 'Lax' }]);
      const page = await context.newPage();
      const response = await page.goto(`${origin}/`);
      const setCookie = await response!.headerValue('set-cookie');
      const maxAge = Number(/; Max-Age=(\d+)$/.exec(setCookie ?? '')?.[1]);
      expect(setCookie).toBe(`ck_consent=${value}; Path=/; SameSite=Lax; Max-Age=${maxAge}`);
      // The 172 days left of the decision, less the seconds this took.
      expect(maxAge).toBeGreaterThan(expiresAt - now - 30);
      expect(maxAge).toBeLessThanOrEqual(expiresAt - now);
      const cookie = (await context.cookies()).find(({ name }) => name === 'ck_consent')!;
      expect(cookie.value).toBe(value);
      expect(Math.abs(cookie.expires - expiresAt)).toBeLessThan(30);
      expect(cookie.httpOnly).toBe(false);
      expect(await status(page)).toBe('decided: true; gpc: false; analytics: granted; advertising: granted; theme: none');

      // A static page's answer is the same cached file for everyone: it never carries the cookie.
      const about = await fetch(`${origin}/about`, { headers: { cookie: `ck_consent=${value}` } });
      expect(about.headers.get('set-cookie')).toBeNull();
      // Nor does an answer to a request without a decision, or with a decision that has lapsed.
      expect((await fetch(`${origin}/`)).headers.get('set-cookie')).toBeNull();
      const lapsed = value.replace(`.${expiresAt}.`, `.${now - 60}.`);
      expect((await fetch(`${origin}/`, { headers: { cookie: `ck_consent=${lapsed}` } })).headers.get('set-cookie')).toBeNull();
      // A decision stored to last 13 months, under a policy that now keeps decisions 6 (the
      // example's default): renewed only for what is left of the 6 months.
      const longer = value.replace(`.${expiresAt}.`, `.${decidedAt + 395 * 86400}.`);
      const renewed = (await fetch(`${origin}/`, { headers: { cookie: `ck_consent=${longer}` } })).headers.get('set-cookie');
      expect(Number(/; Max-Age=(\d+)$/.exec(renewed ?? '')?.[1])).toBeLessThanOrEqual(decidedAt + 15778800 - now);
    } finally {
      await context.close();
    }
  });
});

describe('consentkit/testing/playwright, from the installed package, on the built example', () => {
  /** The helpers as the example's own tests would load them: by package name, from its node_modules. */
  const helpers = () =>
    createRequire(path.join(app, 'package.json'))('consentkit/testing/playwright') as typeof import('../../src/testing/playwright/index');
  /** The example's own config, through the installed consentkit. */
  const exampleConfig = async () => ((await import(path.join(app, 'app/consent.ts'))) as { consentConfig: import('../../src/core/config').ConsentConfig }).consentConfig;

  test('undecided, then Reject all: no optional cookie or storage key, and no undeclared one', async () => {
    const { expectConsentCompliance } = helpers();
    const config = await exampleConfig();
    const context = await newContext();
    try {
      const { page } = await open(context, '/');
      await hydrated(page);
      await page.getByRole('button', { name: 'Reject all' }).waitFor();
      await expectConsentCompliance(page, { config, consent: 'undecided' });
      await page.getByRole('button', { name: 'Reject all' }).click();
      await expect.poll(() => page.locator('.ck-banner').count()).toBe(0);
      await expectConsentCompliance(page, { config, consent: 'rejected' });
    } finally {
      await context.close();
    }
  });

  test('a page started as accepted by addConsent runs analytics and sets only declared names', async () => {
    const { addConsent, expectConsentCompliance } = helpers();
    const config = await exampleConfig();
    const context = await newContext();
    try {
      await addConsent(context, origin, { config, consent: 'accepted' });
      const { page } = await open(context, '/');
      await hydrated(page);
      await expect.poll(() => page.evaluate(() => (window as { __analyticsRuns?: number }).__analyticsRuns)).toBe(1);
      expect(await page.locator('.ck-banner').count()).toBe(0);
      await expectConsentCompliance(page, { config, consent: 'accepted' });
    } finally {
      await context.close();
    }
  });
});
