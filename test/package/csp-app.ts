/**
 * The small app the strict-CSP test bundles from the built package (dist/, through the package's
 * `exports`), kept as strings like the consumer app. It reads its nonce from its own script tag,
 * as apps with a per-request nonce do, and hands it to the provider. It loads `consentkit/banner.css`
 * alone, so the dialog brings its rules in a nonced `<style>`.
 */

export const cspAppTsx = `import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ConsentBanner, ConsentPreferences, ConsentProvider, ConsentScript, defineConsentConfig } from 'consentkit';
// The first paint's rules alone: the dialog adds its own as it opens, under the same nonce.
import 'consentkit/banner.css';

const config = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Keeps the site secure.' },
    analytics: { title: 'Analytics', description: 'Tells us which pages are slow.' },
  },
  cookies: [{ name: '_ga', category: 'analytics', provider: 'Google Analytics', purpose: 'Visitor ID', duration: { years: 2 } }],
});

// The browser hides a nonce attribute's value from the DOM; the property keeps it.
const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || undefined;

function App() {
  const [errors, setErrors] = useState<string[]>([]);
  const failed = (name: string) => () => setErrors((previous) => [...previous, name]);
  return (
    <ConsentProvider config={config} nonce={nonce}>
      <main>
        <h1>Strict CSP app</h1>
        <output data-testid="script-errors">{errors.join(',')}</output>
        {/* A page taller than the viewport, so that a lost scroll lock shows. */}
        <div style={{ height: '400vh' }} />
      </main>
      <ConsentScript category="analytics" code="window.__inlineRuns = (window.__inlineRuns || 0) + 1;" onError={failed('inline')} />
      <ConsentScript category="analytics" src="/analytics.js" onError={failed('external')} />
      <ConsentBanner />
      <ConsentPreferences />
    </ConsentProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`;

/** The page, with the per-request nonce on its module script. */
export const cspIndexHtml = (nonce: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>consentkit under a strict CSP</title>
    <link rel="stylesheet" href="/app.css" />
  </head>
  <body>
    <div id="root"></div>
    <script type="module" nonce="${nonce}" src="/app.js"></script>
  </body>
</html>
`;

/** Stands in for a third-party tag served from the site's origin. */
export const cspAnalyticsJs = `window.__analyticsRuns = (window.__analyticsRuns || 0) + 1;\n`;
