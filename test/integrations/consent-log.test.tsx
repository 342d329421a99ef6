import { renderToString } from 'react-dom/server';
import { createConsentStore } from '../../src/core/store';
import { decodeConsentRecord } from '../../src/core/record';
import { memoryAdapter } from '../../src/storage/memory';
import { logConsent } from '../../src/integrations/consent-log';
import { ConsentLog } from '../../src/integrations/consent-log-component';
import { consentTexts } from '../../src/integrations/consent-texts';
import { GoogleConsentMode } from '../../src/integrations/google-consent-mode-component';
import { ConsentProvider } from '../../src/react/provider';
import { shopConfig } from '../core/fixtures';

const texts = consentTexts(shopConfig);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('logConsent', () => {
  it('given localStorage that throws, should keep the queue in memory and still deliver each decision once', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const fetch = vi.fn(async () => new Response('{}', { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const store = createConsentStore(shopConfig, { storage: memoryAdapter() });
    const stop = logConsent(store, { endpoint: '/log', texts });
    store.rejectAll();
    store.acceptAll();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    const bodies = fetch.mock.calls.map((call) => JSON.parse((call as unknown as [string, RequestInit])[1].body as string));
    expect(bodies.map(({ record }) => decodeConsentRecord(record, shopConfig.categoryIds).ok && decodeConsentRecord(record, []).ok)).toEqual([true, true]);
    // The second names the first as the record it replaced.
    expect(bodies[1].replaces).toBe((decodeConsentRecord(bodies[0].record, []) as { record: { id: string } }).record.id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetch).toHaveBeenCalledTimes(2);
    stop();
  });

  it('given a decision that lapses while the page is open, should log no withdrawal', async () => {
    let now = Date.now();
    const fetch = vi.fn(async () => new Response('{}', { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const store = createConsentStore(shopConfig, { storage: memoryAdapter(), now: () => now });
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const stop = logConsent(store, { endpoint: '/log', texts });
    store.acceptAll();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    now += (shopConfig.consentExpirySeconds + 10) * 1000;
    const disconnect = store.connect();
    await vi.waitFor(() => expect(store.getState().decided).toBe(false));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetch).toHaveBeenCalledTimes(1);
    disconnect();
    stop();
  });
});

describe('on a server', () => {
  it('should render GoogleConsentMode and ConsentLog to nothing, touching no browser API', () => {
    vi.stubGlobal('window', undefined);
    expect(
      renderToString(
        <ConsentProvider config={shopConfig} initialValue={null}>
          <GoogleConsentMode tagId="G-SERVER1" />
          <ConsentLog endpoint="/log" />
          <p>page</p>
        </ConsentProvider>,
      ),
    ).toBe('<p>page</p>');
  });
});
