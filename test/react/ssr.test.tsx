import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { encodeConsentRecord } from '../../src/core/record';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent } from '../../src/react/use-consent';
import { useCookie } from '../../src/react/use-cookie';
import { readConsentCookie } from '../../src/server/read-consent-cookie';
import { shopConfig } from '../core/fixtures';

const decidedAt = Math.floor(Date.now() / 1000) - 3600;
const stored = encodeConsentRecord({
  schema: 1,
  revision: 1,
  id: 'c'.repeat(32),
  decidedAt,
  expiresAt: decidedAt + shopConfig.consentExpirySeconds,
  method: 'custom',
  gpc: false,
  choices: { essential: true, functional: true, analytics: false, advertising: false },
});

function Page() {
  const { loading, decided } = useConsent();
  const analytics = useConsent('analytics');
  const functional = useConsent('functional');
  const [theme] = useCookie('theme-mode');
  return <main>{loading ? 'loading' : `decided=${decided} functional=${functional} analytics=${analytics} theme=${theme ?? 'none'}`}</main>;
}

const App = ({ initialValue }: { initialValue?: string | null }) => (
  <ConsentProvider config={shopConfig} initialValue={initialValue} gpc={false}>
    <Page />
  </ConsentProvider>
);

/** Renders on the "server", then hydrates that HTML in the page; returns both texts. */
async function serverThenClient(props: { initialValue?: string | null }) {
  const html = renderToString(<App {...props} />);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const serverText = container.textContent;
  const errors = vi.spyOn(console, 'error');
  let root!: Root;
  await act(async () => {
    root = hydrateRoot(container, <App {...props} />, { onRecoverableError: (error) => console.error(error) });
  });
  const clientText = container.textContent;
  act(() => root.unmount());
  container.remove();
  return { serverText, clientText, errors: errors.mock.calls };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('server rendering then hydration', () => {
  it('given the consent cookie read from the request, the server should render the decided state and the client should hydrate it without a warning', async () => {
    const header = `theme-mode=dark; ck_consent=${stored}; other=1`;
    document.cookie = `ck_consent=${stored}; Path=/`;
    const { serverText, clientText, errors } = await serverThenClient({ initialValue: readConsentCookie(header) });
    expect(serverText).toBe('decided=true functional=true analytics=false theme=none');
    expect(clientText).toBe(serverText);
    expect(errors).toEqual([]);
  });

  it('given no consent cookie in the request, server and client should both render "not decided"', async () => {
    const { serverText, clientText, errors } = await serverThenClient({ initialValue: readConsentCookie('other=1') });
    expect(serverText).toBe('decided=false functional=false analytics=false theme=none');
    expect(clientText).toBe(serverText);
    expect(errors).toEqual([]);
  });

  it('without initialValue the server should render loading, and the client should move to the stored decision after hydrating', async () => {
    document.cookie = `ck_consent=${stored}; Path=/`;
    document.cookie = 'theme-mode=dark; Path=/';
    const { serverText, clientText, errors } = await serverThenClient({});
    expect(serverText).toBe('loading');
    expect(clientText).toBe('decided=true functional=true analytics=false theme=dark');
    expect(errors).toEqual([]);
  });
});
