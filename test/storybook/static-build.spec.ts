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

  it('serves the Storybook manager for designers', async () => {
    const page = await browser!.newPage();
    const response = await page.goto(`${base}/index.html`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.title(), { timeout: 30_000 }).toMatch(/Storybook/);
    await page.close();
  });
});
