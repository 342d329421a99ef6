import { createConsentStore } from '../../src/core/store';
import { cookieAdapter } from '../../src/storage/cookie';
import { localStorageAdapter } from '../../src/storage/local-storage';
import { memoryAdapter } from '../../src/storage/memory';
import type { ConsentStorage } from '../../src/storage/types';
import { canReplaceConsent } from '../../src/server/can-replace-consent';
import { consentCookieIds, deferred, shopConfig, storedValue } from './fixtures';

const T0 = Date.UTC(2026, 0, 15);
const LIFETIME_MS = shopConfig.consentExpirySeconds * 1000;

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('expiry while the page stays open', () => {
  it('given a tab left open past the decision expiry, should flip to undecided at that moment and stop granting', async () => {
    vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
    const stop = s.connect();
    // It connects once idle: after a timer in jsdom.
    await vi.advanceTimersByTimeAsync(0);
    await vi.dynamicImportSettled();
    s.acceptAll();
    const listener = vi.fn();
    s.subscribe(listener);

    // Six months are longer than one timer can wait (about 24.8 days): the store re-arms it.
    await vi.advanceTimersByTimeAsync(LIFETIME_MS - 1000);
    expect(s.getState().decided).toBe(true);
    expect(listener).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.getState()).toMatchObject({ decided: false, choices: { analytics: 'undecided' } });
    expect(s.isGranted('analytics')).toBe(false);
    expect(listener).toHaveBeenCalled();
    stop();
  });

  it('given the expiry passed while nothing ran (a suspended tab), should grant nothing even before any timer fires', () => {
    let now = T0;
    const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false, now: () => now });
    s.acceptAll();
    now += LIFETIME_MS;
    expect(s.isGranted('analytics')).toBe(false);
    expect(s.isGranted('essential')).toBe(true);
  });

  it('given the tab becomes visible after the expiry, should read as undecided', async () => {
    let now = T0;
    const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false, now: () => now });
    const stop = s.connect();
    await vi.dynamicImportSettled();
    s.acceptAll();
    now += LIFETIME_MS + 1;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(s.getState().decided).toBe(false);
    stop();
  });
});

describe('reconciling with storage after start', () => {
  it('given a store started from the server value, should read storage once connected and see a withdrawal made since', async () => {
    const s = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false, now: () => T0 + 1000, initialValue: storedValue({}, T0) });
    expect(s.getState().decided).toBe(true);
    // Nothing is read before connect(): the first render must match the server's.
    expect(s.getState().decided).toBe(true);
    const stop = s.connect();
    await vi.dynamicImportSettled();
    expect(s.getState().decided).toBe(false);
    stop();
  });

  it('given a page restored from the back/forward cache, should read storage again', async () => {
    const storage = memoryAdapter(storedValue({}, T0));
    const s = createConsentStore(shopConfig, { storage, gpc: false, now: () => T0 + 1000 });
    const stop = s.connect();
    await vi.dynamicImportSettled();
    expect(s.getState().decided).toBe(true);
    void storage.remove!(); // withdrawn elsewhere while the page sat in the cache
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(s.getState().decided).toBe(false);
    stop();
  });

  it('given a decision made under an older revision and a reset made elsewhere since, should no longer say the policy changed once storage is read again', async () => {
    const revised = { ...shopConfig, revision: 2 };
    const storage = memoryAdapter(storedValue({}, T0));
    const s = createConsentStore(revised, { storage, gpc: false, now: () => T0 + 1000 });
    const stop = s.connect();
    await vi.dynamicImportSettled();
    expect(s.getState()).toMatchObject({ decided: false, policyUpdated: true });
    // Another tab, on the same storage, forgets the decision.
    createConsentStore(revised, { storage, gpc: false, now: () => T0 + 2000 }).reset();
    document.dispatchEvent(new Event('visibilitychange'));
    // The banner greets a first visit: there is no earlier choice left to say the policy changed since.
    expect(s.getState()).toMatchObject({ decided: false, policyUpdated: false });
    stop();
  });

  it('given GPC turned on while the tab was hidden, should deny sale/sharing categories once it is visible', async () => {
    let gpc = false;
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => gpc });
    const s = createConsentStore(shopConfig, { storage: memoryAdapter(), now: () => T0 });
    const stop = s.connect();
    await vi.dynamicImportSettled();
    s.acceptAll();
    expect(s.getState().choices.advertising).toBe('granted');
    gpc = true;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(s.getState()).toMatchObject({ gpc: true, decided: true, choices: { analytics: 'granted', advertising: 'denied' } });
    stop();
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  });
});

