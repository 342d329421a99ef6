/**
 * React 18 is a supported peer: the packed package, installed beside react@18 and react-dom@18 in a
 * fresh app, renders on the server, hydrates, and walks the banner and dialog flows in Chromium.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const app = path.join(root, '.tmp/react18-app');
const REACT = '18.3.1';

// Rendered on the server with react-dom/server 18, then hydrated in the page.
const appSource = `import { ConsentBanner, ConsentPreferences, ConsentProvider, ConsentSettingsButton, defineConsentConfig, useConsent } from 'consentkit';

export const config = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Keeps the site working.' },
    analytics: { title: 'Analytics', description: 'Counts visits.' },
  },
  cookies: [{ name: '_ga', category: 'analytics', provider: 'Google Analytics', purpose: 'Visitor ID', duration: { years: 2 } }],
});

function Readout() {
  const analytics = useConsent('analytics');
  const { decided } = useConsent();
  return <output data-testid="readout">{decided ? 'decided' : 'undecided'} analytics={String(analytics)}</output>;
}

export function App({ initialValue }: { initialValue?: string | null }) {
  return (
    <ConsentProvider config={config} initialValue={initialValue}>
      <main>
        <h1>React 18 app</h1>
        <Readout />
        <ConsentSettingsButton />
      </main>
      <ConsentBanner />
      <ConsentPreferences />
    </ConsentProvider>
  );
}
`;

const clientSource = `import { hydrateRoot } from 'react-dom/client';
import { App } from './app';
window.__errors = [];
const original = console.error;
console.error = (...args) => { window.__errors.push(args.map(String).join(' ')); original(...args); };
hydrateRoot(document.getElementById('root'), <App initialValue={null} />);
`;

const serverSource = `import { renderToString } from 'react-dom/server';
import { readConsentCookie } from 'consentkit/server';
import { App } from './app';
export const render = (cookieHeader) => renderToString(<App initialValue={readConsentCookie(cookieHeader)} />);
`;

let browser: Browser;
let server: Server;
let origin: string;
let renderOnServer: (cookieHeader: string) => string;

async function sh(command: string, args: string[], cwd: string) {
  try {
    return await run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

beforeAll(async () => {
  await rm(app, { recursive: true, force: true });
  await mkdir(app, { recursive: true });
  const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', app], root);
  const tarball = path.join(app, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
  await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'react18-app', private: true, type: 'module' }));
  await sh('npm', ['install', tarball, `react@${REACT}`, `react-dom@${REACT}`, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
  await writeFile(path.join(app, 'app.tsx'), appSource);
  await writeFile(path.join(app, 'client.tsx'), clientSource);
  await writeFile(path.join(app, 'server.tsx'), serverSource);
  const common = { absWorkingDir: app, bundle: true, jsx: 'automatic', logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' } } as const;
  await build({ ...common, entryPoints: ['client.tsx'], outdir: 'public', format: 'esm', splitting: true, platform: 'browser', minify: true, loader: { '.css': 'css' } });
  await build({ ...common, entryPoints: ['server.tsx'], outfile: 'server.mjs', format: 'esm', platform: 'node', packages: 'external' });
  ({ render: renderOnServer } = (await import(path.join(app, 'server.mjs'))) as { render: (cookieHeader: string) => string });

  server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const html = renderOnServer(request.headers.cookie ?? '');
      response.end(`<!doctype html><html lang="en"><body><div id="root">${html}</div><script type="module" src="/client.js"></script></body></html>`);
      return;
    }
    try {
      const body = await readFile(path.join(app, 'public', path.basename(url.pathname)));
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** Server HTML without React's text separators. */
const serverText = (cookieHeader: string) => renderOnServer(cookieHeader).replaceAll('<!-- -->', '');

test('with React 18, a first visit is rendered on the server with the banner and nothing granted', () => {
  const html = serverText('');
  expect(html).toContain('undecided analytics=false');
  expect(html).toContain('>Accept all</button>');
});

test('with React 18, a page hydrates without errors and the banner, dialog and save flow work', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin);
  await page.getByRole('region', { name: 'Cookie consent' }).waitFor();
  await page.getByRole('button', { name: 'Customize' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cookie preferences' });
  await dialog.waitFor();
  expect(await dialog.getAttribute('aria-modal')).toBe('true');
  await dialog.getByRole('switch', { name: 'Analytics' }).click();
  await dialog.getByRole('button', { name: 'Save preferences' }).click();
  await expect.poll(() => page.getByTestId('readout').textContent()).toBe('decided analytics=true');
  expect(await page.getByRole('region', { name: 'Cookie consent' }).count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
  const cookies = await context.cookies();
  expect(cookies.find((cookie) => cookie.name === 'ck_consent')?.value).toMatch(/analytics:1/);

  // The server reads the decision from the request's cookie: the returning visitor's HTML is decided.
  const html = serverText(`ck_consent=${cookies.find((cookie) => cookie.name === 'ck_consent')!.value}`);
  expect(html).toContain('decided analytics=true');
  expect(html).not.toContain('Accept all');
  await context.close();
});
