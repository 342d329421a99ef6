import { StrictMode } from 'react';
import { act, render } from '@testing-library/react';
import { ConsentProvider } from '../../src/react/provider';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { ConsentScript } from '../../src/integrations/consent-script';
import { gateScript } from '../../src/integrations/script-gate';
import { balancedMasteringConfig } from '../../stories/demo/balanced-mastering';

declare global {
  interface Window {
    ckRuns?: Record<string, number>;
  }
}

const runs = (key: string) => window.ckRuns?.[key] ?? 0;
const counter = (key: string) => `(window.ckRuns = window.ckRuns || {}).${key} = (window.ckRuns.${key} || 0) + 1;`;
const newStore = () => createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });

describe('ConsentScript in Chromium', () => {
  it('given no decision, should not add or run the script; after Accept all, should run it exactly once', async () => {
    const store = newStore();
    render(
      <StrictMode>
        <ConsentProvider store={store}>
          <ConsentScript category="analytics" code={counter('inline')} />
        </ConsentProvider>
      </StrictMode>,
    );
    expect(document.querySelector('script[data-consent-category="analytics"]')).toBeNull();
    expect(runs('inline')).toBe(0);
    act(() => store.acceptAll());
    expect(runs('inline')).toBe(1);
    // A second decision does not run it again.
    act(() => store.save({ analytics: true }));
    expect(runs('inline')).toBe(1);
  });

  it('given analytics rejected, should never fetch an external script; granting it later loads it', async () => {
    const store = newStore();
    const src = `data:text/javascript,${encodeURIComponent(counter('external'))}`;
    const loaded = new Promise<void>((resolve) => {
      render(
        <ConsentProvider store={store}>
          <ConsentScript category="analytics" src={src} onLoad={resolve} />
        </ConsentProvider>,
      );
    });
    act(() => store.rejectAll());
    expect(document.querySelector(`script[src="${src}"]`)).toBeNull();
    act(() => store.save({ analytics: true }));
    await loaded;
    expect(runs('external')).toBe(1);
    expect(document.querySelector(`script[src="${src}"]`)?.getAttribute('data-consent-category')).toBe('analytics');
  });

  it('given a script of a category that stays denied, should not run while other categories are granted', () => {
    const store = newStore();
    const stop = gateScript(store, 'analytics', { code: counter('other') });
    store.save({ functional: true, analytics: false });
    expect(runs('other')).toBe(0);
    stop();
    store.acceptAll();
    // Stopped watching: granting later adds nothing.
    expect(runs('other')).toBe(0);
  });

  it('given the category is revoked after the script ran, should call onRevoke', () => {
    const store = newStore();
    const onRevoke = vi.fn();
    gateScript(store, 'analytics', { code: counter('revoke'), onRevoke });
    store.acceptAll();
    expect(runs('revoke')).toBe(1);
    store.rejectAll();
    expect(onRevoke).toHaveBeenCalledTimes(1);
  });
});
