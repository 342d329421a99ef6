import { act, waitFor } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ConsentBanner } from '../../src/components/banner';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent } from '../../src/react/use-consent';
import { readConsentState, regionFromHeaders, type ServerConsentState } from '../../src/server';
import { shopConfig } from '../core/fixtures';

// Server render in a region, then hydration: the server's model and grants are the first client
// render's, and the banner shows only where the model asks for one.

function Page() {
  const { choices, model } = useConsent();
  return (
    <main>
      <p>{`model=${model} advertising=${choices.advertising} analytics=${choices.analytics}`}</p>
      <ConsentBanner />
    </main>
  );
}

const App = ({ serverState }: { serverState: ServerConsentState }) => (
  <ConsentProvider config={shopConfig} serverState={serverState}>
    <Page />
  </ConsentProvider>
);

let root: Root | undefined;
let container: HTMLElement;

afterEach(() => {
  if (root) act(() => root!.unmount());
  root = undefined;
  container?.remove();
  vi.restoreAllMocks();
  document.cookie = 'ck_consent=; Max-Age=0; Path=/';
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
});

describe('server render and hydration per region', () => {
  it.each([
    ['California (Vercel headers)', { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'CA' }, 'model=opt-out advertising=granted analytics=undecided', false],
    ['California with GPC', { 'x-vercel-ip-country': 'US', 'x-vercel-ip-country-region': 'CA', 'sec-gpc': '1' }, 'model=opt-out advertising=denied analytics=undecided', false],
    ['Germany (Cloudflare)', { 'cf-ipcountry': 'DE' }, 'model=opt-in advertising=undecided analytics=undecided', true],
    ['Japan (CloudFront)', { 'cloudfront-viewer-country': 'JP' }, 'model=none advertising=granted analytics=granted', false],
  ] as const)('%s: server and first client render should agree, with no hydration error', async (_, headers, expected, bannerShown) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const request = new Headers(headers);
    const state = JSON.parse(JSON.stringify(readConsentState(shopConfig, request, { region: regionFromHeaders(request) }))) as ServerConsentState;
    container = document.createElement('div');
    container.innerHTML = renderToString(<App serverState={state} />);
    document.body.append(container);
    expect(container.querySelector('p')!.textContent).toBe(expected);
    // The browser sends what its request did.
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: 'sec-gpc' in headers, configurable: true });
    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
    await act(async () => {
      root = hydrateRoot(container, <App serverState={state} />, { onRecoverableError: (error) => errors.push(error) });
    });
    // The first client render matched the server's HTML (React reports any difference).
    expect(errors).toEqual([]);
    await waitFor(() => expect(!!container.querySelector('.ck-banner')).toBe(bannerShown));
    // Once connected, a GPC opt-out is stored: a decision, so the categories it did not grant read denied.
    await waitFor(() => expect(container.querySelector('p')!.textContent).toBe('sec-gpc' in headers ? expected.replace('analytics=undecided', 'analytics=denied') : expected));
  });
});
