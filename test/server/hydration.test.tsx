import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { encodeConsentRecord, type ConsentRecord } from '../../src/core/record';
import { createConsentStore } from '../../src/core/store';
import { ConsentBanner } from '../../src/components/banner';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent } from '../../src/react/use-consent';
import { useCookie } from '../../src/react/use-cookie';
import { ConsentScript } from '../../src/integrations/consent-script';
import { readConsentState, type ServerConsentState } from '../../src/server';
import fc from 'fast-check';
import { parseCookieHeader } from '../../src/core/cookie-jar';
import { shopConfig } from '../core/fixtures';
import { atMoment, consentCookieValue, drawnConfig } from './consent-cookie-arbitraries';

// Server render, then hydration of that HTML, as a framework does it: the server's reading goes to
// the provider as `serverState`, and the browser may differ (GPC, clock, cookies) until it has read.

// Whole seconds, as records store them.
const T = Math.floor(Date.now() / 1000) * 1000;
const record = (patch: Partial<ConsentRecord> = {}) =>
  encodeConsentRecord({
    schema: 1,
    revision: 1,
    id: 'c'.repeat(32),
    decidedAt: T / 1000 - 3600,
    expiresAt: T / 1000 - 3600 + shopConfig.consentExpirySeconds,
    method: 'accept-all',
    gpc: false,
    choices: { essential: true, functional: true, analytics: true, advertising: true },
    ...patch,
  });

/** Every value of the theme cookie a render showed, in order. */
let themes: string[] = [];

function Page() {
  const { decided, gpc, choices, reset } = useConsent();
  const [theme] = useCookie('theme-mode');
  themes.push(theme ?? 'none');
  return (
    <main>
      <p>{`decided=${decided} gpc=${gpc} advertising=${choices.advertising} theme=${theme ?? 'none'}`}</p>
      <ConsentBanner />
      <button data-reset onClick={reset}>
        Forget
      </button>
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
let errors: unknown[][];

/** Renders on the "server", lets the test change the browser, hydrates; returns the server HTML's text. */
async function serverThenClient(serverState: ServerConsentState, browser: () => void = () => {}) {
  themes = [];
  const html = renderToString(<App serverState={JSON.parse(JSON.stringify(serverState))} />);
  container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const serverText = container.querySelector('p')!.textContent;
  const serverBanner = container.querySelector('.ck-banner');
  browser();
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
  await act(async () => {
    // The client gets the state through JSON too, as an RSC payload or a loader would carry it.
    root = hydrateRoot(container, <App serverState={JSON.parse(JSON.stringify(serverState))} />, { onRecoverableError: (error) => errors.push([error]) });
  });
  return { serverText, serverBanner, hydrated: themes.slice() };
}

const text = () => container.querySelector('p')!.textContent;
const banner = () => container.querySelector('.ck-banner');

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  if (root) act(() => root!.unmount());
  root = undefined;
  container?.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  document.documentElement.removeAttribute('data-ck-decided');
  document.cookie = 'ck_consent=; Max-Age=0; Path=/';
});

const setGpc = (on: boolean) => Object.defineProperty(navigator, 'globalPrivacyControl', { value: on, configurable: true });

describe('given Global Privacy Control', () => {
  it('sent as Sec-GPC: 1, the server and the first client render should both deny the sale/sharing category, with no hydration error', async () => {
    const state = readConsentState(shopConfig, new Headers({ 'sec-gpc': '1' }));
    const { serverText } = await serverThenClient(state, () => setGpc(true));
    expect(serverText).toBe('decided=false gpc=true advertising=denied theme=none');
    expect(errors).toEqual([]);
    expect(text()).toBe(serverText);
    await act(async () => {});
    expect(text()).toBe(serverText);
  });

  it('on in the browser only (no header), hydration should match the server, then the browser signal should deny the category', async () => {
    const { serverText } = await serverThenClient(readConsentState(shopConfig, new Headers()), () => setGpc(true));
    expect(serverText).toBe('decided=false gpc=false advertising=undecided theme=none');
    expect(errors).toEqual([]);
    await waitFor(() => expect(text()).toBe('decided=false gpc=true advertising=denied theme=none'));
  });

  it('sent as a header while the browser has none (it was turned off since), hydration should match, then the browser signal should win', async () => {
    const state = readConsentState(shopConfig, new Headers({ 'sec-gpc': '1', cookie: `ck_consent=${record()}` }));
    vi.useFakeTimers({ toFake: ['Date'], now: T });
    const { serverText } = await serverThenClient(state, () => {
      setGpc(false);
      document.cookie = `ck_consent=${record()}; Path=/`;
    });
    expect(serverText).toBe('decided=true gpc=true advertising=denied theme=none');
    expect(errors).toEqual([]);
    await waitFor(() => expect(text()).toBe('decided=true gpc=false advertising=granted theme=none'));
  });
});

