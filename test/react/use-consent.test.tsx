import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent } from '../../src/react/use-consent';
import { useConsentStore } from '../../src/react/context';
import { memoryAdapter } from '../../src/storage/memory';
import { serviceConfig, shopConfig } from '../core/fixtures';

const newStore = () => createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
const withStore = (store: ReturnType<typeof newStore>) =>
  function Wrapper({ children }: { children: ReactNode }) {
    return <ConsentProvider store={store}>{children}</ConsentProvider>;
  };

describe('useConsent(category)', () => {
  it('should say whether the category is granted, and follow decisions', () => {
    const store = newStore();
    const { result } = renderHook(() => useConsent('analytics'), { wrapper: withStore(store) });
    expect(result.current).toBe(false);
    act(() => store.acceptAll());
    expect(result.current).toBe(true);
    act(() => store.save({ analytics: false }));
    expect(result.current).toBe(false);
  });

  it('should say true for a required category before any decision', () => {
    const { result } = renderHook(() => useConsent('essential'), { wrapper: withStore(newStore()) });
    expect(result.current).toBe(true);
  });

  describe('render counts', () => {
    const renders = { functional: 0, analytics: 0 };
    function Reader({ category }: { category: 'functional' | 'analytics' }) {
      renders[category]++;
      return <p>{`${category}: ${useConsent(category) ? 'on' : 'off'}`}</p>;
    }

    it('toggling analytics should re-render analytics readers and not functional readers', () => {
      renders.functional = renders.analytics = 0;
      const store = newStore();
      render(
        <ConsentProvider store={store}>
          <Reader category="functional" />
          <Reader category="analytics" />
        </ConsentProvider>,
      );
      const before = { ...renders };
      act(() => store.save({ analytics: true }));
      expect(screen.getByText('analytics: on')).toBeTruthy();
      expect(renders.analytics).toBe(before.analytics + 1);
      act(() => store.save({ analytics: false }));
      act(() => store.openPreferences());
      expect(screen.getByText('analytics: off')).toBeTruthy();
      expect(renders.analytics).toBe(before.analytics + 2);
      expect(renders.functional).toBe(before.functional);
    });
  });
});

describe("useConsent('service:<id>')", () => {
  const serviceStore = () => createConsentStore(serviceConfig, { storage: memoryAdapter(), gpc: false, doNotTrack: false });

  it('should say whether the service is granted, only ever with its category', () => {
    const store = serviceStore();
    const { result } = renderHook(() => [useConsent('service:hotjar' as never), useConsent('service:stripe' as never)], { wrapper: withStore(store as never) });
    expect(result.current).toEqual([false, true]);
    act(() => store.acceptAll());
    expect(result.current).toEqual([true, true]);
    act(() => store.save({ 'service:hotjar': false }));
    expect(result.current).toEqual([false, true]);
    act(() => store.save({ 'service:hotjar': true, analytics: false }));
    expect(result.current).toEqual([false, true]);
  });

  it('should re-render a reader of one service only when that service changes', () => {
    const store = serviceStore();
    const renders = { ga: 0, hotjar: 0 };
    function Reader({ id }: { id: 'ga' | 'hotjar' }) {
      renders[id]++;
      return <p>{String(useConsent(`service:${id}` as never))}</p>;
    }
    render(
      <ConsentProvider store={store as never}>
        <Reader id="ga" />
        <Reader id="hotjar" />
      </ConsentProvider>,
    );
    act(() => store.acceptAll());
    const before = { ...renders };
    act(() => store.save({ 'service:hotjar': false }));
    expect(renders.hotjar).toBe(before.hotjar + 1);
    expect(renders.ga).toBe(before.ga);
  });
});

describe('useConsent()', () => {
  function Controls() {
    const { decided, loading, choices, record, preferencesOpen, acceptAll, rejectAll, save, reset, openPreferences, closePreferences } = useConsent();
    return (
      <div>
        <output aria-label="state">{JSON.stringify({ decided, loading, analytics: choices.analytics, functional: choices.functional, method: record?.method ?? null, preferencesOpen })}</output>
        <button onClick={acceptAll}>Accept all</button>
        <button onClick={rejectAll}>Reject all</button>
        <button onClick={() => save({ functional: true, analytics: false })}>Save</button>
        <button onClick={reset}>Reset</button>
        <button onClick={openPreferences}>Open</button>
        <button onClick={closePreferences}>Close</button>
      </div>
    );
  }
  const state = () => JSON.parse(screen.getByLabelText('state').textContent!);
  const click = (name: string) => act(() => screen.getByRole('button', { name }).click());

  it('should expose the decision and working actions', () => {
    render(
      <ConsentProvider config={shopConfig} storage={memoryAdapter()} gpc={false}>
        <Controls />
      </ConsentProvider>,
    );
    expect(state()).toEqual({ decided: false, loading: false, analytics: 'undecided', functional: 'undecided', method: null, preferencesOpen: false });
    click('Open');
    expect(state().preferencesOpen).toBe(true);
    click('Close');
    expect(state().preferencesOpen).toBe(false);
    click('Save');
    expect(state()).toMatchObject({ decided: true, functional: 'granted', analytics: 'denied', method: 'custom' });
    click('Accept all');
    expect(state()).toMatchObject({ analytics: 'granted', method: 'accept-all' });
    click('Reject all');
    expect(state()).toMatchObject({ analytics: 'denied', functional: 'denied', method: 'reject-all' });
    click('Reset');
    expect(state()).toMatchObject({ decided: false, analytics: 'undecided', method: null });
  });

  it('should reflect store.openPreferences() called from outside React, e.g. a footer link', () => {
    const store = newStore();
    render(
      <ConsentProvider store={store}>
        <Controls />
      </ConsentProvider>,
    );
    act(() => store.openPreferences());
    expect(state().preferencesOpen).toBe(true);
  });

  it('should call the provider callbacks, always the latest ones', () => {
    const first = vi.fn();
    const latest = vi.fn();
    const onChange = vi.fn();
    const ui = (onDecision: () => void) => (
      <ConsentProvider config={shopConfig} storage={memoryAdapter()} onDecision={onDecision} onChange={onChange}>
        <Controls />
      </ConsentProvider>
    );
    const { rerender } = render(ui(first));
    rerender(ui(latest));
    click('Accept all');
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledWith(expect.objectContaining({ method: 'accept-all' }), expect.objectContaining({ decided: true }));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('should give each provider its own store', () => {
    const { getAllByLabelText } = render(
      <>
        <ConsentProvider config={shopConfig} storage={memoryAdapter()}>
          <Controls />
        </ConsentProvider>
        <ConsentProvider config={shopConfig} storage={memoryAdapter()}>
          <Controls />
        </ConsentProvider>
      </>,
    );
    act(() => screen.getAllByRole('button', { name: 'Accept all' })[0]!.click());
    const [a, b] = getAllByLabelText('state').map((el) => JSON.parse(el.textContent!));
    expect(a.decided).toBe(true);
    expect(b.decided).toBe(false);
  });

  it('useConsentStore should return the store the provider was given', () => {
    const store = newStore();
    const { result } = renderHook(() => useConsentStore(), { wrapper: withStore(store) });
    expect(result.current).toBe(store);
  });
});

describe('outside a provider', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['useConsent', () => useConsent()],
    ['useConsent', () => useConsent('analytics')],
    ['useConsentStore', () => useConsentStore()],
  ] as [string, () => unknown][])('%s should throw an error naming the hook and <ConsentProvider>', (name, hook) => {
    expect(() => renderHook(hook)).toThrow(`${name} must be used inside <ConsentProvider>`);
  });
});
