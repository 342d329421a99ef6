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

  it.each([1, 2, 3, 4])(
    'should date a withdrawal before the decision it withdraws had lapsed, on a clock that moves between readings (starting %i s before)',
    async (before) => {
      const fetch = vi.fn(async () => new Response('{}', { status: 201 }));
      vi.stubGlobal('fetch', fetch);
      const decided = Date.now();
      const store = createConsentStore(shopConfig, { storage: memoryAdapter(), now: () => decided });
      const stop = logConsent(store, { endpoint: '/log', texts });
      store.acceptAll();
      await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
      // The log's clock moves a second at each of its readings, from shortly before the decision
      // lapses (jsdom's cookie jar reads the clock too: only the log's readings count).
      const lapses = Math.floor(decided / 1000) + shopConfig.consentExpirySeconds;
      let readings = 0;
      vi.spyOn(Date, 'now').mockImplementation(() => {
        const caller = (new Error().stack ?? '').split('\n').find((frame) => frame.includes(' at ') && !/node_modules|\.test\./.test(frame));
        return (lapses - before + (caller?.includes('src/integrations/consent-log') ? readings++ : 0)) * 1000;
      });
      store.reset();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const withdrawals = fetch.mock.calls
        .map((call) => JSON.parse((call as unknown as [string, RequestInit])[1].body as string))
        .filter(({ replaces }) => replaces !== null)
        .map(({ record }) => (decodeConsentRecord(record, []) as { ok: true; record: { method: string; decidedAt: number } }).record)
        .filter(({ method }) => method === 'reset');
      // Logged when the log found the decision current, and dated then.
      expect(withdrawals.every(({ decidedAt }) => decidedAt < lapses)).toBe(true);
      if (before > 2) expect(withdrawals).not.toEqual([]);
      stop();
    },
  );

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
