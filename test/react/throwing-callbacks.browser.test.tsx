import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { commands, userEvent } from 'vitest/browser';
import { deleteCookie } from '../../src/core/cookie-jar';
import { createConsentStore } from '../../src/core/store';
import { ConsentBanner } from '../../src/components/banner';
import { ConsentScript } from '../../src/integrations/consent-script';
import { ConsentProvider } from '../../src/react/provider';
import { useConsentStore } from '../../src/react/context';
import { cookieAdapter } from '../../src/storage/cookie';
import { shopConfig } from '../core/fixtures';

const storedMethod = async () => {
  const value = (await commands.getCookies()).find((cookie) => cookie.name === 'ck_consent')?.value;
  return value && ['accept-all', 'reject-all', 'custom'][Number(value.split('.')[5])];
};

/** App code with a bug: its store listener throws on every change. */
function BuggyListener() {
  const store = useConsentStore();
  useEffect(() => store.subscribe(() => {
    throw new Error('listener bug');
  }), [store]);
  return null;
}

afterEach(() => {
  cleanup();
  deleteCookie('ck_consent');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('G2 in Chromium: app code that throws never loses a decision', () => {
  it('given throwing onChange, onDecision and a throwing store listener, Accept all should store the decision, hide the banner, tell the other tab and surface every error', async () => {
    const rethrown = vi.fn();
    vi.stubGlobal('reportError', rethrown);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const otherTab = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    const stopOther = otherTab.connect();
    const fail = (what: string) => () => {
      throw new Error(what);
    };
    render(
      <ConsentProvider config={shopConfig} gpc={false} onChange={fail('onChange bug')} onDecision={fail('onDecision bug')}>
        <BuggyListener />
        <ConsentBanner />
      </ConsentProvider>,
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Accept all' }));

    expect(await storedMethod()).toBe('accept-all');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Cookie consent' })).toBeNull());
    await waitFor(() => expect(otherTab.getState().record?.method).toBe('accept-all'));
    expect(rethrown.mock.calls.map(([error]) => (error as Error).message).sort()).toEqual(['listener bug', 'onChange bug', 'onDecision bug']);
    stopOther();
  });

  it('given a ConsentScript whose onRevoke throws, a withdrawal should still be stored and reach the other tab', async () => {
    vi.stubGlobal('reportError', vi.fn());
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    const otherTab = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    const stopOther = otherTab.connect();
    render(
      <ConsentProvider store={store}>
        <ConsentScript
          category="analytics"
          code="window.__throwingScriptRan = true"
          onRevoke={() => {
            throw new Error('onRevoke bug');
          }}
        />
      </ConsentProvider>,
    );
    store.acceptAll();
    await waitFor(() => expect((window as { __throwingScriptRan?: boolean }).__throwingScriptRan).toBe(true));

    store.rejectAll();

    expect(await storedMethod()).toBe('reject-all');
    await waitFor(() => expect(otherTab.getState().record?.method).toBe('reject-all'));
    stopOther();
  });
});
