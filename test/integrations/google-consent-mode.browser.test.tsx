import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsentBanner } from '../../src/components/banner';
import { GoogleConsentMode } from '../../src/integrations/google-consent-mode-component';
import { GOOGLE_CONSENT_EVENT } from '../../src/integrations/google-consent-mode';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent } from '../../src/react/use-consent';
import { googleConsentModeDefaults } from '../../src/server';
import { shopConfig, storedValue } from '../core/fixtures';
import { interceptRequests } from './intercept';

type Recorded = { kind: 'arguments' | 'array' | 'object'; value: unknown };

declare global {
  interface Window {
    recorded?: Recorded[];
  }
}

/**
 * What gtag.js is served as: a stub that, like Google's library, first reads the queued dataLayer
 * and then every later push, recording each entry with its shape (gtag's `arguments`, an array,
 * or a plain event object).
 */
const RECORDING_GTAG = `(function () {
  var layer = window.dataLayer, push = layer.push;
  window.recorded = [];
  function record(entry) {
    var kind = Object.prototype.toString.call(entry) === '[object Arguments]' ? 'arguments' : Array.isArray(entry) ? 'array' : 'object';
    window.recorded.push({ kind: kind, value: kind === 'object' ? entry : Array.prototype.slice.call(entry) });
  }
  layer.forEach(record);
  layer.push = function () { Array.prototype.forEach.call(arguments, record); return push.apply(layer, arguments); };
})();`;

const requested: string[] = [];
let stopIntercepting: () => Promise<void>;

beforeAll(async () => {
  stopIntercepting = await interceptRequests(['https://www.googletagmanager.com/*'], ({ request }) => {
    requested.push(request.url);
    return new Response(RECORDING_GTAG, { headers: { 'content-type': 'text/javascript' } });
  });
});

afterAll(() => stopIntercepting());

beforeEach(() => {
  delete window.dataLayer;
  delete window.recorded;
});

// Other test files share this origin's cookie jar.
afterEach(() => {
  document.cookie = 'ck_consent=; Max-Age=0; Path=/';
});

/** Runs the head script as the server-rendered `<head>` would, before anything else. */
function headScript(text: string) {
  const script = document.createElement('script');
  script.text = text;
  document.head.appendChild(script);
  script.remove();
}

// Served through the DevTools protocol, the tag takes a few round trips to arrive: over 5 s on a
// busy 2-core machine. Each test waits up to 15 s for it, and needs room for the rest after that.
const tagLoaded = () => vi.waitFor(() => expect(window.recorded).toBeDefined(), { timeout: 15_000 });
vi.setConfig({ testTimeout: 40_000 });

const calls = () => window.recorded!.filter(({ kind }) => kind !== 'object').map(({ value }) => value as unknown[]);
const position = (match: (call: unknown[]) => boolean) => calls().findIndex(match);

function Status() {
  const { decided } = useConsent();
  return <p>{decided ? 'decided' : 'undecided'}</p>;
}

describe('Google Consent Mode in Chromium, against a recording gtag.js', () => {
  it('given a first visit, the default precedes every config and event call, every gtag entry is an arguments object, and a first Reject all sends an update and the dataLayer event', async () => {
    headScript(googleConsentModeDefaults(shopConfig));
    // The page's own early gtag call, as a site's snippet makes it.
    headScript("window.dataLayer.push(function(){return arguments}('event', 'early_event'))");
    render(
      <ConsentProvider config={shopConfig} nonce="n0nce">
        <GoogleConsentMode tagId="G-FIRST1" />
        <ConsentBanner />
        <Status />
      </ConsentProvider>,
    );
    await tagLoaded();
    expect(requested).toContain('https://www.googletagmanager.com/gtag/js?id=G-FIRST1');
    expect((document.querySelector('script[src*="G-FIRST1"]') as HTMLScriptElement).nonce).toBe('n0nce');

    await userEvent.click(await screen.findByRole('button', { name: 'Reject all' }));
    await screen.findByText('decided');

    expect(window.recorded!.filter(({ kind }) => kind === 'array')).toEqual([]);
    const defaultAt = position(([command, kind]) => command === 'consent' && kind === 'default');
    expect(defaultAt).toBe(0);
    for (const [index, [command]] of calls().entries()) {
      if (command === 'config' || command === 'event' || command === 'js') expect(index).toBeGreaterThan(defaultAt);
    }
    expect(calls().filter(([command, kind]) => command === 'consent' && kind === 'default')).toHaveLength(1);
    // The Reject all: an update although nothing was granted, then the event GTM triggers fire on.
    const updates = calls().filter(([command, kind]) => command === 'consent' && kind === 'update');
    expect(updates).toEqual([['consent', 'update', expect.objectContaining({ analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted' })]]);
    expect(window.recorded!.at(-1)).toEqual({
      kind: 'object',
      value: expect.objectContaining({ event: GOOGLE_CONSENT_EVENT, consentkit: expect.objectContaining({ method: 'reject-all', granted: ['essential'] }) }),
    });
  });

  it('given a returning visitor who accepted, the head script updates before the tag is configured, and a withdrawal sends the defaults back', async () => {
    document.cookie = `ck_consent=${storedValue({ choices: { essential: true, functional: true, analytics: true, advertising: true } }, Date.now() - 60_000)}; Path=/`;
    headScript(googleConsentModeDefaults(shopConfig));
    let controls: ReturnType<typeof useConsent> | undefined;
    function Capture() {
      controls = useConsent();
      return null;
    }
    render(
      <ConsentProvider config={shopConfig}>
        <GoogleConsentMode tagId="G-BACK22" />
        <Capture />
      </ConsentProvider>,
    );
    await tagLoaded();
    const firstUpdate = position(([command, kind]) => command === 'consent' && kind === 'update');
    expect(firstUpdate).toBe(2); // default, ads_data_redaction, update
    expect(calls()[firstUpdate]![2]).toEqual(expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted' }));
    expect(position(([command]) => command === 'config')).toBeGreaterThan(firstUpdate);

    act(() => controls!.reset());
    expect(calls().at(-1)).toEqual(['consent', 'update', expect.objectContaining({ analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted' })]);
    expect(window.recorded!.at(-1)!.value).toMatchObject({ event: GOOGLE_CONSENT_EVENT, consentkit: { method: 'reset', id: null } });
  });
});
