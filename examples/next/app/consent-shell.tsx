'use client';
import type { ReactNode } from 'react';
import { ConsentBanner, ConsentLog, ConsentPreferences, ConsentProvider, ConsentScript, ConsentSettingsButton, GoogleConsentMode } from 'consentkit';
import type { ServerConsentState } from 'consentkit/server';
import type { consentConfig } from './consent';

// Your Google tag (`G-…`, or `GTM-…` for a Tag Manager container), inlined at build time. Without
// one, the consent commands still go to window.dataLayer, for tags the page loads itself.
const googleTagId = process.env.NEXT_PUBLIC_GOOGLE_TAG_ID || undefined;

/**
 * The client side of consent, shared by every layout. The config comes from a Server Component as
 * a prop: it is plain data (string cookie families), so it crosses the boundary as is.
 * `<GoogleConsentMode />` sends Google each decision and withdrawal (the head script in
 * app/layout.tsx sent the defaults) and loads the tag after them; `<ConsentLog />` sends each one,
 * with the texts on screen, to the proof-of-consent endpoint (app/api/consent/route.ts).
 */
export function ConsentShell({ config, serverState, children }: { config: typeof consentConfig; serverState: ServerConsentState; children: ReactNode }) {
  return (
    <ConsentProvider config={config} serverState={serverState}>
      <nav>
        {/* Plain links: each page load shows what the server rendered for it. */}
        <a href="/">Home</a> · <a href="/about">About</a> · <a href="/cookies">Cookie policy</a>
      </nav>
      {children}
      <footer>
        <ConsentSettingsButton />
      </footer>
      <GoogleConsentMode tagId={googleTagId} />
      <ConsentLog endpoint="/api/consent" />
      <ConsentScript category="analytics" src="/analytics.js" />
      <ConsentBanner />
      <ConsentPreferences />
    </ConsentProvider>
  );
}
