import { decodeConsentRecord } from '../../src/core/record';
import { createConsentStore } from '../../src/core/store';
import { cookieAdapter } from '../../src/storage/cookie';
import { memoryAdapter } from '../../src/storage/memory';
import type { ConsentStorage } from '../../src/storage/types';
import { consentCookieIds, deferred, shopConfig, storedValue } from './fixtures';

const T0 = Date.UTC(2026, 0, 15);
const ids = shopConfig.categoryIds;

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('G2: a decision is stored and announced whatever app code does in its callbacks', () => {
  const boom = new Error('a bug in the app');

  it.each([
    ['a subscribe listener', 'subscribe listener'],
    ['onChange', 'onChange'],
    ['onDecision', 'onDecision'],
  ] as const)('given %s that throws, Accept all should still be stored, run later listeners, reach other stores, and surface the error', async (_, callback) => {
    const rethrown = vi.fn();
    vi.stubGlobal('reportError', rethrown);
    const onError = vi.fn();
    const throwing = () => {
      throw boom;
    };
    const here = createConsentStore(shopConfig, {
      storage: cookieAdapter(),
      gpc: false,
      onError,
      ...(callback === 'onChange' ? { onChange: throwing } : callback === 'onDecision' ? { onDecision: throwing } : {}),
    });
    const there = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    const stops = [here.connect(), there.connect()];
    await vi.dynamicImportSettled();
    if (callback === 'subscribe listener') here.subscribe(throwing);
    const later = vi.fn();
    here.subscribe(later);

    expect(() => here.acceptAll()).not.toThrow();

    expect(consentCookieIds()).toEqual([here.getState().record!.id]);
    expect(later).toHaveBeenCalled();
    expect(onError).toHaveBeenCalledWith({ kind: 'callback', callback, error: boom });
    expect(rethrown).toHaveBeenCalledWith(boom);
    await vi.waitFor(() => expect(there.getState().record?.id).toBe(here.getState().record!.id));
    stops.forEach((stop) => stop());
  });

  it('given an onError that throws, should rethrow it without reporting it again (no loop)', () => {
    const rethrown = vi.fn();
    vi.stubGlobal('reportError', rethrown);
    const onError = vi.fn(() => {
      throw boom;
    });
    const s = createConsentStore(shopConfig, { storage: memoryAdapter(), onChange: () => { throw new Error('first'); }, onError });
    s.acceptAll();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(rethrown).toHaveBeenCalledWith(boom);
    expect(s.getState().decided).toBe(true);
  });
});

