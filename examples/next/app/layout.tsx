import type { ReactNode } from 'react';
import { prePaintScript } from 'consentkit/server';
import 'consentkit/styles.css';
import { consentConfig } from './consent';

export const metadata = { title: 'consentkit on Next.js' };

/**
 * The root layout reads nothing from the request, so routes below it can stay static. The inline
 * script runs before first paint: for a returning visitor it marks <html data-ck-decided>, and the
 * theme hides the banner that a static page was prerendered with.
 *
 * Hooks for the proof-of-consent work: Google Consent Mode's default (googleConsentModeDefaults)
 * goes here, in <head> before any Google tag.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The pre-paint script sets an attribute React did not render.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: prePaintScript(consentConfig) }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