describe('between hydration and the first storage read', () => {
  it('a sale/sharing grant made without GPC should not be granted to code that asks (a gated script), while the render still shows the server signal', async () => {
    // The HTML came from a cache that ignored Sec-GPC; this browser has GPC on.
    const state = readConsentState(shopConfig, new Headers({ cookie: `ck_consent=${record()}` }));
    document.cookie = `ck_consent=${record()}; Path=/`;
    setGpc(true);
    const store = createConsentStore(shopConfig, { initialValue: state.value, initialGpc: state.gpc, initialTime: state.now });
    expect(store.getState().choices.advertising).toBe('granted');
    expect(store.isGranted('advertising')).toBe(false);
    expect(store.isGranted('analytics')).toBe(true);
  });

  // The HTML may come from a cache, or the person may have decided otherwise (in another tab) since
  // the request: the browser no longer holds the decision the server read.
  const stale = () => readConsentState(shopConfig, new Headers({ cookie: `ck_consent=${record()}` }));

  it('a server reading the browser does not hold grants nothing to code that asks', () => {
    const state = stale();
    const store = createConsentStore(shopConfig, { initialValue: state.value, initialTime: state.now });
    expect(store.getInitialState().choices.analytics).toBe('granted');
    expect(store.isGranted('analytics')).toBe(false);
    expect(store.getState().decided).toBe(false);
  });

  it('with a backend that answers later, grants nothing until it answers, then tells subscribers, even when it agrees', async () => {
    let answer = (_value: string) => {};
    const storage = { get: () => new Promise<string>((resolve) => (answer = resolve)), set: () => {}, remove: () => {} };
    const state = stale();
    const store = createConsentStore(shopConfig, { storage, initialValue: state.value, initialTime: state.now });
    const seen: boolean[] = [];
    const check = () => void seen.push(store.isGranted('analytics'));
    check();
    const stop = store.subscribe(check);
    expect(seen).toEqual([false]);
    answer(record());
    await waitFor(() => expect(seen.at(-1)).toBe(true));
    stop();
  });

  it.each([
    ['does not hold', false],
    ['holds', true],
  ])('a gated script under serverState waits for the cookie the browser %s', async (_, held) => {
    const state = stale();
    if (held) document.cookie = `ck_consent=${record()}; Path=/`;
    const src = 'https://analytics.example/tag.js';
    await act(async () => {
      render(
        <ConsentProvider config={shopConfig} serverState={JSON.parse(JSON.stringify(state))}>
          <ConsentScript category="analytics" src={src} />
        </ConsentProvider>,
      );
    });
    expect(!!document.head.querySelector(`script[src="${src}"]`)).toBe(held);
    document.head.querySelector(`script[src="${src}"]`)?.remove();
  });
});

describe('given a client clock that differs from the server', () => {
  const nearExpiry = () => {
    // Read at T by the server, with 10 s left; the browser's clock says a minute later.
    vi.useFakeTimers({ toFake: ['Date'], now: T });
    const value = record({ decidedAt: T / 1000 - 100, expiresAt: T / 1000 + 10 });
    const state = readConsentState(shopConfig, new Headers({ cookie: `ck_consent=${value}` }));
    return { state, value };
  };

  it('past the expiry, the first client render should still be the server one (decided, no banner), then the banner should come', async () => {
    const { state, value } = nearExpiry();
    const { serverText, serverBanner } = await serverThenClient(state, () => {
      document.cookie = `ck_consent=${value}; Path=/`;
      vi.setSystemTime(T + 60_000);
    });
    expect(serverText).toBe('decided=true gpc=false advertising=granted theme=none');
    expect(serverBanner).toBeNull();
    expect(errors).toEqual([]);
    await waitFor(() => expect(banner()).not.toBeNull());
    expect(text()).toBe('decided=false gpc=false advertising=undecided theme=none');
  });

  it('two days behind (the decision looks made in its future), hydration should match the server', async () => {
    const { state, value } = nearExpiry();
    await serverThenClient(state, () => {
      document.cookie = `ck_consent=${value}; Path=/`;
      vi.setSystemTime(T - 2 * 86400_000);
    });
    expect(errors).toEqual([]);
  });
});

