import { act, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { ConsentBanner, ConsentProvider, useConsent, useCookie } from '../../src/index';
import { renderWithConsent, setConsent, createTestStore } from '../../src/testing/index';
import { shopConfig, visibleCookies } from '../core/fixtures';

/** An app fragment that behaves by consent: a gated widget, a functional cookie, and the banner. */
function Page() {
  const analytics = useConsent('analytics');
  const { decided } = useConsent();
  const [theme, setTheme] = useCookie('theme-mode');
  const [written, setWritten] = useState<string>('nothing yet');
  return (
    <main>
      <p data-testid="decided">{decided ? 'decided' : 'undecided'}</p>
      {analytics ? <p data-testid="analytics-widget">Visitors this week: 42</p> : <p>Analytics is off.</p>}
      <p data-testid="theme">{theme ?? 'none'}</p>
      <button onClick={() => setWritten(String(setTheme('dark')))}>Dark theme</button>
      <p data-testid="written">{written}</p>
      <ConsentBanner />
    </main>
  );
}

const banner = () => screen.queryByRole('region', { name: 'Cookie consent' });

describe('renderWithConsent', () => {
  test('given undecided: the banner asks, nothing optional is granted, and no consent cookie or storage key is written', () => {
    renderWithConsent(<Page />, { config: shopConfig, consent: 'undecided' });
    expect(banner()).not.toBeNull();
    expect(screen.getByTestId('decided').textContent).toBe('undecided');
    expect(screen.queryByTestId('analytics-widget')).toBeNull();
    expect(visibleCookies()).toEqual([]);
    expect(localStorage.length).toBe(0);
  });

  test('given accepted: no banner, the gated widget shows, and still no consent cookie in the jar', () => {
    const { store } = renderWithConsent(<Page />, { config: shopConfig, consent: 'accepted' });
    expect(banner()).toBeNull();
    expect(screen.getByTestId('analytics-widget')).not.toBeNull();
    expect(store.getState().record?.method).toBe('accept-all');
    expect(visibleCookies()).toEqual([]);
  });

  test('given rejected: the widget stays hidden and a functional cookie is refused', async () => {
    renderWithConsent(<Page />, { config: shopConfig, consent: 'rejected' });
    expect(banner()).toBeNull();
    expect(screen.queryByTestId('analytics-widget')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Dark theme' }));
    expect(screen.getByTestId('written').textContent).toBe('false');
    expect(visibleCookies()).toEqual([]);
  });

  test('given a per-category map: named categories are granted, the others refused, required ones always granted', async () => {
    const { store } = renderWithConsent(<Page />, { config: shopConfig, consent: { functional: true } });
    expect(store.getState().choices).toEqual({ essential: 'granted', functional: 'granted', analytics: 'denied', advertising: 'denied' });
    expect(store.getState().record?.method).toBe('custom');
    await userEvent.click(screen.getByRole('button', { name: 'Dark theme' }));
    expect(screen.getByTestId('written').textContent).toBe('true');
    expect(screen.getByTestId('theme').textContent).toBe('dark');
  });

  test('defaults to undecided, with GPC off whatever the browser says', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      const { store } = renderWithConsent(<Page />, { config: shopConfig });
      expect(store.getState().decided).toBe(false);
      expect(store.getState().gpc).toBe(false);
      expect(store.getState().choices.advertising).toBe('undecided');
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  test('gpc: true makes Accept all leave the sale/sharing category refused, as in a browser sending GPC', () => {
    const { store } = renderWithConsent(<Page />, { config: shopConfig, consent: 'accepted', gpc: true });
    expect(store.getState().choices.analytics).toBe('granted');
    expect(store.getState().choices.advertising).toBe('denied');
  });

  test('after setConsent mid-test: the tree has re-rendered when the promise resolves', async () => {
    const { setConsent: change } = renderWithConsent(<Page />, { config: shopConfig, consent: 'rejected' });
    expect(screen.queryByTestId('analytics-widget')).toBeNull();
    await change('accepted');
    expect(screen.getByTestId('analytics-widget')).not.toBeNull();
    await change({ functional: true });
    expect(screen.queryByTestId('analytics-widget')).toBeNull();
    await change('undecided');
    expect(banner()).not.toBeNull();
    expect(screen.getByTestId('decided').textContent).toBe('undecided');
  });

  test('after withdrawing a category mid-test: its cookie is erased and every reader shows it gone', async () => {
    const { setConsent: change } = renderWithConsent(<Page />, { config: shopConfig, consent: 'accepted' });
    await userEvent.click(screen.getByRole('button', { name: 'Dark theme' }));
    expect(visibleCookies()).toEqual(['theme-mode']);
    await change('rejected');
    expect(visibleCookies()).toEqual([]);
    expect(screen.getByTestId('theme').textContent).toBe('none');
  });

  test('the provider props reach the provider: onChange hears a change made with setConsent', async () => {
    const onChange = vi.fn();
    const { setConsent: change } = renderWithConsent(<Page />, { config: shopConfig, consent: 'undecided', provider: { onChange } });
    await change({ analytics: true });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0].diff.analytics).toEqual({ from: 'undecided', to: 'granted' });
  });

  test("the app's own wrapper renders inside the consent provider, and rerender keeps the store and its decision", async () => {
    const Theme = createContext('none');
    const Shown = () => {
      const analytics = useConsent('analytics');
      return <p data-testid="shown">{`${useContext(Theme)} ${analytics}`}</p>;
    };
    const Wrapper = ({ children }: { children: ReactNode }) => <Theme.Provider value="brand">{children}</Theme.Provider>;
    const view = renderWithConsent(<Shown />, { config: shopConfig, consent: 'rejected', wrapper: Wrapper });
    expect(screen.getByTestId('shown').textContent).toBe('brand false');
    await view.setConsent('accepted');
    view.rerender(<Shown />);
    expect(screen.getByTestId('shown').textContent).toBe('brand true');
  });

  test('a decision made in one render never reaches the next one', async () => {
    const first = renderWithConsent(<Page />, { config: shopConfig, consent: 'undecided' });
    await first.setConsent('accepted');
    first.unmount();
    renderWithConsent(<Page />, { config: shopConfig });
    expect(banner()).not.toBeNull();
  });

  test('a misspelt category in the map is a compile error', () => {
    // @ts-expect-error "analyitcs" is not a category of shopConfig
    renderWithConsent(<Page />, { config: shopConfig, consent: { analyitcs: true } });
    expect(screen.queryByTestId('analytics-widget')).toBeNull();
  });
});

describe('setConsent and createTestStore with hooks', () => {
  test('renderHook under a provider of a test store: setConsent re-renders the hook', async () => {
    const store = createTestStore(shopConfig, 'undecided');
    const { result } = renderHook(() => useConsent('analytics'), {
      wrapper: ({ children }) => <ConsentProvider store={store}>{children}</ConsentProvider>,
    });
    expect(result.current).toBe(false);
    await setConsent(store, { analytics: true });
    expect(result.current).toBe(true);
    await act(async () => store.rejectAll());
    expect(result.current).toBe(false);
  });
});
