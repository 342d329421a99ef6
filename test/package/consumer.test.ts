/**
 * consentkit as a user gets it: packed with `npm pack`, installed into a fresh app with its own
 * package.json, bundled for production, served over HTTP and clicked through in real Chromium.
 * Nothing here imports the working tree: a file missing from the tarball, a wrong `exports`
 * condition, an undeclared dependency or a dialog chunk that is not lazy fails here.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Cookie, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import {
  analyticsJs,
  cjsCheck,
  consumerAppTsx,
  consumerPackageJson,
  consumerTsconfig,
  cssDeclaration,
  esmCheck,
  indexHtml,
  ssrCheck,
} from './consumer-app';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = path.join(root, '.tmp');
const app = path.join(tmp, 'consumer-app');
const dist = path.join(app, 'dist');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Versions the toolchain notes list as working together. */
const REACT = '19.3.1';
const REACT_TYPES = ['@types/react@19.3.3', '@types/react-dom@19.3.0'];

let tarballFiles: string[] = [];
let metafile: Metafile;
let server: Server;
let origin: string;
let browser: Browser;

/** Output files (as URL paths) that carry the Radix Dialog code. */
let dialogChunks: string[] = [];
/** Output files that carry any Radix code (Dialog, Switch and their shared parts). */
let radixChunks: string[] = [];

async function sh(command: string, args: string[], cwd: string) {
  try {
    return await run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function serve(): Promise<Server> {
  const httpServer = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, body: string | Buffer, type = 'text/plain') => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (url.pathname === '/analytics.js') return send(200, analyticsJs, CONTENT_TYPES['.js']);
    const file = path.join(dist, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(dist + path.sep)) return send(403, 'forbidden');
    try {
      send(200, await readFile(file), CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found');
    }
  });
  return new Promise((resolve) => httpServer.listen(0, '127.0.0.1', () => resolve(httpServer)));
}