describe('G3: every store converges on the latest decision', () => {
  it('given two stores on one page sharing localStorage, should follow each other (the storage event only reaches other pages)', async () => {
    const a = createConsentStore(shopConfig, { storage: localStorageAdapter(), gpc: false });
    const b = createConsentStore(shopConfig, { storage: localStorageAdapter(), gpc: false });
    const stops = [a.connect(), b.connect()];
    await vi.dynamicImportSettled();
    a.acceptAll();
    await vi.waitFor(() => expect(b.getState().record?.id).toBe(a.getState().record!.id));
    b.rejectAll();
    await vi.waitFor(() => expect(a.getState().record?.method).toBe('reject-all'));
    stops.forEach((stop) => stop());
  });

  it('given a server reading still waiting for a slow storage, a decision from another tab should be granted at once', async () => {
    const storage = localStorageAdapter();
    const slow = deferred<string | undefined>();
    let first = true;
    // This tab's first read hangs; later calls reach storage as usual.
    const waiting: ConsentStorage = { ...storage, get: () => (first ? ((first = false), slow.promise) : storage.get()) };
    const other = createConsentStore(shopConfig, { storage, gpc: false });
    const tab = createConsentStore(shopConfig, { storage: waiting, gpc: false, initialValue: null, loadTimeout: 60_000 });
    const stops = [other.connect(), tab.connect()];
    await vi.dynamicImportSettled();
    other.acceptAll();
    await vi.waitFor(() => expect(tab.getState().record?.id).toBe(other.getState().record!.id));
    // Both reads this tab started are overtaken by the message: the decision itself is the answer.
    slow.resolve(undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(tab.isGranted('analytics')).toBe(true);
    stops.forEach((stop) => stop());
    localStorage.clear();
  });

  it('given two React roots connected to one store, unmounting one should keep the other in sync, with one channel', async () => {
    const created: BroadcastChannel[] = [];
    const Original = BroadcastChannel;
    vi.stubGlobal(
      'BroadcastChannel',
      class extends Original {
        constructor(name: string) {
          super(name);
          created.push(this);
        }
      },
    );
    const shared = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    const other = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    const [firstRoot, secondRoot] = [shared.connect(), shared.connect()];
    await vi.dynamicImportSettled();
    const stopOther = other.connect();
    await vi.dynamicImportSettled();
    expect(created).toHaveLength(2);

    firstRoot();
    firstRoot(); // a second call of the same stop changes nothing
    other.acceptAll();
    await vi.waitFor(() => expect(shared.getState().decided).toBe(true));

    secondRoot();
    other.rejectAll();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shared.getState().record?.method).toBe('accept-all');
    stopOther();
    vi.unstubAllGlobals();
  });

  it('given a page closed while its decision waits on a slow backend, should still reach the other tabs, and storage once the write lands', async () => {
    const backend: { value?: string } = {};
    let land = () => {};
    // Both pages share one backend (one channel name); the closing page's write waits until `land()`.
    const adapter = (slowWrites: boolean): ConsentStorage => ({
      key: 'backend',
      get: async () => backend.value,
      set: (value) =>
        slowWrites
          ? new Promise<void>((resolve) => (land = () => resolve(void (backend.value = value))))
          : Promise.resolve(void (backend.value = value)),
      remove: async () => void (backend.value = undefined),
    });
    const closing = createConsentStore(shopConfig, { storage: adapter(true), gpc: false });
    const staying = createConsentStore(shopConfig, { storage: adapter(false), gpc: false });
    const stopClosing = closing.connect();
    const stopStaying = staying.connect();
    // Both have loaded and connected (at idle: a timer in jsdom).
    await vi.waitFor(() => expect([closing, staying].map((store) => store.getState().status)).toEqual(['ready', 'ready']));
    await new Promise((resolve) => setTimeout(resolve, 20));

    closing.rejectAll();
    const { id } = closing.getState().record!;
    stopClosing();
    await vi.waitFor(() => expect(staying.getState().record?.id).toBe(id));
    expect(staying.isGranted('analytics')).toBe(false);
    land();
    await vi.waitFor(() => expect(backend.value).toContain(id));
    stopStaying();
  });

  /** A backend shared by pages, whose first `held` writes land only when the test says so; later ones at once. */
  function heldBackend(held: number) {
    const backend: { value?: string } = {};
    const pending: (() => void)[] = [];
    const adapter = (): ConsentStorage => ({
      key: 'held-backend',
      get: async () => backend.value,
      set: (value) => new Promise<void>((resolve) => (held-- > 0 ? pending.push(() => resolve(void (backend.value = value))) : resolve(void (backend.value = value)))),
    });
    // `land(1)`: the second write still waiting lands before the first.
    return { backend, adapter, land: (index = 0) => pending.splice(index, 1)[0]!() };
  }
  const connected = async (...stores: { getState(): { status: string } }[]) => {
    // Loaded, and connected once idle (a timer in jsdom) with the sync code loaded.
    await vi.waitFor(() => expect(stores.map((store) => store.getState().status)).toEqual(stores.map(() => 'ready')));
    await new Promise((resolve) => setTimeout(resolve, 20));
  };

  it('given a page that withdraws and closes before its cross-tab code has loaded, a tab left open should still stop granting', async () => {
    const staying = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    const stopStaying = staying.connect();
    await connected(staying);
    staying.acceptAll();
    // A new page of the site: the person refuses at once and leaves, before the page was ever idle.
    const closing = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
    const stopClosing = closing.connect();
    expect(closing.getState().record?.id).toBe(staying.getState().record!.id);
    closing.rejectAll();
    const { id } = closing.getState().record!;
    stopClosing();
    // Nobody wakes the open tab: only the message can tell it.
    await vi.waitFor(() => expect(staying.getState().record?.id).toBe(id));
    expect(staying.isGranted('analytics')).toBe(false);
    stopStaying();
  });

  it('given an older write landing right after a newer one, while the newer one is announced again, should store the newer one again', async () => {
    const backend: { value?: string } = {};
    const writes: (() => void)[] = [];
    const reads: (() => void)[] = [];
    let holdReads = false;
    // Every write waits for the test; reads too, while `holdReads`.
    const adapter = (): ConsentStorage => ({
      key: 'late-backend',
      get: () => new Promise((resolve) => (holdReads ? reads.push(() => resolve(backend.value)) : resolve(backend.value))),
      set: (value) => new Promise<void>((resolve) => writes.push(() => resolve(void (backend.value = value)))),
    });
    const [older, newer] = [createConsentStore(shopConfig, { storage: adapter(), gpc: false }), createConsentStore(shopConfig, { storage: adapter(), gpc: false })];
    const stops = [older.connect(), newer.connect()];
    await connected(older, newer);
    older.acceptAll();
    await vi.waitFor(() => expect(newer.getState().record?.id).toBe(older.getState().record!.id));
    newer.rejectAll();
    const { id } = newer.getState().record!;
    await vi.waitFor(() => expect(older.getState().record?.id).toBe(id));
    // In one task the newer write lands, then the older one over it. The tab that wrote the newer
    // one announces it again (it landed late); the other reads storage to check its own write, and
    // hears that announcement before storage answers.
    holdReads = true;
    writes[1]!();
    writes[0]!();
    await vi.waitFor(() => expect(reads).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    holdReads = false;
    reads.pop()!();
    // The check found the older decision in storage: the newer one is written again.
    await vi.waitFor(() => expect(writes).toHaveLength(3));
    writes[2]!();
    await vi.waitFor(() => expect(backend.value).toContain(id));
    expect([older, newer].map((store) => store.isGranted('analytics'))).toEqual([false, false]);
    stops.forEach((stop) => stop());
  });

  it('given a tab opened while another tab’s decision waits on a slow backend, should follow that decision once the write lands', async () => {
    const { adapter, land } = heldBackend(1);
    const deciding = createConsentStore(shopConfig, { storage: adapter(), gpc: false });
    const stopDeciding = deciding.connect();
    await connected(deciding);
    deciding.acceptAll();
    // Opened after the decision was announced, it reads the backend before the write lands.
    const opened = createConsentStore(shopConfig, { storage: adapter(), gpc: false });
    const stopOpened = opened.connect();
    await connected(opened);
    expect(opened.getState().decided).toBe(false);

    land();
    await vi.waitFor(() => expect(opened.getState().record?.id).toBe(deciding.getState().record!.id));
    expect(opened.isGranted('analytics')).toBe(true);
    stopDeciding();
    stopOpened();
  });

  it('given a tab that heard of a decision and then read storage before its write landed, should show the decision once it lands', async () => {
    const { backend, adapter, land } = heldBackend(1);
    const [deciding, other] = [createConsentStore(shopConfig, { storage: adapter(), gpc: false }), createConsentStore(shopConfig, { storage: adapter(), gpc: false })];
    const stops = [deciding.connect(), other.connect()];
    await connected(deciding, other);
    deciding.acceptAll();
    const { id } = deciding.getState().record!;
    await vi.waitFor(() => expect(other.getState().record?.id).toBe(id));
    // Woken (its tab shown again), it reads the backend, where nothing has landed yet: no decision.
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(other.getState().decided).toBe(false));
    expect(other.isGranted('analytics')).toBe(false);
    land();
    await vi.waitFor(() => expect(backend.value).toContain(id));
    await vi.waitFor(() => expect(other.getState().record?.id).toBe(id));
    expect(other.isGranted('analytics')).toBe(true);
    stops.forEach((stop) => stop());
  });

  it('given a tab’s write landing after another tab’s newer decision, storage should end with the newer decision', async () => {
    const { backend, adapter, land } = heldBackend(2);
    const [first, second] = [createConsentStore(shopConfig, { storage: adapter(), gpc: false }), createConsentStore(shopConfig, { storage: adapter(), gpc: false })];
    const stops = [first.connect(), second.connect()];
    await connected(first, second);
    first.acceptAll();
    await vi.waitFor(() => expect(second.getState().record?.method).toBe('accept-all'));
    second.rejectAll();
    const { id } = second.getState().record!;
    await vi.waitFor(() => expect(first.getState().record?.id).toBe(id));
    // The Reject all lands first, then the older Accept all over it: the page that wrote it must see that.
    land(1);
    await vi.waitFor(() => expect(backend.value).toContain(id));
    land();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(backend.value).toContain(id);
    stops.forEach((stop) => stop());
  });

  it('given a compare-and-set backend, a GPC opt-out based on an older read should not undo a decision that landed meanwhile from a closed page: the backend refuses it, and the page shows and announces the newer decision', async () => {
    // Stored an hour ago: Accept all. A page refuses everything and closes while its write is on
    // its way; a page opened meanwhile (GPC on, in an opt-out region) reads the Accept all, and
    // stores its opt-out on top of it just after the refusal has landed.
    const backend: { value?: string } = { value: storedValue({ method: 'accept-all', choices: { essential: true, functional: true, analytics: true, advertising: true } }, Date.now() - 3600_000) };
    const pending: (() => void)[] = [];
    const sets: string[] = [];
    let gets = 0;
    const adapter = (held: boolean): ConsentStorage => ({
      key: 'cas-backend',
      get() {
        const value = backend.value;
        // The refusal lands right after the opened page's second read (once connected) has read.
        if (!held && ++gets === 2) pending.splice(0).forEach((land) => land());
        return Promise.resolve(value);
      },
      set(value) {
        sets.push(value);
        const store = () => (canReplaceConsent(backend.value, value) ? void (backend.value = value) : false);
        return held ? new Promise((resolve) => pending.push(() => resolve(store()))) : Promise.resolve(store());
      },
    });
    const closing = createConsentStore(shopConfig, { storage: adapter(true), gpc: false, region: 'US-CA' });
    const stopClosing = closing.connect();
    await vi.waitFor(() => expect(closing.getState().status).toBe('ready'));
    closing.rejectAll();
    const refusal = closing.getState().record!.id;
    stopClosing();

    const heard: string[] = [];
    const listener = new BroadcastChannel('consentkit:cas-backend');
    listener.onmessage = (event) => heard.push(String(event.data));
    const opened = createConsentStore(shopConfig, { storage: adapter(false), gpc: true, region: 'US-CA' });
    const stopOpened = opened.connect();
    // The opened page stored its opt-out, the backend kept the refusal, and the page follows it.
    await vi.waitFor(() => expect(sets.some((value) => value.split('.')[5] === '4')).toBe(true));
    await vi.waitFor(() => expect(opened.getState().record?.id).toBe(refusal));
    expect(backend.value).toContain(refusal);
    expect(opened.isGranted('analytics')).toBe(false);
    expect(opened.isGranted('functional')).toBe(false);
    // Tabs that heard the opt-out hear the refusal after it.
    await vi.waitFor(() => expect(heard.at(-1)).toContain(refusal));
    listener.close();
    stopOpened();
  });

  it.each([
    ['nothing', undefined],
    ['an older decision', storedValue({ method: 'reject-all', choices: { essential: true, functional: false, analytics: false, advertising: false } }, Date.now() - 3600_000)],
  ])('given a backend answering false while it holds %s, should report it once, not write again and again, and keep the decision', async (_, held) => {
    const backend: { value?: string } = { value: held };
    const onError = vi.fn();
    let sets = 0;
    const store = createConsentStore(shopConfig, {
      storage: { key: 'refusing-backend', get: async () => backend.value, set: async () => (sets++, false) },
      gpc: false,
      onError,
    });
    const stop = store.connect();
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    store.acceptAll();
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'storage', operation: 'set' })));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sets).toBe(1);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(store.getState().record?.method).toBe('accept-all');
    expect(store.isGranted('analytics')).toBe(true);
    stop();
  });

  it('given two tabs deciding within the same millisecond, should all end on one decision, in storage too', async () => {
    for (let round = 0; round < 20; round++) {
      const a = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false, now: () => T0 });
      const b = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false, now: () => T0 });
      const stops = [a.connect(), b.connect()];
      await vi.dynamicImportSettled();
      a.acceptAll();
      b.rejectAll();
      await vi.waitFor(() => expect(a.getState().record?.id).toBe(b.getState().record?.id));
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(a.getState().record?.id).toBe(b.getState().record?.id);
      expect(consentCookieIds()).toEqual([a.getState().record!.id]);
      stops.forEach((stop) => stop());
    }
  });

  it('given a later decision in one tab right after adopting another tab’s, should keep the later one', async () => {
    const a = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false, now: () => T0 });
    const b = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false, now: () => T0 });
    const stops = [a.connect(), b.connect()];
    await vi.dynamicImportSettled();
    for (let i = 0; i < 10; i++) {
      a.acceptAll();
      await vi.waitFor(() => expect(b.getState().record?.id).toBe(a.getState().record!.id));
      b.rejectAll();
      await vi.waitFor(() => expect(a.getState().record?.id).toBe(b.getState().record!.id));
      expect(a.getState().record?.method).toBe('reject-all');
    }
    stops.forEach((stop) => stop());
  });
});
