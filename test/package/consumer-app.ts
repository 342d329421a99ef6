/**
 * The sources of the small app the consumer test installs consentkit into. It imports only what a
 * user can import from the published package: `consentkit`, `consentkit/styles.css` and
 * `consentkit/locales/de`. Kept as strings so that the repository's own typecheck does not resolve
 * `consentkit` to the working tree; the test typechecks the app against the installed package.
 */

export const consumerPackageJson = {
  name: 'consentkit-consumer-app',
  private: true,
  version: '0.0.0',
  type: 'module',
};

export const consumerTsconfig = {
  compilerOptions: {
    target: 'ES2020',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  },
  files: ['app.tsx', 'css.d.ts'],
};

/** Lets TypeScript accept the stylesheet import, as a bundler-based app template would. */
export const cssDeclaration = `declare module '*.css';\n`;

export const consumerAppTsx = `import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  ConsentBanner,
  ConsentPreferences,
  ConsentProvider,
  ConsentSettingsButton,
  defineConsentConfig,
  useConsent,
  useCookie,
} from 'consentkit';
import { de } from 'consentkit/locales/de';
import 'consentkit/styles.css';

const config = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Keeps you logged in and the site secure.' },
    functional: { title: 'Functional', description: 'Remembers your settings, such as the theme.' },
    analytics: { title: 'Analytics', description: 'Tells us which pages are slow or popular.' },
  },
  cookies: [
    { name: 'session-id', category: 'essential', purpose: 'Maintains your session', duration: 'session' },
    { name: 'theme-mode', category: 'functional', purpose: 'Light/dark theme preference', duration: { days: 90 } },
    { name: '_ga', category: 'analytics', provider: 'Google Analytics', purpose: 'Visitor ID', duration: { years: 2 } },
    { name: '_gid', category: 'analytics', provider: 'Google Analytics', purpose: 'Session ID', duration: { hours: 24 } },
  ],
});

declare module 'consentkit' {
  interface Register {
    config: typeof config;
  }
}

/** Never rendered: proves that the registered config reaches the installed package's types. */
export function TypeGuards() {
  // @ts-expect-error a misspelt category is a compile error
  useConsent('analyitcs');
  // @ts-expect-error an undeclared cookie is a compile error
  useCookie('undeclared');
  return null;
}

/** Writes a functional cookie through the hook and shows whether the write was allowed. */
function ThemeSwitch() {
  const [theme, setTheme] = useCookie('theme-mode');
  const [result, setResult] = useState('none');
  return (
    <p>
      <button type="button" onClick={() => setResult(setTheme('dark') ? 'written' : 'refused')}>
        Use dark theme
      </button>
      <output data-testid="theme-result">{result}</output>
      <output data-testid="theme-value">{theme ?? 'unset'}</output>
    </p>
  );
}

/** Script gating: the analytics tag is added only while analytics is granted. */
function AnalyticsTag() {
  const analytics = useConsent('analytics');
  useEffect(() => {
    if (!analytics) return;
    const script = document.createElement('script');
    script.src = '/analytics.js';
    document.head.append(script);
    return () => script.remove();
  }, [analytics]);
  return <output data-testid="analytics-state">{analytics ? 'granted' : 'denied'}</output>;
}

function App() {
  return (
    <main>
      <h1>Consumer app</h1>
      <ThemeSwitch />
      <AnalyticsTag />
      <footer>
        <ConsentSettingsButton />
      </footer>
    </main>
  );
}

const german = new URLSearchParams(location.search).get('lang') === 'de';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConsentProvider config={config} messages={german ? de : undefined}>
      <App />
      <ConsentBanner />
      <ConsentPreferences />
    </ConsentProvider>
  </StrictMode>,
);
`;

export const indexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>consentkit consumer</title>
    <link rel="stylesheet" href="/app.css" />
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/app.js"></script>
  </body>
