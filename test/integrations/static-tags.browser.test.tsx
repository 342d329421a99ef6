import { cleanup, render } from '@testing-library/react';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { ConsentProvider } from '../../src/react/provider';
import { activateStaticTags } from '../../src/integrations/static-tags';
import { ConsentStaticTags } from '../../src/integrations/consent-static-tags';
import { embedConfig } from '../components/reach-fixtures';
import { interceptRequests } from './intercept';

const THIRD_PARTY = 'https://tags.third-party.test';
/** Every request that reached the fake third party, by URL. */
let requests: string[] = [];
let stop: () => Promise<void>;
const ran = () => (window as unknown as { ckRan?: string[] }).ckRan ?? [];

beforeAll(async () => {
  stop = await interceptRequests([`${THIRD_PARTY}/*`], ({ request }) => {
    requests.push(request.url);
    const name = new URL(request.url).pathname.slice(1);
    return request.url.endsWith('.js')
      ? new Response(`(window.ckRan = window.ckRan || []).push('${name}')`, { headers: { 'content-type': 'text/javascript' } })
      : new Response('<!doctype html><title>frame</title>', { headers: { 'content-type': 'text/html' } });
  });
});
afterAll(() => stop());
let host: HTMLDivElement;
beforeEach(() => {
  requests = [];
  delete (window as unknown as { ckRan?: string[] }).ckRan;
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  cleanup();
  host.remove();
});

/** Markup as a CMS or a pasted snippet would put it in the server HTML. */
const PAGE = `
  <script type="text/plain" data-consent-category="analytics" data-id="inline">(window.ckRan = window.ckRan || []).push('inline')</script>
  <script type="text/plain" data-consent-category="analytics" data-src="${THIRD_PARTY}/external.js"></script>
  <script type="text/plain" data-consent-service="youtube">(window.ckRan = window.ckRan || []).push('youtube')</script>
  <iframe title="Map" data-consent-category="functional" data-src="${THIRD_PARTY}/map"></iframe>
`;

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 5000 });

describe('consent-tagged markup in Chromium', () => {
  it('before consent, nothing runs and no request leaves; once granted, each kind activates in place', async () => {
    host.innerHTML = PAGE;
    const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
    const stopTags = activateStaticTags(store);
    await settle();
    expect(ran()).toEqual([]);
    expect(requests).toEqual([]);
    expect(host.querySelector('iframe')!.hasAttribute('src')).toBe(false);

    store.save({ analytics: true });
    await eventually(() => expect(ran()).toEqual(['inline', 'external.js']));
    expect(requests).toEqual([`${THIRD_PARTY}/external.js`]);
    // Replaced in place, attributes kept; the iframe and the service's script still wait.
    expect(host.querySelector('script[data-id="inline"]')!.getAttribute('type')).toBeNull();
    expect(host.querySelector('iframe')!.hasAttribute('src')).toBe(false);

    store.save({ functional: true, 'service:youtube': true });
    await eventually(() => expect(requests).toContain(`${THIRD_PARTY}/map`));
    expect(ran()).toEqual(['inline', 'external.js', 'youtube']);
    stopTags();
  });

  it('withdrawal unloads an iframe; scripts that ran are not run again on a new grant', async () => {
    host.innerHTML = PAGE;
    const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
    store.acceptAll();
    const stopTags = activateStaticTags(store);
    await eventually(() => expect(ran()).toHaveLength(3));
    const frame = host.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(`${THIRD_PARTY}/map`);
    store.rejectAll();
    expect(frame.getAttribute('src')).toBe('about:blank');
    store.acceptAll();
    expect(frame.getAttribute('src')).toBe(`${THIRD_PARTY}/map`);
    await settle();
    expect(ran()).toHaveLength(3);
    stopTags();
  });

  it('a tag naming a service and a category runs only once both are granted', async () => {
    // YouTube is a marketing service in the config; the page asks for functional as well.
    host.innerHTML = `<script type="text/plain" data-consent-service="youtube" data-consent-category="functional">(window.ckRan = window.ckRan || []).push('both')</script>`;
    const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
    const stopTags = activateStaticTags(store);
    store.save({ marketing: true, 'service:youtube': true, functional: false });
    await settle();
    expect(ran()).toEqual([]);
    store.save({ marketing: false, functional: true });
    await settle();
    expect(ran()).toEqual([]);
    store.save({ marketing: true, 'service:youtube': true, functional: true });
    await eventually(() => expect(ran()).toEqual(['both']));
    stopTags();
  });

  it('tags added later are found by the MutationObserver', async () => {
    const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
    store.save({ analytics: true });
    const stopTags = activateStaticTags(store);
    const later = document.createElement('section');
    later.innerHTML = `<script type="text/plain" data-consent-category="analytics">(window.ckRan = window.ckRan || []).push('later')</script>`;
    host.append(later);
    await eventually(() => expect(ran()).toEqual(['later']));
    stopTags();
  });

  it('refuses an iframe data-src that is not http(s), reporting it', async () => {
    host.innerHTML = `<iframe title="Bad" data-consent-category="functional" data-src="javascript:parent.ckBad=1"></iframe>`;
    const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
    store.acceptAll();
    const onError = vi.fn();
    activateStaticTags(store, { onError })();
    expect(host.querySelector('iframe')!.hasAttribute('src')).toBe(false);
    expect(onError).toHaveBeenCalledOnce();
    expect((window as unknown as { ckBad?: number }).ckBad).toBeUndefined();
  });

  it('<ConsentStaticTags> gives the activated scripts the provider nonce', async () => {
    host.innerHTML = PAGE;
    const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
    render(
      <ConsentProvider store={store} nonce="page-nonce">
        <ConsentStaticTags />
      </ConsentProvider>,
    );
    store.save({ analytics: true });
    await eventually(() => expect(ran()).toEqual(['inline', 'external.js']));
    const scripts = [...host.querySelectorAll('script')].filter((script) => !script.type);
    expect(scripts.map((script) => script.nonce)).toEqual(['page-nonce', 'page-nonce']);
  });
});
