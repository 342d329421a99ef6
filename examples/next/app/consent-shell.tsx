'use client';
import type { ReactNode } from 'react';
import { ConsentBanner, ConsentPreferences, ConsentProvider, ConsentScript, ConsentSettingsButton } from 'consentkit';
import type { ServerConsentState } from 'consentkit/server';
import type { consentConfig } from './consent';

/**
 * The client side of consent, shared by every layout. The config comes from a Server Component as
 * a prop: it is plain data (string cookie families), so it crosses the boundary as is.
 *
 * Hooks for the proof-of-consent work: `onDecision` sends each decision to the consent log, and
 * `<GoogleConsentMode />` joins `ConsentScript` here.
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
      <ConsentScript category="analytics" src="/analytics.js" />
      <ConsentBanner />
      <ConsentPreferences />
    </ConsentProvider>
  );
}
