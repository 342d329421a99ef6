/**
 * The static Storybook, built once per spec file (or taken from STORYBOOK_STATIC_DIR) and served
 * on 127.0.0.1, for specs that drive it with Playwright as a designer's preview host would.
 */
import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where the demo site's stories live, as index.json names their file. */
export const DEMO_STORIES = './stories/DemoSite.stories.tsx';

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

export interface StaticStorybook {
  /** The build's folder. */
  dir: string;
  /** Where it is served, e.g. `http://127.0.0.1:41234`. */
  base: string;
  /** Stops the server and removes a build made here. */
  close(): Promise<void>;
}

/** Builds the static Storybook (unless STORYBOOK_STATIC_DIR names one) and serves it. */
export async function staticStorybook(): Promise<StaticStorybook> {
  let dir: string;
  let built = false;
  if (process.env.STORYBOOK_STATIC_DIR) {
    dir = resolve(process.env.STORYBOOK_STATIC_DIR);
  } else {
    dir = await mkdtemp(join(tmpdir(), 'consentkit-storybook-'));
    built = true;
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/storybook'), ['build', '-o', dir, '--quiet'], {
      cwd: ROOT,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  const server = await serve(dir);
  return {
    dir,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      if (built) await rm(dir, { recursive: true, force: true });
    },
  };
}

interface IndexEntry {
  id: string;
  name: string;
  type: string;
  importPath: string;
}

/** The stories of `importPath`, read from the build's index rather than guessed from their titles. */
export async function storiesOf(dir: string, importPath: string): Promise<IndexEntry[]> {
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.importPath === importPath);
}

type PreviewWindow = { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string; id?: string } } };

/**
 * Resolves once the story `id` (by default whichever story `page` shows) has rendered and its play
 * function has run, or failed: the phase says which.
 */
export async function storyFinished(page: Page, id?: string): Promise<string> {
  const phase = await page.waitForFunction(
    (id) => {
      const render = (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender;
      return (!id || render?.id === id) && ['finished', 'errored', 'aborted'].includes(render?.phase ?? '') && render!.phase;
    },
    id,
    { timeout: 60_000 },
  );
  return (await phase.jsonValue()) as string;
}

/**
 * Shows another story in a preview page that is already loaded, as the Storybook manager does when
 * a story is picked from the sidebar: much faster than loading the preview again for each story.
 */
export async function switchStory(page: Page, id: string): Promise<string> {
  await page.evaluate((storyId) => {
    const channel = (window as { __STORYBOOK_ADDONS_CHANNEL__?: { emit(event: string, data: object): void } }).__STORYBOOK_ADDONS_CHANNEL__;
    channel!.emit('setCurrentStory', { storyId, viewMode: 'story' });
  }, id);
  return storyFinished(page, id);
}