describe('decisions while stored consent is still loading', () => {
  it('given save() before the stored decision has loaded, should keep the earlier grants it leaves out', async () => {
    const get = deferred<string>();
    const storage = { get: () => get.promise, set: vi.fn(), remove: vi.fn() };
    const s = createConsentStore(shopConfig, { storage, gpc: false, now: () => T0 + 60_000 });
    expect(s.getState().status).toBe('loading');

    s.save({ analytics: true });
    expect(storage.set).not.toHaveBeenCalled();
    get.resolve(storedValue({ choices: { essential: true, functional: true, analytics: false, advertising: true } }, T0));

    await vi.waitFor(() => expect(s.getState().status).toBe('ready'));
    expect(s.getState().choices).toEqual({ essential: 'granted', functional: 'granted', analytics: 'granted', advertising: 'granted' });
    expect(storage.set).toHaveBeenCalledTimes(1);
    expect(decodeConsentRecord(storage.set.mock.calls[0]![0], ids)).toMatchObject({ ok: true, record: { method: 'custom' } });
  });

  it('given save() refusing a category before a stored decision granting it has loaded, should never grant it in between', async () => {
    const get = deferred<string>();
    const s = createConsentStore(shopConfig, { storage: { get: () => get.promise, set() {}, remove() {} }, gpc: false, now: () => T0 + 60_000 });
    // What a gated script or a cookie writer sees each time it is told of a change.
    const seen: boolean[] = [];
    s.subscribe(() => seen.push(s.isGranted('analytics')));
    const onChange = vi.fn();
    s.observe({ onChange });

    s.save({ analytics: false });
    get.resolve(storedValue({ choices: { essential: true, functional: true, analytics: true, advertising: false } }, T0));
    await vi.waitFor(() => expect(s.getState().status).toBe('ready'));

    expect(seen).not.toContain(true);
    expect(onChange.mock.calls.map(([change]) => change.next.choices.analytics)).not.toContain('granted');
    // The grants it left out still come from what loaded.
    expect(s.getState().choices).toMatchObject({ functional: 'granted', analytics: 'denied' });
  });

  it("given save() before the stored decision has loaded and another tab's decision arriving first, should apply the saved choices on top of it at once", async () => {
    let value: string | undefined;
    const answers: (() => void)[] = [];
    const storage: ConsentStorage = {
      key: 'backend',
      // The first read hangs until the test answers it; writes land at once.
      get: () => new Promise((resolve) => answers.push(() => resolve(value))),
      set: (next) => void (value = next),
    };
    const s = createConsentStore(shopConfig, { storage, gpc: false, now: () => T0 + 60_000 });
    const stop = s.connect();
    await vi.dynamicImportSettled();
    await vi.waitFor(() => expect(answers.length).toBeGreaterThan(0));
    const seen: boolean[] = [];
    s.subscribe(() => seen.push(s.isGranted('analytics')));

    s.save({ analytics: false });
    const other = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false, now: () => T0 + 30_000 });
    other.acceptAll();
    new BroadcastChannel('consentkit:backend').postMessage(storedValue({ ...other.getState().record!, choices: { essential: true, functional: true, analytics: true, advertising: true } }, T0 + 30_000));
    await vi.waitFor(() => expect(s.getState().status).toBe('ready'));
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(seen).not.toContain(true);
    expect(s.getState().choices).toMatchObject({ functional: 'granted', analytics: 'denied' });
    answers.forEach((answer) => answer());
    stop();
  });

  it('given Accept all before the stored decision has loaded, should not be undone by what loads', async () => {
    const get = deferred<string>();
    const s = createConsentStore(shopConfig, { storage: { get: () => get.promise, set() {}, remove() {} }, gpc: false, now: () => T0 + 60_000 });
    s.getState();
    s.acceptAll();
    get.resolve(storedValue({}, T0));
    await get.promise;
    await Promise.resolve();
    expect(s.getState().record?.method).toBe('accept-all');
  });
});

