import type { ReactNode } from 'react';
import { googleConsentModeDefaults, prePaintScript } from 'consentkit/server';
import 'consentkit/styles.css';
import { consentConfig } from './consent';

export const metadata = { title: 'consentkit on Next.js' };

// Both texts depend on the config alone: built once per process, not per request.
const consentModeDefaults = googleConsentModeDefaults(consentConfig);
const prePaint = prePaintScript(consentConfig);

/**
 * The root layout reads nothing from the request, so routes below it can stay static. Two inline
 * scripts open <head>:
 * - Google Consent Mode's default (every signal denied but security_storage), then at once the
 *   update for a returning visitor's decision read from the consent cookie: both are in the
 *   dataLayer before any Google tag runs;
 * - the pre-paint script: for a returning visitor it marks <html data-ck-decided>, and the theme
 *   hides the banner that a static page was prerendered with.
 * The example sends no Content-Security-Policy. A site that does gives both scripts its nonce, or
 * on static pages allows them by hash (`inlineScriptHash`, `prePaintScriptHash`).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The pre-paint script sets an attribute React did not render.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: consentModeDefaults }} />
        <script dangerouslySetInnerHTML={{ __html: prePaint }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
