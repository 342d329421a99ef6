import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEMO_STORIES = './stories/DemoSite.stories.tsx';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Serves `dir` on 127.0.0.1 at a random port: a static host, as a designer's preview would be. */
async function serve(dir: string): Promise<Server> {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = resolve(root, `.${path}`);
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

describe('the static Storybook', () => {
  let outDir: string;
  let built = false;
  let server: Server | undefined;
  let browser: Browser | undefined;
  let base: string;

  beforeAll(async () => {
    if (process.env.STORYBOOK_STATIC_DIR) {
      outDir = resolve(process.env.STORYBOOK_STATIC_DIR);
    } else {
      outDir = await mkdtemp(join(tmpdir(), 'consentkit-storybook-'));
      built = true;
      await promisify(execFile)(join(ROOT, 'node_modules/.bin/storybook'), ['build', '-o', outDir, '--quiet'], {
        cwd: ROOT,
        env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true' },
        maxBuffer: 64 * 1024 * 1024,
      });
    }
    server = await serve(outDir);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    if (built) await rm(outDir, { recursive: true, force: true });
  });

  /** The id of a demo story, read from the build's index rather than guessed from its title. */
  async function demoStoryId(name: string): Promise<string> {
    const index = JSON.parse(await readFile(join(outDir, 'index.json'), 'utf8')) as {
      entries: Record<string, { id: string; name: string; type: string; importPath: string }>;
    };
    const entry = Object.values(index.entries).find((e) => e.type === 'story' && e.importPath === DEMO_STORIES && e.name === name);
    if (!entry) throw new Error(`no story "${name}" from ${DEMO_STORIES} in index.json`);
    return entry.id;
  }

  async function openStory(id: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
    return { page, errors };
  }

  it('given a first visit to the demo site, after "Accept all", should hide the banner and grant analytics', async () => {
    const { page, errors } = await openStory(await demoStoryId('Site'));
    const accept = page.getByRole('button', { name: 'Accept all' });
    await expect.poll(() => accept.isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Masters that sound right/);
    const analytics = page.getByRole('row', { name: /Analytics/ });
    expect(await analytics.textContent()).toContain('undecided');

    await accept.click();

    await expect.poll(() => accept.count()).toBe(0);
    await expect.poll(() => analytics.textContent()).toContain('granted');
    expect(await page.getByRole('row', { name: /Method/ }).textContent()).toContain('Accept all');
    expect(errors).toEqual([]);
    await page.close();
  });

  /** Theme, direction and colour of each example on a docs page, and of the page itself. */
  async function docsPage(id: string) {
    const page = await browser!.newPage();
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=docs&globals=theme:light;direction:ltr`);
    // The last examples of the page are the dark and right-to-left ones: wait for both.
    for (const example of ['dark', 'right-to-left']) {
      await expect.poll(() => page.locator(`[id="anchor--${id.replace(/--docs$/, '')}--${example}"] .story-scope`).count(), { timeout: 30_000 }).toBe(1);
    }
    const examples = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('[id^="anchor--components-"] .story-scope')].map((scope) => [
          scope.closest('[id^="anchor--"]')!.id.replace(/^anchor--(primary--)?components-[a-z]+--/, ''),
          { theme: scope.dataset.ckTheme, dir: scope.dir, background: getComputedStyle(scope).backgroundColor },
        ]),
      ),
    );
    const html = await page.evaluate(() => ({ dir: document.documentElement.dir, theme: document.documentElement.dataset.ckTheme ?? null }));
    return { page, examples, html };
  }

  for (const component of ['categorytoggle', 'cookiepolicytable']) {
    it(`given the ${component} docs page, each example keeps its own theme and direction, and none reaches the page`, async () => {
      const { page, examples, html } = await docsPage(`components-${component}--docs`);
      expect(html).toEqual({ dir: 'ltr', theme: null });
      expect(examples['dark']).toMatchObject({ theme: 'dark', dir: 'ltr', background: 'rgb(21, 23, 27)' });
      expect(examples['right-to-left']).toMatchObject({ theme: 'light', dir: 'rtl', background: 'rgb(255, 255, 255)' });
      const others = Object.entries(examples).filter(([name]) => name !== 'dark' && name !== 'right-to-left');
      expect(others.length).toBeGreaterThan(1);
      for (const [, example] of others) expect(example).toMatchObject({ theme: 'light', dir: 'ltr' });
      await page.close();
    });
  }

  it('given a right-to-left dark story, a docs page opened next is left to right, in the docs colours', async () => {
    const { page } = await openStory('components-categorytoggle--right-to-left');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir), { timeout: 30_000 }).toBe('rtl');
    await page.evaluate(() => {
      const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, payload: unknown): void } }).__STORYBOOK_ADDONS_CHANNEL__;
      channel.emit('setCurrentStory', { storyId: 'introduction--docs', viewMode: 'docs' });
    });
    await expect.poll(() => page.locator('#storybook-docs h1').first().textContent(), { timeout: 30_000 }).toMatch(/consentkit for designers/);
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.hasAttribute('data-ck-theme')])).toEqual(['ltr', false]);
    await page.close();
  });

  it('serves the Storybook manager for designers', async () => {
    const page = await browser!.newPage();
    const response = await page.goto(`${base}/index.html`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.title(), { timeout: 30_000 }).toMatch(/Storybook/);
    await page.close();
  });
});