describe('asynchronous storage', () => {
  /** A shared backend whose calls settle after the given delays (ms), in call order. */
  function backend(delays: number[] = []) {
    let value: string | undefined;
    const later = <T,>(run: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(run()), delays.shift() ?? 0));
    const storage: ConsentStorage = {
      key: 'backend',
      get: () => later(() => value),
      set: (next) => later(() => void (value = next)),
      remove: () => later(() => void (value = undefined)),
    };
    return { storage, value: () => value };
  }

  it('given two quick decisions whose writes would settle out of order, storage and every store should end on the last one', async () => {
    // The first write is slow, the second fast: unserialised, storage would end on the first.
    const shared = backend([0, 0, 80, 0]);
    const a = createConsentStore(shopConfig, { storage: shared.storage, gpc: false });
    const b = createConsentStore(shopConfig, { storage: shared.storage, gpc: false });
    const stops = [a.connect(), b.connect()];
    await vi.dynamicImportSettled();
    await vi.waitFor(() => expect([a.getState().status, b.getState().status]).toEqual(['ready', 'ready']));

    a.acceptAll();
    a.rejectAll();

    await vi.waitFor(() => expect(decodeConsentRecord(shared.value(), ids)).toMatchObject({ record: { method: 'reject-all' } }));
    await vi.waitFor(() => expect(b.getState().record?.method).toBe('reject-all'));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(decodeConsentRecord(shared.value(), ids)).toMatchObject({ record: { id: a.getState().record!.id } });
    expect(b.getState().record?.id).toBe(a.getState().record!.id);
    stops.forEach((stop) => stop());
  });

  it('given overlapping reads, should never let a stale answer overwrite a newer one', async () => {
    let value: string | undefined;
    const answers: ((value: string | undefined) => void)[] = [];
    const storage: ConsentStorage = {
      // Each read answers with what storage held when it was asked, when the test says so.
      get: () => {
        const seen = value;
        return new Promise((resolve) => answers.push(() => resolve(seen)));
      },
      set() {},
      remove() {},
      subscribe: () => () => {},
    };
    const s = createConsentStore(shopConfig, { storage, gpc: false, now: () => T0 + 1000 });
    s.subscribe(() => {});
    answers.shift()!(undefined);
    await vi.waitFor(() => expect(s.getState().status).toBe('ready'));

    const stop = s.connect();
    await vi.dynamicImportSettled();
    value = storedValue({ id: '1'.repeat(32) }, T0); // read by the first re-read
    document.dispatchEvent(new Event('visibilitychange'));
    value = storedValue({ id: '2'.repeat(32), method: 'reject-all' }, T0 + 500); // read by the second
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(answers.length).toBe(1));
    answers.shift()!(undefined);
    await vi.waitFor(() => expect(answers.length).toBe(1));
    answers.shift()!(undefined);
    await vi.waitFor(() => expect(s.getState().record?.id).toBe('2'.repeat(32)));
    stop();
  });

  it('given a write that lands after its timeout, over a newer decision, should store the newer one again without any other event', async () => {
    vi.useFakeTimers({ now: T0 });
    let value: string | undefined;
    // The first write answers after 500 ms, long after the 100 ms timeout; the second at once.
    const delays = [500, 10];
    const storage: ConsentStorage = {
      get: () => Promise.resolve(value),
      set: (next) => new Promise<void>((resolve) => setTimeout(() => resolve(void (value = next)), delays.shift() ?? 0)),
      remove: () => Promise.resolve(),
    };
    const s = createConsentStore(shopConfig, { storage, gpc: false, loadTimeout: 100 });
    s.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(0);
    s.acceptAll();
    await vi.advanceTimersByTimeAsync(0);
    s.rejectAll();
    await vi.advanceTimersByTimeAsync(1000);
    expect(decodeConsentRecord(value, ids)).toMatchObject({ ok: true, record: { method: 'reject-all', id: s.getState().record!.id } });
  });

  describe('given a get() that never answers', () => {
    const stalled = (answer?: Promise<string>): ConsentStorage => ({ get: () => answer ?? new Promise(() => {}), set() {}, remove() {} });

    it('should be ready and undecided after loadTimeout (3000 ms by default), and report it', async () => {
      vi.useFakeTimers({ now: T0 });
      const onError = vi.fn();
      const s = createConsentStore(shopConfig, { storage: stalled(), onError });
      s.subscribe(() => {});
      await vi.advanceTimersByTimeAsync(2999);
      expect(s.getState().status).toBe('loading');
      await vi.advanceTimersByTimeAsync(1);
      expect(s.getState()).toMatchObject({ status: 'ready', decided: false });
      expect(onError).toHaveBeenCalledWith({ kind: 'storage', operation: 'get', error: expect.objectContaining({ name: 'TimeoutError' }) });
    });

    it('given the answer arrives late and nobody decided meanwhile, should take it', async () => {
      vi.useFakeTimers({ now: T0 + 1000 });
      const answer = deferred<string>();
      const s = createConsentStore(shopConfig, { storage: stalled(answer.promise), loadTimeout: 500 });
      s.subscribe(() => {});
      await vi.advanceTimersByTimeAsync(500);
      expect(s.getState().decided).toBe(false);
      answer.resolve(storedValue({}, T0));
      await vi.advanceTimersByTimeAsync(0);
      expect(s.getState().decided).toBe(true);
    });

    it('given the person decided before the late answer, should keep their decision', async () => {
      vi.useFakeTimers({ now: T0 + 1000 });
      const answer = deferred<string>();
      const s = createConsentStore(shopConfig, { storage: stalled(answer.promise), loadTimeout: 500, gpc: false });
      s.subscribe(() => {});
      await vi.advanceTimersByTimeAsync(500);
      s.rejectAll();
      answer.resolve(storedValue({ method: 'accept-all' }, T0));
      await vi.advanceTimersByTimeAsync(0);
      expect(s.getState().record?.method).toBe('reject-all');
    });
  });
});

