import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { readConsentState } from 'consentkit/server';
import { consentConfig } from '../consent';
import { ConsentShell } from '../consent-shell';

/**
 * Routes rendered per request: the server reads the consent cookie, the Sec-GPC header and the
 * theme cookie, so the HTML already shows the visitor's state and hydration agrees with it.
 */
export default async function DynamicLayout({ children }: { children: ReactNode }) {
  const serverState = readConsentState(consentConfig, await headers());
  return (
    <ConsentShell config={consentConfig} serverState={serverState}>
      {children}
    </ConsentShell>
  );
}
