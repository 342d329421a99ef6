/**
 * consentkit under a strict, nonce-based Content Security Policy with Trusted Types enforced, in
 * real Chromium. Vitest's browser mode cannot send a page's own CSP header, so this bundles a tiny
 * app from the built package (dist/, resolved through the package's `exports` as an app's bundler
 * would) and serves it from node:http with the policy below.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { cspAnalyticsJs, cspAppTsx, cspIndexHtml } from './csp-app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const app = path.join(root, '.tmp/csp-app');
const dist = path.join(app, 'dist');

/**
 * The page's policy. `trusted` is the `trusted-types` directive: `consentkit` allowed, or a site
 * that allows only its own policy names.
 */
const policy = (nonce: string, trusted: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "require-trusted-types-for 'script'",
    `trusted-types ${trusted}`,
  ].join('; ');

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

let server: Server;
let origin: string;
let browser: Browser;
let bundledModules: string[] = [];

function serve(): Promise<Server> {
  const httpServer = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, body: string | Buffer, headers: Record<string, string>) => {
      response.writeHead(status, { 'cache-control': 'no-store', ...headers });
      response.end(body);
    };
    if (url.pathname === '/') {
      // A fresh nonce per response, as a server that sets one should.
      const nonce = randomBytes(16).toString('base64');
      const trusted = url.searchParams.get('trusted-types') ?? 'consentkit';
      return send(200, cspIndexHtml(nonce), {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': policy(nonce, trusted),
        'x-nonce': nonce,
      });
    }
    if (url.pathname === '/favicon.ico') return send(204, '', {});
    if (url.pathname === '/analytics.js') return send(200, cspAnalyticsJs, { 'content-type': CONTENT_TYPES['.js']! });
    const file = path.join(dist, path.normalize(url.pathname));
    if (!file.startsWith(dist + path.sep)) return send(403, 'forbidden', {});
    try {
      send(200, await readFile(file), { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    } catch {
      send(404, 'not found', {});
    }
  });
  return new Promise((resolve) => httpServer.listen(0, '127.0.0.1', () => resolve(httpServer)));
}

beforeAll(async () => {
  if (!existsSync(path.join(root, 'dist/index.js'))) {
    await promisify(execFile)(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], { cwd: root });
  }
  // The app imports `consentkit` by name: a link to the repository lets esbuild resolve it through
  // package.json `exports` to dist/, and React from the repository's node_modules (one copy).
  await rm(app, { recursive: true, force: true });
  await mkdir(path.join(app, 'node_modules'), { recursive: true });
  await symlink(root, path.join(app, 'node_modules/consentkit'), 'dir');
  await writeFile(path.join(app, 'app.tsx'), cspAppTsx);
  const result = await build({
    metafile: true,
    absWorkingDir: app,
    entryPoints: ['app.tsx'],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    outdir: 'dist',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  bundledModules = Object.keys(result.metafile.inputs);
  server = await serve();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** A page that records every CSP violation and every console error or uncaught exception. */
async function openPage(context: BrowserContext, query = '') {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // Init scripts run before the page's own, outside its CSP.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(`${origin}/${query}`);
  const nonce = response!.headers()['x-nonce']!;
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { page, nonce, problems, violations };
}

const heading = (page: Page) => page.getByRole('heading', { name: 'Strict CSP app' });
const scriptErrors = (page: Page) => page.getByTestId('script-errors').textContent();
const counters = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __inlineRuns?: number; __analyticsRuns?: number };
    return { inline: w.__inlineRuns ?? 0, external: w.__analyticsRuns ?? 0 };
  });

test('the bundle holds one copy of get-nonce: the one the dialog sets is the one Radix\'s scroll lock reads', () => {
  const copies = new Set(bundledModules.filter((input) => input.includes('node_modules/get-nonce/')).map((input) => input.split('/dist/')[0]));
  expect(copies.size).toBe(1);
});

describe('given a nonce-based CSP with Trusted Types that allow the "consentkit" policy', () => {
  let context: BrowserContext;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  });

  afterAll(async () => {
    await context?.close();
  });

  test('the open preferences dialog locks the page behind it with a nonced style; Accept all runs both gated scripts, nonced; nothing is blocked', async () => {
    const { page, nonce, problems, violations } = await openPage(context);
    await heading(page).waitFor();
    await page.getByRole('button', { name: 'Customize' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
    await dialog.waitFor();

    // Radix's scroll lock (react-remove-scroll) adds a <style>: it must carry the page's nonce.
    const lock = await page.evaluate(() =>
      [...document.querySelectorAll('style')].filter((style) => style.textContent?.includes('data-scroll-locked')).map((style) => style.nonce),
    );
    expect(lock).toEqual([nonce]);
    // The page loads banner.css alone: the dialog's and the switches' rules arrive with its chunk, nonced.
    const parts = await page.evaluate(() => [...document.querySelectorAll<HTMLStyleElement>('style[data-ck-part]')].map((style) => [style.dataset.ckPart, style.nonce]));
    expect(parts).toEqual([
      ['dialog', nonce],
      ['toggle', nonce],
    ]);
    expect(await dialog.evaluate((element) => getComputedStyle(element.parentElement!).position)).toBe('fixed');
    expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
    // Keys that scroll a page do not move the one behind the modal.
    await dialog.getByRole('button', { name: 'Close' }).focus();
    for (const key of ['PageDown', 'End', 'ArrowDown']) await page.keyboard.press(key);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await dialog.isVisible()).toBe(true);

    await dialog.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => counters(page)).toEqual({ inline: 1, external: 1 });
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement>('script[data-consent-category]')].map((script) => ({
        nonce: script.nonce,
        external: !!script.src,
      })),
    );
    expect(scripts).toEqual([
      { nonce, external: false },
      { nonce, external: true },
    ]);
    expect(await scriptErrors(page)).toBe('');
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('a returning visitor who granted analytics gets both scripts at load, with no violation', async () => {
    const { page, problems, violations } = await openPage(context);
    await heading(page).waitFor();
    await expect.poll(() => counters(page)).toEqual({ inline: 1, external: 1 });
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('given a trusted-types directive that does not allow "consentkit"', () => {
  let context: BrowserContext;

  beforeAll(async () => {
    context = await browser.newContext();
  });

  afterAll(async () => {
    await context?.close();
  });

  test('Accept all keeps the app mounted and calls each script\'s onError; the scripts do not run', async () => {
    const { page, problems } = await openPage(context, '?trusted-types=site-policy');
    await heading(page).waitFor();
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => scriptErrors(page)).toBe('inline,external');
    expect(await heading(page).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Cookie consent' }).count()).toBe(0);
    expect(await counters(page)).toEqual({ inline: 0, external: 0 });
    expect(problems.filter((problem) => problem.startsWith('uncaught'))).toEqual([]);
  });

  test('a returning visitor who granted analytics gets a mounted app, and onError for each script', async () => {
    const { page, problems } = await openPage(context, '?trusted-types=site-policy');
    await expect.poll(() => scriptErrors(page)).toBe('inline,external');
    expect(await heading(page).isVisible()).toBe(true);
    expect(await counters(page)).toEqual({ inline: 0, external: 0 });
    expect(problems.filter((problem) => problem.startsWith('uncaught'))).toEqual([]);
  });
});
