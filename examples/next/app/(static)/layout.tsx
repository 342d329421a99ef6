import type { ReactNode } from 'react';
import { readConsentState } from 'consentkit/server';
import { consentConfig } from '../consent';
import { ConsentShell } from '../consent-shell';

/**
 * Routes prerendered at build time (○ in `next build`): no request, so every page is rendered for
 * an undecided visitor, banner included. The root layout's pre-paint script hides that banner for
 * returning visitors before first paint; after hydration the store reads the cookie itself.
 */
export default function StaticLayout({ children }: { children: ReactNode }) {
  return (
    <ConsentShell config={consentConfig} serverState={readConsentState(consentConfig, null)}>
      {children}
    </ConsentShell>
  );
}
