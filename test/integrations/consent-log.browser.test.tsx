import { StrictMode } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsentBanner } from '../../src/components/banner';
import { createConsentStore } from '../../src/core/store';
import { decodeConsentRecord } from '../../src/core/record';
import { ConsentLog, type ConsentLogProps } from '../../src/integrations/consent-log-component';
import type { ConsentLogPayload } from '../../src/integrations/consent-log';
import { ConsentProvider } from '../../src/react/provider';
import { createConsentLogHandler, memoryConsentLog } from '../../src/server';
import { shopConfig } from '../core/fixtures';
import { interceptRequests } from './intercept';

type Seen = { type: string; payload: ConsentLogPayload };

const ENDPOINT = '/__consent-log';
let seen: Seen[] = [];
let sink = memoryConsentLog();
/** How the endpoint answers: the real handler by default, on a memory sink; tests replace it. */
let respond: (request: Request) => Promise<Response> | 'offline';
let stopIntercepting: () => Promise<void>;

beforeAll(async () => {
  // Requests to the endpoint are answered here, in the page, by the handler the server would run.
  stopIntercepting = await interceptRequests([`*${ENDPOINT}*`], ({ resourceType, request }) => {
    seen.push({ type: resourceType, payload: JSON.parse(request.postData ?? 'null') });
    return respond(new Request(request.url, { method: request.method, body: request.postData }));
  });
});

afterAll(() => stopIntercepting());

beforeEach(() => {
  seen = [];
  sink = memoryConsentLog();
  const handle = createConsentLogHandler(shopConfig, { sink });
  respond = handle;
});

afterEach(() => {
  delete (navigator as { onLine?: boolean }).onLine;
  document.cookie = 'ck_consent=; Max-Age=0; Path=/';
  localStorage.clear();
});

const goOffline = () => Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
const queued = () => JSON.parse(localStorage.getItem('ck_consent_log') ?? '{"pending":[]}').pending as unknown[];
// Requests go through the DevTools protocol and back: a few round trips.
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 5000 });
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

function App({ store, ...props }: { store: ReturnType<typeof createConsentStore> } & Partial<ConsentLogProps>) {
  return (
    <StrictMode>
      <ConsentProvider store={store} messages={{ locale: 'de', banner: { title: 'Wir verwenden Cookies' } }}>
        <ConsentLog endpoint={ENDPOINT} retryDelay={50} {...props} />
        <ConsentBanner />
      </ConsentProvider>
    </StrictMode>
  );
}

describe('ConsentLog in Chromium', () => {
  it('given a decision, should deliver it exactly once, with the record, the texts on screen, their locale and the page, and nothing again after a reload', async () => {
    const store = createConsentStore(shopConfig);
    const { unmount } = render(<App store={store} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Accept all' }));
    const { id } = store.getState().record!;
    await eventually(() => expect(sink.entries.has(id)).toBe(true));
    await settle();
    expect(seen).toHaveLength(1);
    const [{ type, payload }] = seen as [Seen];
    // A fetch (the protocol calls it XHR), not a beacon.
    expect(type).toMatch(/^(XHR|Fetch)$/);
    expect(decodeConsentRecord(payload.record, shopConfig.categoryIds)).toMatchObject({ ok: true, record: { id, method: 'accept-all', gpc: false } });
    expect(payload).toMatchObject({ replaces: null, locale: 'de', page: `${location.origin}${location.pathname}`, texts: { banner: { title: 'Wir verwenden Cookies', acceptAll: 'Accept all' } } });
    expect(payload.texts.categories.advertising).toEqual({ title: 'Advertising', description: 'Personalised ads.', required: false, saleOrSharing: true });
    expect(queued()).toEqual([]);

    unmount();
    render(<App store={createConsentStore(shopConfig)} />);
    await settle();
    expect(seen).toHaveLength(1);
  });

  it('given the endpoint failed once, should retry after a backoff and store the decision once', async () => {
    const handle = respond;
    let failures = 1;
    respond = (request) => (failures-- > 0 ? Promise.resolve(new Response('{}', { status: 503 })) : handle(request));
    const store = createConsentStore(shopConfig);
    render(<App store={store} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Reject all' }));
    await eventually(() => expect(sink.entries.size).toBe(1));
    expect(seen).toHaveLength(2);
    expect(seen[1]!.payload).toEqual(seen[0]!.payload);
    expect(sink.entries.get(store.getState().record!.id)!.record.method).toBe('reject-all');
    await settle();
    expect(seen).toHaveLength(2);
  });

  it('given the browser offline, should keep the decision queued across a reload and send it once back online', async () => {
    goOffline();
    respond = () => 'offline';
    const store = createConsentStore(shopConfig);
    const first = render(<App store={store} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Accept all' }));
    await settle();
    expect(seen).toHaveLength(0);
    expect(queued()).toHaveLength(1);

    // The next page, still offline.
    first.unmount();
    render(<App store={createConsentStore(shopConfig)} />);
    await settle();
    expect(seen).toHaveLength(0);

    delete (navigator as { onLine?: boolean }).onLine;
    respond = createConsentLogHandler(shopConfig, { sink });
    dispatchEvent(new Event('online'));
    await eventually(() => expect(sink.entries.has(store.getState().record!.id)).toBe(true));
    await settle();
    expect(seen).toHaveLength(1);
    expect(queued()).toEqual([]);
  });

  it('given a withdrawal between two decisions, should log it, each entry naming the record it replaced, so that the history is one chain', async () => {
    const store = createConsentStore(shopConfig);
    render(<App store={store} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Accept all' }));
    const accepted = store.getState().record!.id;
    await eventually(() => expect(sink.entries.size).toBe(1));
    act(() => store.reset());
    await eventually(() => expect(sink.entries.size).toBe(2));
    await userEvent.click(await screen.findByRole('button', { name: 'Reject all' }));
    const rejected = store.getState().record!.id;
    await eventually(() => expect(sink.entries.size).toBe(3));

    const history = await sink.history(accepted);
    expect(history.entries.map(({ method }) => method)).toEqual(['accept-all', 'reset', 'reject-all']);
    expect(history.entries[1]!.replaces).toBe(accepted);
    expect(history.entries[2]).toMatchObject({ id: rejected, replaces: history.entries[1]!.id });
  });

  it('given an entry still waiting for a retry when the page is hidden, should hand it to sendBeacon and keep it queued', async () => {
    respond = () => Promise.resolve(new Response('{}', { status: 503 }));
    const store = createConsentStore(shopConfig);
    render(<App store={store} retryDelay={60_000} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Accept all' }));
    await eventually(() => expect(seen).toHaveLength(1));
    await settle();
    dispatchEvent(new PageTransitionEvent('pagehide'));
    await eventually(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toEqual({ type: 'Ping', payload: seen[0]!.payload });
    expect(queued()).toHaveLength(1);
  });

  it('given the endpoint refusing an entry for good (400), should drop it and call onRefused', async () => {
    respond = () => Promise.resolve(new Response('{"error":"record"}', { status: 400 }));
    const onRefused = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<App store={createConsentStore(shopConfig)} onRefused={onRefused} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Accept all' }));
    await eventually(() => expect(onRefused).toHaveBeenCalledWith(400, expect.objectContaining({ locale: 'de' })));
    await settle();
    expect(seen).toHaveLength(1);
    expect(queued()).toEqual([]);
  });
});