describe('given no consent cookie', () => {
  it('server and client should both render the banner, undecided, with no hydration error', async () => {
    const { serverText, serverBanner } = await serverThenClient(readConsentState(shopConfig, new Headers({ cookie: 'other=1' })));
    expect(serverText).toBe('decided=false gpc=false advertising=undecided theme=none');
    expect(serverBanner).not.toBeNull();
    expect(errors).toEqual([]);
    expect(banner()).not.toBeNull();
  });
});

describe('useCookie', () => {
  it("should render the request's value of a granted cookie on the server and through hydration: a theme never flips", async () => {
    const header = `theme-mode=dark; ck_consent=${record()}`;
    const { serverText, hydrated } = await serverThenClient(readConsentState(shopConfig, new Headers({ cookie: header })), () => {
      document.cookie = `ck_consent=${record()}; Path=/`;
      document.cookie = 'theme-mode=dark; Path=/';
    });
    expect(serverText).toContain('theme=dark');
    expect(errors).toEqual([]);
    await act(async () => {});
    expect(text()).toContain('theme=dark');
    expect(new Set([...hydrated, ...themes])).toEqual(new Set(['dark']));
  });

  it('should show the browser value only after hydration when it differs from the request', async () => {
    const header = `theme-mode=dark; ck_consent=${record()}`;
    const { hydrated } = await serverThenClient(readConsentState(shopConfig, new Headers({ cookie: header })), () => {
      document.cookie = `ck_consent=${record()}; Path=/`;
      document.cookie = 'theme-mode=light; Path=/';
    });
    expect(errors).toEqual([]);
    expect(hydrated[0]).toBe('dark');
    await waitFor(() => expect(text()).toContain('theme=light'));
  });

  it('should not show the value of a cookie whose category is not granted', async () => {
    const header = `theme-mode=dark; ck_consent=${record({ choices: { essential: true, functional: false, analytics: true, advertising: true } })}`;
    const { serverText } = await serverThenClient(readConsentState(shopConfig, new Headers({ cookie: header })));
    expect(serverText).toContain('theme=none');
    expect(errors).toEqual([]);
  });
});

describe('given a page prerendered without the request (a static route)', () => {
  it('the banner should be in the server HTML as undecided, marked data-ck-prerendered; a returning visitor loses it once the store reads the cookie', async () => {
    const { serverBanner } = await serverThenClient(readConsentState(shopConfig, null), () => {
      document.cookie = `ck_consent=${record()}; Path=/`;
    });
    expect(serverBanner?.hasAttribute('data-ck-prerendered')).toBe(true);
    expect(errors).toEqual([]);
    await waitFor(() => expect(banner()).toBeNull());
    expect(text()).toBe('decided=true gpc=false advertising=granted theme=none');
  });

  it('a banner shown again after the store has read storage (a reset) should not carry data-ck-prerendered', async () => {
    await serverThenClient(readConsentState(shopConfig, new Headers({ cookie: `ck_consent=${record()}` })), () => {
      document.cookie = `ck_consent=${record()}; Path=/`;
    });
    expect(banner()).toBeNull();
    act(() => fireEvent.click(container.querySelector('button[data-reset]')!));
    expect(banner()).not.toBeNull();
    expect(banner()!.hasAttribute('data-ck-prerendered')).toBe(false);
  });
});

describe('readConsentState against the browser', () => {
  // The server reads one value from the Cookie header, the browser's store every copy in
  // document.cookie: both must pick the same decision, or the first render after hydration
  // shows another state than the server's (a banner that flashes, or one that comes late).
  it('given any config, consent cookies of any schema (several copies, some tampered), GPC and a region, should read the state the store reads from the same cookies, in any region (2,000 random jars)', () => {
    const now = Math.floor(Date.now() / 1000);
    fc.assert(
      fc.property(drawnConfig, fc.array(consentCookieValue(now), { maxLength: 3 }), fc.boolean(), fc.constantFrom(undefined, 'DE', 'US-CA', 'US-TX', 'JP'), (config, values, gpc, region) =>
        atMoment(now, () => {
          const header = values.map((value) => `ck_consent=${value}`).join('; ');
          const server = readConsentState(config, header, { gpc, region });
          const copies = parseCookieHeader(header).map(([, value]) => value);
          const browser = createConsentStore(config, { storage: { get: () => copies, set: () => {} }, gpc, doNotTrack: false, region }).getState();
          const shown = ({ decided, choices, policyUpdated, record }: typeof browser) => ({ decided, choices, policyUpdated, id: record?.id });
          expect(shown(server)).toEqual(shown(browser));
        }),
      ),
      { numRuns: 2000 },
    );
  });
});
