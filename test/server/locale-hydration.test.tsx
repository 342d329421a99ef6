import { act, waitFor } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ConsentBanner } from '../../src/components/banner';
import { CookiePolicyTable } from '../../src/components/policy-table';
import { ConsentProvider } from '../../src/react/provider';
import { localeFromHeaders, readConsentState, type ServerConsentState } from '../../src/server';
import { de } from '../../src/locales/de';
import { en } from '../../src/locales/en';
import { ar } from '../../src/locales/ar';
import { multilingualConfig as config } from '../react/locale-fixtures';

// The locale the server renders in and the one the first client render uses must be the same,
// whatever the browser prefers: only after hydration may the browser's languages take over.

const App = ({ serverState, locale }: { serverState: ServerConsentState; locale?: string }) => (
  <ConsentProvider config={config} serverState={serverState} locale={locale} messages={[en, de, ar]}>
    <ConsentBanner />
    <CookiePolicyTable />
  </ConsentProvider>
);

let root: Root | undefined;
let container: HTMLElement;
let errors: unknown[][];

async function serverThenClient(headers: Headers, locale?: string) {
  const serverState = JSON.parse(JSON.stringify(readConsentState(config, headers)));
  const html = renderToString(<App serverState={serverState} locale={locale} />);
  container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const server = { title: container.querySelector('.ck-banner-title')?.textContent, caption: container.querySelector('.ck-table-caption')?.textContent };
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
  await act(async () => {
    root = hydrateRoot(container, <App serverState={serverState} locale={locale} />, { onRecoverableError: (error) => errors.push([error]) });
  });
  return server;
}

const title = () => container.querySelector('.ck-banner-title')?.textContent;
const caption = () => container.querySelector('.ck-table-caption')?.textContent;

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  // This browser prefers Arabic; the page says nothing.
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ar', 'en']);
});

afterEach(() => {
  if (root) act(() => root!.unmount());
  root = undefined;
  container?.remove();
  vi.restoreAllMocks();
});

describe('a locale picked from Accept-Language on the server', () => {
  it('should render the server HTML and the first client render in it, with no hydration error, and keep it', async () => {
    const headers = new Headers({ 'accept-language': 'de-CH,de;q=0.9,en;q=0.5' });
    const locale = localeFromHeaders(headers, config.locales!);
    expect(locale).toBe('de');
    const server = await serverThenClient(headers, locale);
    expect(server).toEqual({ title: de.banner.title, caption: 'Notwendig' });
    expect(errors).toEqual([]);
    await act(async () => {});
    // The browser's Arabic does not override the locale the app chose.
    expect(title()).toBe(de.banner.title);
    expect(caption()).toBe('Notwendig');
    expect(container.querySelector('.ck-banner')!.getAttribute('dir')).toBe('ltr');
  });
});

describe('no locale from the server', () => {
  it('should hydrate the default locale with no hydration error, then switch to the browser\'s language (and its dir)', async () => {
    const server = await serverThenClient(new Headers());
    expect(server).toEqual({ title: en.banner.title, caption: 'Essential' });
    expect(errors).toEqual([]);
    await waitFor(() => expect(title()).toBe(ar.banner.title));
    expect(caption()).toBe('ضرورية');
    expect(container.querySelector('.ck-banner')!.getAttribute('dir')).toBe('rtl');
    expect(errors).toEqual([]);
  });
});
