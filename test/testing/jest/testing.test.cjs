/**
 * consentkit/testing from the CJS build under Jest: renderWithConsent, createTestStore and
 * setConsent, with components and hooks required from `consentkit` itself, so that the helpers and
 * the app share one provider module.
 */
const { createElement: h, useState } = require('react');
const { configure, renderHook, screen, fireEvent, act } = require('@testing-library/react');
const { ConsentBanner, ConsentPreferences, ConsentProvider, defineConsentConfig, useConsent, useCookie } = require('consentkit');
const { readConsentState } = require('consentkit/server');
const { consentValue, createTestStore, renderWithConsent, setConsent } = require('consentkit/testing');

const config = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login and security.' },
    functional: { title: 'Functional', description: 'Remembers your settings.' },
    analytics: { title: 'Analytics', description: 'Counts visits.' },
  },
  cookies: [
    { name: 'session-id', category: 'essential', purpose: 'Maintains your session', duration: 'session' },
    { name: 'theme-mode', category: 'functional', purpose: 'Light/dark theme preference', duration: { days: 90 } },
    { name: '_ga', category: 'analytics', provider: 'Google Analytics', purpose: 'Visitor ID', duration: { days: 390 } },
  ],
});

/** An app fragment that behaves by consent: a gated widget, a functional cookie, and the banner. */
function Page() {
  const analytics = useConsent('analytics');
  const [theme, setTheme] = useCookie('theme-mode');
  const [written, setWritten] = useState('nothing yet');
  return h(
    'main',
    null,
    analytics ? h('p', { 'data-testid': 'analytics-widget' }, 'Visitors this week: 42') : h('p', null, 'Analytics is off.'),
    h('p', { 'data-testid': 'theme' }, theme ?? 'none'),
    h('button', { onClick: () => setWritten(String(setTheme('dark'))) }, 'Dark theme'),
    h('p', { 'data-testid': 'written' }, written),
    h(ConsentBanner),
    h(ConsentPreferences),
  );
}

const banner = () => screen.queryByRole('region', { name: 'Cookie consent' });
const cookieNames = () => document.cookie.split(';').map((pair) => pair.split('=')[0].trim()).filter(Boolean);

// The dialog loads lazily on first open: on a busy 2-core machine that can take over the default 1 s.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  for (const name of cookieNames()) document.cookie = `${name}=; Max-Age=0; Path=/`;
  localStorage.clear();
});

test('given undecided: the banner asks, the widget is hidden, and Accept all shows it without writing a consent cookie', async () => {
  renderWithConsent(h(Page), { config, consent: 'undecided' });
  expect(banner()).not.toBeNull();
  expect(screen.queryByTestId('analytics-widget')).toBeNull();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Accept all' })));
  expect(screen.getByTestId('analytics-widget')).not.toBeNull();
  expect(banner()).toBeNull();
  expect(cookieNames()).toEqual([]);
});

test('the lazily loaded preferences dialog and its switches load from the CJS build, and saving in it decides', async () => {
  renderWithConsent(h(Page), { config, consent: 'undecided' });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Customize' })));
  await screen.findByRole('dialog');
  await act(async () => fireEvent.click(await screen.findByRole('switch', { name: /Analytics/ })));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save preferences' })));
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(screen.getByTestId('analytics-widget')).not.toBeNull();
});

test('given rejected: no banner, no widget, and a functional cookie is refused', () => {
  renderWithConsent(h(Page), { config, consent: 'rejected' });
  expect(banner()).toBeNull();
  expect(screen.queryByTestId('analytics-widget')).toBeNull();
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  fireEvent.click(screen.getByRole('button', { name: 'Dark theme' }));
  expect(screen.getByTestId('written').textContent).toBe('false');
  expect(warn).toHaveBeenCalledWith('[consentkit] refused to write cookie "theme-mode": category "functional" has no consent');
  warn.mockRestore();
  expect(cookieNames()).toEqual([]);
});

test('given a per-category map: the functional cookie is written, analytics stays refused', () => {
  const { store } = renderWithConsent(h(Page), { config, consent: { functional: true } });
  expect(store.getState().choices).toEqual({ essential: 'granted', functional: 'granted', analytics: 'denied' });
  fireEvent.click(screen.getByRole('button', { name: 'Dark theme' }));
  expect(screen.getByTestId('theme').textContent).toBe('dark');
  expect(cookieNames()).toEqual(['theme-mode']);
});

test('after setConsent mid-test: the tree has re-rendered when the promise resolves, and a withdrawn category loses its cookie', async () => {
  const view = renderWithConsent(h(Page), { config, consent: 'accepted' });
  expect(screen.getByTestId('analytics-widget')).not.toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Dark theme' }));
  expect(cookieNames()).toEqual(['theme-mode']);
  await view.setConsent('rejected');
  expect(screen.queryByTestId('analytics-widget')).toBeNull();
  expect(screen.getByTestId('theme').textContent).toBe('none');
  expect(cookieNames()).toEqual([]);
  await view.setConsent('undecided');
  expect(banner()).not.toBeNull();
});

test('createTestStore with renderHook: setConsent re-renders the hook', async () => {
  const store = createTestStore(config, 'undecided');
  const { result } = renderHook(() => useConsent('analytics'), {
    wrapper: ({ children }) => h(ConsentProvider, { store }, children),
  });
  expect(result.current).toBe(false);
  await setConsent(store, { analytics: true });
  expect(result.current).toBe(true);
});

test('consentValue: an opaque value the server helpers read as the same decision', () => {
  const value = consentValue(config, { analytics: true });
  expect(typeof value).toBe('string');
  const state = readConsentState(config, `ck_consent=${value}`);
  expect(state.decided).toBe(true);
  expect(state.choices).toEqual({ essential: 'granted', functional: 'denied', analytics: 'granted' });
  expect(consentValue(config, 'undecided')).toBeNull();
});
