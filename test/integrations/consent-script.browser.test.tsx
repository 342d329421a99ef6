import { StrictMode } from 'react';
import { act, render } from '@testing-library/react';
import { ConsentProvider } from '../../src/react/provider';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { ConsentScript } from '../../src/integrations/consent-script';
import { gateScript } from '../../src/integrations/script-gate';
import type { TrustedTypesValue } from '../../src/integrations/trusted-types';
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

describe('onRevoke', () => {
  it('given a second watcher that starts after the category was revoked, should not call its onRevoke on mount; it is called only for a grant it saw withdrawn', () => {
    const store = newStore();
    const first = vi.fn();
    const second = vi.fn();
    gateScript(store, 'analytics', { code: counter('late'), onRevoke: first });
    store.acceptAll();
    store.rejectAll();
    expect(first).toHaveBeenCalledTimes(1);
    // The script is on the page already and analytics is denied: nothing is revoked for this one.
    gateScript(store, 'analytics', { code: counter('late'), onRevoke: second });
    store.save({ functional: true });
    expect(second).not.toHaveBeenCalled();
    store.acceptAll();
    store.rejectAll();
    expect(second).toHaveBeenCalledTimes(1);
    expect(runs('late')).toBe(1);
  });

  it('given ConsentScript mounted (in StrictMode) after its script ran and the category was revoked, should not call onRevoke', () => {
    const store = newStore();
    // An earlier page view ran the script, then the person withdrew analytics.
    const stop = gateScript(store, 'analytics', { code: counter('remount') });
    store.acceptAll();
    store.rejectAll();
    stop();
    const onRevoke = vi.fn();
    render(
      <StrictMode>
        <ConsentProvider store={store}>
          <ConsentScript category="analytics" code={counter('remount')} onRevoke={onRevoke} />
        </ConsentProvider>
      </StrictMode>,
    );
    act(() => store.save({ functional: true }));
    expect(onRevoke).not.toHaveBeenCalled();
    expect(runs('remount')).toBe(1);
  });
});

describe('nonce and Trusted Types', () => {
  it('given <ConsentProvider nonce>, should give the script that nonce unless ConsentScript names its own', () => {
    const store = newStore();
    store.acceptAll();
    render(
      <ConsentProvider store={store} nonce="provider-nonce">
        <ConsentScript category="analytics" code={counter('nonceA')} />
        <ConsentScript category="analytics" code={counter('nonceB')} nonce="own-nonce" />
      </ConsentProvider>,
    );
    const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[data-consent-category="analytics"]')];
    const nonceOf = (key: string) => scripts.find((script) => script.text.includes(key))?.nonce;
    expect(nonceOf('nonceA')).toBe('provider-nonce');
    expect(nonceOf('nonceB')).toBe('own-nonce');
  });

  it('given a TrustedScript made by the app\'s own policy, should run it', () => {
    const factory = (window as unknown as { trustedTypes: { createPolicy(name: string, rules: object): { createScript(value: string): TrustedTypesValue } } }).trustedTypes;
    const appPolicy = factory.createPolicy('app-under-test', { createScript: (value: string) => value });
    const store = newStore();
    gateScript(store, 'analytics', { code: appPolicy.createScript(counter('trusted')) });
    store.acceptAll();
    expect(runs('trusted')).toBe(1);
  });
});