describe('storage that answers with what no adapter should', () => {
  // An object without a prototype, one whose toString throws, a thenable whose then throws.
  const bare = () => Object.create(null);
  const explosive = () => ({ toString: () => { throw new Error('boom'); } });
  it.each([
    ['an object without a prototype', bare],
    ['an array holding one', () => [bare()]],
    ['an object whose toString throws', explosive],
    ['an object whose then getter throws', () => ({ get then() { throw new Error('boom'); } })],
  ])('given %s from a synchronous get(), a render reading the state should not throw, and nothing is decided', (_, get) => {
    const store = createConsentStore(shopConfig, { storage: { get, set: () => {} } as unknown as ConsentStorage, gpc: false });
    expect(() => store.getState()).not.toThrow();
    expect(store.getState()).toMatchObject({ status: 'ready', decided: false });
  });

  it.each([
    ['resolving to an object without a prototype', async () => bare()],
    ['returning a thenable whose then() throws', () => ({ then: () => { throw new Error('boom'); } })],
  ])('given a get() %s, should end undecided and still store later decisions', async (_, get) => {
    const set = vi.fn();
    const store = createConsentStore(shopConfig, { storage: { get, set } as unknown as ConsentStorage, gpc: false, loadTimeout: 50 });
    store.getState();
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    expect(store.getState().decided).toBe(false);
    store.rejectAll();
    await vi.waitFor(() => expect(set).toHaveBeenCalled());
  });
});

describe('a polluted Object.prototype (another script merged {"__proto__": …} into it)', () => {
  const proto = Object.prototype as Record<string, unknown>;
  afterEach(() => {
    for (const name of ['required', 'optOut', 'analytics', 'ga']) delete proto[name];
  });

  it.each([
    // Opt-in: nothing runs before a decision; opt-out: only the sale/sharing category the config marks.
    ['required', 'DE', []],
    ['optOut', 'US-CA', ['advertising']],
  ])('Object.prototype.%s = true should grant nothing more before a decision (region %s)', (flag, region, expected) => {
    proto[flag] = true;
    const store = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false, region });
    expect(ids.filter((id) => id !== 'essential' && store.isGranted(id))).toEqual(expected);
  });

  it('a category name on it should not turn a stored decision that does not name it into a grant, nor a save() that leaves it out', () => {
    const stored = storedValue({ choices: { essential: true, functional: true, advertising: false } });
    proto.analytics = true;
    const store = createConsentStore(shopConfig, { storage: memoryAdapter(stored), gpc: false, now: () => Date.UTC(2026, 0, 16) });
    expect(store.isGranted('analytics')).toBe(false);
    store.save({ functional: false });
    expect(store.isGranted('analytics')).toBe(false);
  });
});

describe('reports', () => {
  it('given a refused stored value, should report it once, not again each time the page re-reads storage', async () => {
    const onError = vi.fn();
    const s = createConsentStore(shopConfig, { storage: memoryAdapter('not-a-record'), onError });
    s.subscribe(() => {});
    const stop = s.connect();
    await vi.dynamicImportSettled();
    document.dispatchEvent(new Event('visibilitychange'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith({ kind: 'record', reason: 'malformed' });
    stop();
  });
});

describe('a config that would erase the consent cookie', () => {
  it.each([
    ['a family matching a custom consent cookie', { name: 'site_consent' }, /^site_/],
    ['the exact name of a __Host- consent cookie, unprefixed', { name: '__Host-site_consent' }, 'site_consent'],
  ])('given %s, should refuse the store, naming the field', async (_, adapter, declared) => {
    const { defineConsentConfig } = await import('../../src/core/config');
    const config = defineConsentConfig({
      revision: 1,
      categories: { essential: { required: true, title: 'Essential', description: 'Needed.' }, analytics: { title: 'Analytics', description: 'Counts.' } },
      cookies: [
        { name: 'a', category: 'analytics', purpose: 'A', duration: 'session' },
        { name: declared, category: 'analytics', purpose: 'B', duration: 'session' },
      ],
    });
    expect(() => createConsentStore(config, { storage: { key: adapter.name, get: () => undefined, set() {} } })).toThrow(
      `[consentkit] config.cookies[1].name matches the consent cookie "${adapter.name}"`,
    );
  });
});