beforeAll(async () => {
  // 1. Pack exactly what npm would publish.
  if (!existsSync(path.join(root, 'dist/index.js'))) await sh(npm, ['run', '--silent', 'build'], root);
  await mkdir(tmp, { recursive: true });
  const { stdout } = await sh(npm, ['pack', '--json', '--pack-destination', tmp], root);
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarballFiles = packed!.files.map((file) => file.path);
  const tarball = path.join(tmp, packed!.filename);

  // 2. A fresh app that knows nothing of the repository.
  await rm(app, { recursive: true, force: true });
  await mkdir(app, { recursive: true });
  await writeFile(path.join(app, 'package.json'), JSON.stringify(consumerPackageJson, null, 2));
  await writeFile(path.join(app, 'tsconfig.json'), JSON.stringify(consumerTsconfig, null, 2));
  await writeFile(path.join(app, 'css.d.ts'), cssDeclaration);
  await writeFile(path.join(app, 'app.tsx'), consumerAppTsx);
  await writeFile(path.join(app, 'cjs-check.cjs'), cjsCheck);
  await writeFile(path.join(app, 'esm-check.mjs'), esmCheck);
  await writeFile(path.join(app, 'ssr-check.mjs'), ssrCheck);
  await sh(
    npm,
    ['install', tarball, `react@${REACT}`, `react-dom@${REACT}`, ...REACT_TYPES, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    app,
  );

  // 3. A production bundle with code splitting, as an app's bundler would make it.
  await mkdir(dist, { recursive: true });
  await writeFile(path.join(dist, 'index.html'), indexHtml);
  const result = await build({
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
    metafile: true,
    logLevel: 'error',
  });
  metafile = result.metafile;
  const chunksWith = (module: string) =>
    Object.entries(metafile.outputs)
      .filter(([, output]) => Object.keys(output.inputs).some((input) => input.includes(`node_modules/${module}/`)))
      .map(([file]) => `/${path.relative('dist', file).split(path.sep).join('/')}`);
  dialogChunks = chunksWith('@radix-ui/react-dialog');
  radixChunks = chunksWith('@radix-ui');

  server = await serve();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

describe('given the packed package', () => {
  test('the tarball holds the built files and the theme, and no sources or tests', () => {
    expect(tarballFiles).toContain('package.json');
    expect(tarballFiles).toContain('dist/index.js');
    expect(tarballFiles).toContain('dist/index.cjs');
    expect(tarballFiles).toContain('dist/index.d.ts');
    expect(tarballFiles).toContain('dist/server/index.js');
    expect(tarballFiles).toContain('dist/locales/de.js');
    expect(tarballFiles).toContain('dist/styles.css');
    expect(tarballFiles.filter((file) => /^(src|test|stories|bench|scripts|\.storybook)\//.test(file))).toEqual([]);
  });

  test('"use client" marks the hooks and components, not the config, store and adapters, so React Server Components can run those', async () => {
    const startsWithDirective = async (file: string) =>
      (await readFile(path.join(app, 'node_modules/consentkit/dist', file), 'utf8')).trimStart().startsWith('"use client"');
    for (const extension of ['js', 'cjs']) {
      for (const file of ['react/provider', 'react/use-consent', 'react/use-cookie', 'components/banner', 'components/preferences', 'integrations/consent-script']) {
        expect(await startsWithDirective(`${file}.${extension}`), `${file}.${extension}`).toBe(true);
      }
      for (const file of ['index', 'core/config', 'core/store', 'storage/cookie', 'server/index']) {
        expect(await startsWithDirective(`${file}.${extension}`), `${file}.${extension}`).toBe(false);
      }
    }
  });

  test('the app typechecks against the installed types (Register makes cookie names literal)', async () => {
    await sh(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
  });

  test('the bundle is made from the app and its installed dependencies only', () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.filter((input) => input.startsWith('..'))).toEqual([]);
    expect(inputs.some((input) => input.startsWith('node_modules/consentkit/dist/'))).toBe(true);
    expect(inputs).toContain('node_modules/consentkit/dist/styles.css');
  });

  test('no Radix code (Dialog, Switch or their shared parts) is in the entry or a chunk it loads before the dialog opens', () => {
    expect(dialogChunks.length).toBeGreaterThan(0);
    expect(radixChunks).not.toContain('/app.js');
    const entryImports = metafile.outputs['dist/app.js']!.imports.filter((imported) => imported.kind === 'import-statement');
    expect(entryImports.map((imported) => `/${path.relative('dist', imported.path)}`).filter((file) => radixChunks.includes(file))).toEqual([]);
  });
});

describe('given the installed package in Node', () => {
  test('require() loads the CommonJS build of every entry point from the app only', async () => {
    const { stdout } = await sh(process.execPath, ['cjs-check.cjs'], app);
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toMatchObject({ ok: true });
  });

  test('import() loads the ESM build of the main, server and locale entry points', async () => {
    const { stdout } = await sh(process.execPath, ['esm-check.mjs'], app);
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toMatchObject({ ok: true });
  });

  test('renderToString with readConsentCookie renders the banner only for an undecided request, with no window', async () => {
    const { stdout } = await sh(process.execPath, ['ssr-check.mjs'], app);
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toMatchObject({ ok: true });
  });
});

describe('given the bundled app in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let other: Page;
  const requested = new Map<Page, string[]>();

  /** Every write to document.cookie, as the page made it (attributes included). */
  const cookieWrites = (target: Page) => target.evaluate(() => (window as unknown as { __cookieWrites: string[] }).__cookieWrites);
  const cookies = async (): Promise<Cookie[]> => context.cookies(origin);
  const cookie = async (name: string) => (await cookies()).find((entry) => entry.name === name);
  const analyticsRuns = (target: Page) => target.evaluate(() => (window as unknown as { __analyticsRuns?: number }).__analyticsRuns ?? 0);

  async function open(url = '/') {
    const target = await context.newPage();
    const paths: string[] = [];
    requested.set(target, paths);
    target.on('request', (request) => paths.push(new URL(request.url()).pathname));
    await target.goto(`${origin}${url}`);
    await target.getByRole('heading', { name: 'Consumer app' }).waitFor();
    return target;
  }

  beforeAll(async () => {
    context = await browser.newContext();
    // Record cookie writes with their attributes: context.cookies() reports SameSite=Lax for a
    // cookie written with no SameSite at all, so the written string is the proof.
    await context.addInitScript(() => {
      const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      const writes: string[] = [];
      (window as unknown as { __cookieWrites: string[] }).__cookieWrites = writes;
      Object.defineProperty(document, 'cookie', {
        configurable: true,
        get: () => descriptor.get!.call(document),
        set: (value: string) => {
          writes.push(value);
          descriptor.set!.call(document, value);
        },
      });
    });
    page = await open();
  });

  afterAll(async () => {
    await context?.close();
  });

  test('before any decision: a banner with three equal buttons, no cookie, no analytics script, theme write refused', async () => {
    const names = ['Accept all', 'Reject all', 'Customize'];
    const buttons = names.map((name) => page.getByRole('button', { name, exact: true }));
    for (const button of buttons) await expect.poll(() => button.isVisible()).toBe(true);

    const looks = await Promise.all(
      buttons.map((button) =>
        button.evaluate((element) => {
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return {
            tag: element.tagName,
            width: Math.round(box.width),
            height: Math.round(box.height),
            font: `${style.fontSize} ${style.fontWeight}`,
            colors: `${style.color} ${style.backgroundColor} ${style.borderTopWidth} ${style.borderTopColor}`,
          };
        }),
      ),
    );
    expect(looks.map((look) => look.tag)).toEqual(['BUTTON', 'BUTTON', 'BUTTON']);
    // Accept all and Reject all are identical; Customize, which decides nothing, is the secondary button.
    const [accept, reject, customize] = looks;
    expect(Math.abs(reject!.width - accept!.width), 'equal width').toBeLessThanOrEqual(1);
    expect(Math.abs(reject!.height - accept!.height), 'equal height').toBeLessThanOrEqual(1);
    expect(reject!.font, 'equal type').toBe(accept!.font);
    expect(reject!.colors, 'equal visual weight').toBe(accept!.colors);
    expect(Math.abs(customize!.height - accept!.height), 'same height').toBeLessThanOrEqual(1);
    expect(customize!.colors, 'secondary').not.toBe(accept!.colors);

    expect(await cookies()).toEqual([]);
    expect(await analyticsRuns(page)).toBe(0);
    expect(requested.get(page)).not.toContain('/analytics.js');
    await expect.poll(() => page.getByTestId('analytics-state').textContent()).toBe('denied');

    await page.getByRole('button', { name: 'Use dark theme' }).click();
    await expect.poll(() => page.getByTestId('theme-result').textContent()).toBe('refused');
    expect(await cookie('theme-mode')).toBeUndefined();

    // The preferences dialog is not needed yet, so its chunk is not loaded yet.
    expect(requested.get(page)!.filter((file) => dialogChunks.includes(file))).toEqual([]);
  });

  test('after "Reject all": ck_consent is stored with Path=/ and SameSite=Lax, the banner is gone, nothing else is set', async () => {
    await page.getByRole('button', { name: 'Reject all', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Accept all' }).count()).toBe(0);

    const stored = await cookie('ck_consent');
    expect(stored).toBeDefined();
    expect(stored!.path).toBe('/');
    expect(stored!.sameSite).toBe('Lax');
    const write = (await cookieWrites(page)).find((entry) => entry.startsWith('ck_consent='));
    expect(write).toMatch(/;\s*Path=\/(;|$)/i);
    expect(write).toMatch(/;\s*SameSite=Lax(;|$)/i);
    expect((await cookies()).map((entry) => entry.name)).toEqual(['ck_consent']);
    expect(await analyticsRuns(page)).toBe(0);
    expect(requested.get(page)!.filter((file) => dialogChunks.includes(file))).toEqual([]);
  });

  test('after reopening from "Cookie settings": the dialog chunk loads only now; saving analytics runs the gated script', async () => {
    await page.getByRole('button', { name: 'Cookie settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
    await dialog.waitFor();
    expect(requested.get(page)!.filter((file) => dialogChunks.includes(file)).length).toBeGreaterThan(0);

    const analytics = dialog.getByRole('switch', { name: 'Analytics' });
    const functional = dialog.getByRole('switch', { name: 'Functional' });
    expect(await analytics.getAttribute('aria-checked')).toBe('false');
    await analytics.click();
    await functional.click();
    expect(await analytics.getAttribute('aria-checked')).toBe('true');
    // Toggling alone persists nothing.
    expect(await analyticsRuns(page)).toBe(0);

    await dialog.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => analyticsRuns(page)).toBe(1);
    await expect.poll(async () => (await cookie('_ga')) !== undefined).toBe(true);
    await expect.poll(() => page.getByTestId('analytics-state').textContent()).toBe('granted');

    // Functional is granted now: the theme cookie is written, for its declared 90 days.
    await page.getByRole('button', { name: 'Use dark theme' }).click();
    await expect.poll(() => page.getByTestId('theme-result').textContent()).toBe('written');
    const theme = await cookie('theme-mode');
    expect(theme?.value).toBe('dark');
    const days = (theme!.expires - Date.now() / 1000) / 86400;
    expect(days).toBeGreaterThan(89);
    expect(days).toBeLessThanOrEqual(90);
  });

  test('given two tabs: a decision in one reaches the other without a reload', async () => {
    other = await open();
    // The second tab starts from the stored decision: no banner, analytics already on.
    await expect.poll(() => other.getByTestId('analytics-state').textContent()).toBe('granted');
    expect(await other.getByRole('button', { name: 'Accept all' }).count()).toBe(0);
    await expect.poll(() => analyticsRuns(other)).toBe(1);

    // Revoke analytics in the first tab…
    await page.getByRole('button', { name: 'Cookie settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
    await dialog.getByRole('switch', { name: 'Analytics' }).click();
    await dialog.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // …its cookies are erased, and the second tab follows.
    await expect.poll(async () => (await cookies()).filter((entry) => entry.name === '_ga' || entry.name === '_gid').length).toBe(0);
    await expect.poll(() => page.getByTestId('analytics-state').textContent()).toBe('denied');
    await expect.poll(() => other.getByTestId('analytics-state').textContent()).toBe('denied');
    expect(await cookie('theme-mode')).toBeDefined();

    // And the other way round: accept everything in the second tab.
    await other.getByRole('button', { name: 'Cookie settings' }).click();
    const otherDialog = other.getByRole('dialog', { name: 'Cookie preferences' });
    await otherDialog.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => page.getByTestId('analytics-state').textContent()).toBe('granted');
    await expect.poll(() => analyticsRuns(page)).toBe(2);
  });

  test('with the German locale import, the banner speaks German', async () => {
    const { de } = (await import(pathToFileURL(path.join(app, 'node_modules/consentkit/dist/locales/de.js')).href)) as {
      de: { banner?: { acceptAll?: string; rejectAll?: string; customize?: string } };
    };
    const german = await browser.newContext();
    try {
      const target = await german.newPage();
      await target.goto(`${origin}/?lang=de`);
      const names = [de.banner?.acceptAll ?? 'Accept all', de.banner?.rejectAll ?? 'Reject all', de.banner?.customize ?? 'Customize'];
      for (const name of names) await target.getByRole('button', { name, exact: true }).waitFor();
      expect(names, 'the de locale translates the banner').not.toContain('Accept all');
    } finally {
      await german.close();
    }
  });
});
