// @vitest-environment jsdom
/**
 * consentkit/testing from the ESM build under Vitest, imported by the package's own name as an app
 * imports it (`npm run build` first; `npm test` builds before this project runs). The Jest project
 * in test/testing/jest does the same from the CJS build.
 */
import { createElement as h } from 'react';
import { act, cleanup, configure, fireEvent, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';

// Typed from the source, loaded from dist/ by name: the type check then passes before any build.
const load = <T>(specifier: string) => import(/* @vite-ignore */ specifier) as Promise<T>;
const { ConsentBanner, ConsentPreferences, ConsentProvider, defineConsentConfig, useConsent } = await load<typeof import('../../src/index')>('consentkit');
const { consentValue, createTestStore, renderWithConsent, setConsent } = await load<typeof import('../../src/testing/index')>('consentkit/testing');

const config = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login and security.' },
    analytics: { title: 'Analytics', description: 'Counts visits.' },
  },
  cookies: [{ name: '_ga', category: 'analytics', provider: 'Google Analytics', purpose: 'Visitor ID', duration: { days: 390 } }],
});

function Page() {
  const analytics = useConsent('analytics');
  return h('main', null, analytics ? h('p', { 'data-testid': 'analytics-widget' }, 'Visitors this week: 42') : null, h(ConsentBanner), h(ConsentPreferences));
}

const banner = () => screen.queryByRole('region', { name: 'Cookie consent' });

// The dialog loads with import() on first open: on a busy 2-core machine that can take over the default 1 s.
configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

describe('consentkit/testing from the ESM build', () => {
  test('the import resolves to the built files, not the source', () => {
    expect(import.meta.resolve?.('consentkit/testing') ?? '').toMatch(/\/dist\/testing\/index\.js$/);
  });

  test('given undecided: the banner asks, and the lazily loaded dialog saves a decision the tree shows', async () => {
    renderWithConsent(h(Page), { config });
    expect(banner()).not.toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Customize' })));
    fireEvent.click(await screen.findByRole('switch', { name: /Analytics/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save preferences' })));
    expect(screen.getByTestId('analytics-widget')).not.toBeNull();
    expect(document.cookie).toBe('');
  });

  test('given accepted, then setConsent rejected: the widget goes once the promise resolves', async () => {
    const view = renderWithConsent(h(Page), { config, consent: 'accepted' });
    expect(banner()).toBeNull();
    expect(screen.getByTestId('analytics-widget')).not.toBeNull();
    await view.setConsent('rejected');
    expect(screen.queryByTestId('analytics-widget')).toBeNull();
  });

  test('createTestStore under renderHook, and consentValue as an opaque string', async () => {
    const store = createTestStore(config, { analytics: false });
    const { result } = renderHook(() => useConsent('analytics'), { wrapper: ({ children }) => h(ConsentProvider, { store }, children) });
    expect(result.current).toBe(false);
    await setConsent(store, 'accepted');
    expect(result.current).toBe(true);
    expect(consentValue(config, 'accepted')).toEqual(expect.any(String));
  });
});