</html>
`;

/** Stands in for a third-party analytics tag: counts its runs and sets its cookies. */
export const analyticsJs = `window.__analyticsRuns = (window.__analyticsRuns || 0) + 1;
document.cookie = '_ga=GA1.1.' + Date.now() + '; Path=/; Max-Age=63072000; SameSite=Lax';
document.cookie = '_gid=GA1.1.' + Date.now() + '; Path=/; Max-Age=86400; SameSite=Lax';
`;

/** Node, CommonJS: the package's `require` conditions, resolved from the installed copy only. */
export const cjsCheck = `const assert = require('node:assert');
const path = require('node:path');
const kit = require('consentkit');
const server = require('consentkit/server');
const { de } = require('consentkit/locales/de');
for (const name of ['ConsentProvider', 'useConsent', 'useCookie', 'defineConsentConfig', 'cookieAdapter', 'ConsentBanner', 'ConsentPreferences']) {
  assert.strictEqual(typeof kit[name], 'function', 'require("consentkit").' + name);
}
assert.strictEqual(typeof server.readConsentCookie, 'function');
assert.strictEqual(server.readConsentCookie('a=1; ck_consent=abc'), 'abc');
assert.strictEqual(typeof de, 'object');
const outside = Object.keys(require.cache).filter((file) => file !== __filename && !file.startsWith(path.resolve('node_modules') + path.sep));
assert.deepStrictEqual(outside, [], 'modules loaded from outside the app');
console.log(JSON.stringify({ ok: true, exports: Object.keys(kit).length }));
`;

/** Node, ESM: the `import` conditions of the main entry, the server entry and a locale. */
export const esmCheck = `import assert from 'node:assert';
const kit = await import('consentkit');
const server = await import('consentkit/server');
const { de } = await import('consentkit/locales/de');
assert.strictEqual(typeof kit.ConsentProvider, 'function');
assert.strictEqual(typeof server.readConsentState, 'function');
assert.strictEqual(server.readConsentCookie('ck_consent=xyz; other=1'), 'xyz');
assert.strictEqual(typeof de, 'object');
// Run with NODE_ENV=production: a config mistake still stops the app and names the field.
assert.throws(
  () => kit.defineConsentConfig({ revision: 1, categories: { essential: { title: 'E', description: 'e' } }, cookies: [{ name: 'ads', category: 'marketing', purpose: 'Ads', duration: 'session' }] }),
  /config\\.cookies\\[0\\]\\.category/,
);
console.log(JSON.stringify({ ok: true }));
`;

/**
 * Server rendering with no DOM: the provider starts from the request's cookie, so a person who has
 * decided gets no banner in the HTML, and one who has not gets it at once (no flash either way).
 */
export const ssrCheck = `import assert from 'node:assert';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ConsentBanner, ConsentPreferences, ConsentProvider, defineConsentConfig, encodeConsentRecord } from 'consentkit';
import { readConsentCookie, readConsentState } from 'consentkit/server';

assert.strictEqual(typeof window, 'undefined');
assert.strictEqual(typeof document, 'undefined');

const config = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Needed.' },
    analytics: { title: 'Analytics', description: 'Statistics.' },
  },
  cookies: [{ name: '_ga', category: 'analytics', purpose: 'Visitor ID', duration: { years: 2 } }],
});

const render = (cookieHeader) =>
  renderToString(
    createElement(
      ConsentProvider,
      { config, initialValue: readConsentCookie(cookieHeader) },
      createElement('p', null, 'page'),
      createElement(ConsentBanner),
      createElement(ConsentPreferences),
    ),
  );

const now = Math.floor(Date.now() / 1000);
const decided = encodeConsentRecord({
  schema: 1,
  revision: 1,
  id: '0123456789abcdef0123456789abcdef',
  decidedAt: now,
  expiresAt: now + 30 * 86400,
  method: 'reject-all',
  gpc: false,
  choices: { essential: true, analytics: false },
});
const header = 'session-id=1; ck_consent=' + decided;

const undecidedHtml = render(undefined);
const decidedHtml = render(header);
const state = readConsentState(config, header);

assert.match(undecidedHtml, /Accept all/, 'undecided: the banner is in the server HTML');
assert.doesNotMatch(decidedHtml, /Accept all/, 'decided: no banner in the server HTML');
assert.strictEqual(state.decided, true);
assert.strictEqual(state.choices.analytics, 'denied');
assert.strictEqual(readConsentState(config, 'ck_consent=tampered').decided, false);
console.log(JSON.stringify({ ok: true, undecidedLength: undecidedHtml.length, decidedLength: decidedHtml.length }));
`;
