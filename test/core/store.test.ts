import { defineConsentConfig, type ConsentConfig } from '../../src/core/config';
import { decodeConsentRecord, encodeConsentRecord, type ConsentRecord } from '../../src/core/record';
import type { ConsentError } from '../../src/core/consent-error';
import { createConsentStore, type ConsentChange } from '../../src/core/store';
import { cookieAdapter } from '../../src/storage/cookie';
import { localStorageAdapter } from '../../src/storage/local-storage';
import { memoryAdapter } from '../../src/storage/memory';
import type { ConsentStorage } from '../../src/storage/types';
import { deferred, shopConfig, visibleCookies } from './fixtures';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 15);
const clock = (ms = T0) => () => ms;

/** A record as the store would have written it at `at` (ms). */
function storedRecord(patch: Partial<ConsentRecord> = {}, at = T0): string {
  const decidedAt = Math.floor(at / 1000);
  return encodeConsentRecord({
    schema: 1,
    revision: 1,
    id: 'a'.repeat(32),
    decidedAt,
    expiresAt: decidedAt + shopConfig.consentExpirySeconds,
    method: 'custom',
    gpc: false,
    choices: { essential: true, functional: true, analytics: false, advertising: false },
    ...patch,
  });
}

const throwing = (error = new DOMException('The operation is insecure.', 'SecurityError')): ConsentStorage => ({
  get: () => {
    throw error;
  },
  set: () => {
    throw error;
  },
  remove: () => {
    throw error;
  },
});

beforeEach(() => {
  // Development warnings are asserted where they matter, silenced elsewhere.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createConsentStore', () => {
  describe('given a first visit (opt-in)', () => {
    const store = () => createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });

    it('should grant no optional category before a decision', () => {
      const { decided, choices, record } = store().getState();
      expect(decided).toBe(false);
      expect(record).toBeNull();
      expect(choices).toEqual({ essential: 'granted', functional: 'undecided', analytics: 'undecided', advertising: 'undecided' });
    });

    it('should always grant required categories, and nothing else', () => {
      const s = store();
      expect(s.isGranted('essential')).toBe(true);
      expect(s.isGranted('functional')).toBe(false);
      expect(s.isGranted('analytics')).toBe(false);
    });

    it('should be ready at once with a synchronous storage, so a returning visitor never sees a banner flash', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(storedRecord()), now: clock() });
      expect(s.getState()).toMatchObject({ status: 'ready', decided: true });
    });
  });

  describe('actions', () => {
    it('acceptAll should grant every category and persist a record saying so', () => {
      const storage = memoryAdapter();
      const s = createConsentStore(shopConfig, { storage, gpc: false, now: clock() });
      s.acceptAll();
      expect(s.getState().choices).toEqual({ essential: 'granted', functional: 'granted', analytics: 'granted', advertising: 'granted' });
      expect(s.getState().decided).toBe(true);
      // A new store on the same storage (a reload) reads the same decision back.
      const reloaded = createConsentStore(shopConfig, { storage, now: clock(T0 + DAY) });
      expect(reloaded.getState().record).toEqual(s.getState().record);
      expect(reloaded.isGranted('analytics')).toBe(true);
    });

    it('rejectAll should deny every optional category and keep required ones', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
      s.rejectAll();
      expect(s.getState().choices).toEqual({ essential: 'granted', functional: 'denied', analytics: 'denied', advertising: 'denied' });
      expect(s.getState().record?.method).toBe('reject-all');
    });

    it('save should persist a chosen subset, deny what was never granted and keep earlier grants', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
      s.save({ functional: true });
      expect(s.getState().choices).toMatchObject({ functional: 'granted', analytics: 'denied', advertising: 'denied' });
      expect(s.getState().record?.method).toBe('custom');
      s.save({ analytics: true });
      expect(s.getState().choices).toMatchObject({ functional: 'granted', analytics: 'granted' });
    });

    it('save should never let a required category be refused', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
      s.save({ essential: false });
      expect(s.isGranted('essential')).toBe(true);
    });

    it('save should ignore unknown categories and non-boolean choices, and warn in development', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
      s.save({ nope: true, analytics: 'yes' } as never);
      expect(s.isGranted('nope' as never)).toBe(false);
      expect(s.isGranted('analytics')).toBe(false);
      expect(s.getState().record?.choices).not.toHaveProperty('nope');
      expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('unknown category "nope"'));
    });

    it('isGranted should never grant an unknown category', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
      s.acceptAll();
      expect(s.isGranted('marketing' as never)).toBe(false);
      expect(s.isGranted('toString' as never)).toBe(false);
    });

    it('reset should forget the decision, leaving in storage only a one-day marker that names no category', async () => {
      const storage = memoryAdapter();
      const s = createConsentStore(shopConfig, { storage, gpc: false, now: clock() });
      s.acceptAll();
      s.reset();
      expect(s.getState()).toMatchObject({ decided: false, record: null, choices: { analytics: 'undecided', essential: 'granted' } });
      const stored = decodeConsentRecord(await storage.get(), shopConfig.categoryIds);
      expect(stored).toMatchObject({ ok: true, record: { method: 'reset', choices: {} } });
      expect(stored.ok && stored.record.expiresAt - stored.record.decidedAt).toBe(86400);
      // A fresh page reads it as no decision.
      expect(createConsentStore(shopConfig, { storage, now: clock() }).getState().decided).toBe(false);
    });

    it('openPreferences and closePreferences should toggle preferencesOpen, and a decision should close it', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter() });
      const listener = vi.fn();
      s.subscribe(listener);
      s.openPreferences();
      expect(s.getState().preferencesOpen).toBe(true);
      expect(listener).toHaveBeenCalledTimes(1);
      s.closePreferences();
      expect(s.getState().preferencesOpen).toBe(false);
      s.openPreferences();
      s.save({ functional: true });
      expect(s.getState().preferencesOpen).toBe(false);
    });

    it('subscribe should return an unsubscribe that stops notifications', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter() });
      const listener = vi.fn();
      const unsubscribe = s.subscribe(listener);
      unsubscribe();
      s.acceptAll();
      expect(listener).not.toHaveBeenCalled();
    });
  });

  describe('events', () => {
    it('onChange should receive the previous and next state and a diff of changed categories', () => {
      const onChange = vi.fn<(change: ConsentChange) => void>();
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false, onChange });
      s.save({ functional: true, analytics: false });
      expect(onChange).toHaveBeenCalledTimes(1);
      const { previous, next, diff } = onChange.mock.calls[0]![0];
      expect(previous.decided).toBe(false);
      expect(next).toBe(s.getState());
      expect(diff).toEqual({
        functional: { from: 'undecided', to: 'granted' },
        analytics: { from: 'undecided', to: 'denied' },
        advertising: { from: 'undecided', to: 'denied' },
      });
      s.save({ analytics: true });
      expect(onChange.mock.calls[1]![0].diff).toEqual({ analytics: { from: 'denied', to: 'granted' } });
    });

    it('onChange should not fire for opening the preferences, which changes no consent', () => {
      const onChange = vi.fn();
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), onChange });
      s.openPreferences();
      expect(onChange).not.toHaveBeenCalled();
    });

    it('onDecision should receive the record: method, random id, decision time, expiry and GPC', () => {
      const onDecision = vi.fn<(record: ConsentRecord) => void>();
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false, now: clock(), onDecision });
      s.rejectAll();
      s.acceptAll();
      const [first, second] = onDecision.mock.calls.map(([record]) => record);
      expect(first).toMatchObject({ method: 'reject-all', revision: 1, gpc: false, decidedAt: T0 / 1000, expiresAt: T0 / 1000 + shopConfig.consentExpirySeconds });
      expect(second?.method).toBe('accept-all');
      expect(first?.id).toMatch(/^[0-9a-f]{32}$/);
      expect(second?.id).not.toBe(first?.id);
    });

    it('onDecision should not fire on reset, which is not a decision', () => {
      const onDecision = vi.fn();
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), onDecision });
      s.reset();
      expect(onDecision).not.toHaveBeenCalled();
    });
  });

  describe('asking again', () => {
    const open = (stored: string | undefined, options: { now?: number; config?: ConsentConfig<(typeof shopConfig.categoryIds)[number]> } = {}) => {
      const onError = vi.fn<(error: ConsentError) => void>();
      const s = createConsentStore(options.config ?? shopConfig, { storage: memoryAdapter(stored), now: clock(options.now), onError });
      const state = s.getState();
      // Reports of a read made on first use (maybe inside a render) reach callbacks once someone subscribes.
      s.subscribe(() => {});
      return { state, onError };
    };

    it('given a current record, should read it as decided', () => {
      expect(open(storedRecord()).state).toMatchObject({ decided: true, choices: { functional: 'granted', analytics: 'denied' } });
    });

    it('given no record, should ask', () => {
      expect(open(undefined).state.decided).toBe(false);
    });

    it('given an expired record, should ask again and grant nothing optional', () => {
      const { state } = open(storedRecord(), { now: T0 + 184 * DAY });
      expect(state.decided).toBe(false);
      expect(state.choices.functional).toBe('undecided');
    });

    it('given the policy lifetime was shortened since the decision, should ask again once the new lifetime has passed', () => {
      const stored = storedRecord({ expiresAt: T0 / 1000 + 365 * 86400 });
      const shorter = defineConsentConfig({ ...shopConfig, consentExpiry: { months: 3 } });
      expect(open(stored, { config: shorter, now: T0 + 60 * DAY }).state.decided).toBe(true);
      expect(open(stored, { config: shorter, now: T0 + 100 * DAY }).state.decided).toBe(false);
    });

    it('given a record from another policy revision, should ask again', () => {
      expect(open(storedRecord({ revision: 0 })).state.decided).toBe(false);
      expect(open(storedRecord({ revision: 2 })).state.decided).toBe(false);
    });

    it('given a record that lacks a category the config now has, should ask again', () => {
      const { state, onError } = open(storedRecord({ choices: { essential: true, functional: true, analytics: true } }));
      expect(state.decided).toBe(false);
      expect(state.choices.analytics).toBe('undecided');
      expect(onError).not.toHaveBeenCalled();
    });

    it.each([
      ['a lifetime over 13 months', { expiresAt: T0 / 1000 + 400 * 86400 }],
      ['an expiry before the decision', { expiresAt: T0 / 1000 - 1 }],
      ['a decision dated in the future', { decidedAt: T0 / 1000 + 30 * 86400, expiresAt: T0 / 1000 + 60 * 86400 }],
    ])('given tampered dates (%s), should ask again and report it', (_, patch) => {
      const { state, onError } = open(storedRecord(patch));
      expect(state.decided).toBe(false);
      expect(state.choices.functional).toBe('undecided');
      expect(onError).toHaveBeenCalledWith({ kind: 'record', reason: 'tampered' });
    });

    it('given a malformed value, should ask again and report it', () => {
      const { state, onError } = open('essential:1;analytics:1');
      expect(state.decided).toBe(false);
      expect(onError).toHaveBeenCalledWith({ kind: 'record', reason: 'malformed' });
    });

    it('given a record that refuses a required category, should still grant it', () => {
      const { state } = open(storedRecord({ choices: { essential: false, functional: false, analytics: false, advertising: false } }));
      expect(state.choices.essential).toBe('granted');
    });
  });

  describe('given Global Privacy Control', () => {
    it('should start sale/sharing categories denied and leave the others undecided', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: true });
      expect(s.getState().choices).toMatchObject({ advertising: 'denied', analytics: 'undecided' });
      expect(s.getState().gpc).toBe(true);
    });

    it('acceptAll should not grant sale/sharing categories, and the record should note GPC', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: true });
      s.acceptAll();
      expect(s.getState().choices).toMatchObject({ advertising: 'denied', analytics: 'granted' });
      expect(s.getState().record?.gpc).toBe(true);
    });

    it('an explicit per-category choice should still grant a sale/sharing category', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: true });
      s.save({ advertising: true });
      expect(s.isGranted('advertising')).toBe(true);
    });

    it('should be read from navigator.globalPrivacyControl by default', () => {
      vi.stubGlobal('navigator', { ...navigator, globalPrivacyControl: true });
      try {
        expect(createConsentStore(shopConfig, { storage: memoryAdapter() }).getState().gpc).toBe(true);
      } finally {
        vi.unstubAllGlobals();
      }
    });
  });

  describe('given a storage that fails', () => {
    it('a throwing get should not throw out of the store, should read as not decided and report', () => {
      const onError = vi.fn();
      const s = createConsentStore(shopConfig, { storage: throwing(), onError });
      expect(s.getState()).toMatchObject({ status: 'ready', decided: false });
      s.subscribe(() => {});
      expect(onError).toHaveBeenCalledWith({ kind: 'storage', operation: 'get', error: expect.any(DOMException) });
    });

    it('a throwing set should keep the decision in memory for this page and report', () => {
      const onError = vi.fn();
      const s = createConsentStore(shopConfig, { storage: throwing(new DOMException('full', 'QuotaExceededError')), onError, gpc: false });
      expect(() => s.acceptAll()).not.toThrow();
      expect(s.isGranted('analytics')).toBe(true);
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'storage', operation: 'set' }));
      expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('storage.set() failed'), expect.any(DOMException));
    });

    it('a storage that throws on reset should still forget the decision and report', () => {
      const onError = vi.fn();
      const s = createConsentStore(shopConfig, { storage: throwing(), onError });
      s.acceptAll();
      onError.mockClear();
      expect(() => s.reset()).not.toThrow();
      expect(s.getState().decided).toBe(false);
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'storage', operation: 'set' }));
    });

    it('a rejecting async storage should leave the store working in memory and report each failure', async () => {
      const onError = vi.fn();
      const fail = () => Promise.reject(new Error('offline'));
      const s = createConsentStore(shopConfig, { storage: { get: fail, set: fail, remove: fail }, onError, gpc: false });
      await vi.waitFor(() => expect(s.getState().status).toBe('ready'));
      expect(s.getState().decided).toBe(false);
      s.save({ functional: true });
      await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
      expect(onError.mock.calls.map(([e]) => e.operation)).toEqual(['get', 'set']);
      expect(s.isGranted('functional')).toBe(true);
    });
  });

  describe('given an async storage', () => {
    it('should say loading until it answers, then take its decision', async () => {
      const answer = deferred<string>();
      const s = createConsentStore(shopConfig, { storage: { get: () => answer.promise, set: async () => {}, remove: async () => {} }, now: clock() });
      expect(s.getState()).toMatchObject({ status: 'loading', decided: false });
      answer.resolve(storedRecord());
      await vi.waitFor(() => expect(s.getState().status).toBe('ready'));
      expect(s.getState()).toMatchObject({ decided: true, choices: { functional: 'granted' } });
    });

    it('a decision made while loading should win over the late answer', async () => {
      const answer = deferred<string>();
      const s = createConsentStore(shopConfig, { storage: { get: () => answer.promise, set: async () => {}, remove: async () => {} }, now: clock(), gpc: false });
      s.rejectAll();
      answer.resolve(storedRecord({ method: 'accept-all', choices: { essential: true, functional: true, analytics: true, advertising: true } }));
      await answer.promise;
      await Promise.resolve();
      expect(s.getState()).toMatchObject({ status: 'ready', decided: true, choices: { analytics: 'denied' } });
      expect(s.getState().record?.method).toBe('reject-all');
    });

    it('should start from initialValue without reading storage, as a server render does', () => {
      const get = vi.fn(() => null);
      const s = createConsentStore(shopConfig, { storage: { get, set() {}, remove() {} }, initialValue: storedRecord(), now: clock() });
      expect(s.getState()).toMatchObject({ status: 'ready', decided: true });
      expect(s.getInitialState()).toBe(s.getState());
      expect(get).not.toHaveBeenCalled();
    });
  });

  describe('cookies of a category', () => {
    const plant = (...names: string[]) => names.forEach((name) => (document.cookie = `${name}=1; Path=/`));

    it('revoking a category should erase its declared cookies, RegExp families included, and nothing else', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
      s.acceptAll();
      plant('_ga', '_ga_XYZ123', 'theme-mode', 'auth-token', 'unrelated');
      s.save({ analytics: false });
      expect(visibleCookies().sort()).toEqual(['auth-token', 'theme-mode', 'unrelated']);
    });

    it('should have erased them before any listener hears of the revocation', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
      s.acceptAll();
      plant('_ga');
      let seen: string[] = [];
      s.subscribe(() => (seen = visibleCookies()));
      s.rejectAll();
      expect(seen).not.toContain('_ga');
    });

    it('reset should erase every declared cookie, required ones included, as on account deletion', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
      s.acceptAll();
      plant('_ga', '_ga_XYZ', 'theme-mode', 'auth-token', 'session-id', 'ad-id', 'unrelated');
      s.reset();
      expect(visibleCookies()).toEqual(['unrelated']);
    });

    it('connect should sweep declared cookies of categories without consent, once storage has answered', async () => {
      plant('_ga', 'theme-mode', 'auth-token');
      const answer = deferred<string>();
      const s = createConsentStore(shopConfig, { storage: { get: () => answer.promise, set() {}, remove() {} }, now: clock() });
      const stop = s.connect();
      await vi.dynamicImportSettled();
      expect(visibleCookies()).toContain('theme-mode');
      answer.resolve(storedRecord());
      await vi.waitFor(() => expect(visibleCookies().sort()).toEqual(['auth-token', 'theme-mode']));
      stop();
    });

    it('a gated write should be refused until the category is granted', () => {
      const s = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
      expect(s.cookies.set('theme-mode', 'dark')).toBe(false);
      expect(document.cookie).not.toContain('theme-mode');
      expect(s.cookies.set('undeclared' as never, 'x')).toBe(false);
      s.save({ functional: true });
      expect(s.cookies.set('theme-mode', 'dark')).toBe(true);
      expect(s.cookies.get('theme-mode')).toBe('dark');
    });
  });

  describe('across tabs', () => {
    it('should take a decision another tab stored in localStorage when the storage event arrives', async () => {
      const here = createConsentStore(shopConfig, { storage: localStorageAdapter(), now: clock() });
      const stop = here.connect();
      await vi.dynamicImportSettled();
      localStorage.setItem('ck_consent', storedRecord());
      window.dispatchEvent(new StorageEvent('storage', { key: 'ck_consent' }));
      expect(here.getState().decided).toBe(true);
      localStorage.removeItem('ck_consent');
      window.dispatchEvent(new StorageEvent('storage', { key: 'ck_consent' }));
      expect(here.getState().decided).toBe(false);
      stop();
    });

    it('should ignore storage events for other keys', async () => {
      const here = createConsentStore(shopConfig, { storage: localStorageAdapter(), now: clock() });
      const listener = vi.fn();
      here.subscribe(listener);
      const stop = here.connect();
      await vi.dynamicImportSettled();
      window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
      expect(listener).not.toHaveBeenCalled();
      stop();
    });

    it('should hear a decision made by another store on the same cookie over a BroadcastChannel', async () => {
      const a = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
      const b = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
      const stops = [a.connect(), b.connect()];
      await vi.dynamicImportSettled();
      a.save({ functional: true });
      await vi.waitFor(() => expect(b.getState().decided).toBe(true));
      expect(b.getState().record?.id).toBe(a.getState().record?.id);
      a.reset();
      await vi.waitFor(() => expect(b.getState().decided).toBe(false));
      stops.forEach((stop) => stop());
    });

    it('given the other tab still reads the old cookie (writes reach other tabs late), should adopt the decision the message carries', async () => {
      // A storage whose reads never see the other tab's writes yet.
      const lagging = (): ConsentStorage => ({ key: 'ck_consent', get: () => undefined, set: () => {}, remove: () => {} });
      const a = createConsentStore(shopConfig, { storage: lagging(), gpc: false });
      const b = createConsentStore(shopConfig, { storage: lagging(), gpc: false });
      const stops = [a.connect(), b.connect()];
      await vi.dynamicImportSettled();
      a.save({ analytics: true });
      await vi.waitFor(() => expect(b.getState().choices.analytics).toBe('granted'));
      a.save({ analytics: false });
      await vi.waitFor(() => expect(b.getState().choices.analytics).toBe('denied'));
      a.reset();
      await vi.waitFor(() => expect(b.getState().decided).toBe(false));
      stops.forEach((stop) => stop());
    });

    it('should stop listening once disconnected', async () => {
      const a = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
      const b = createConsentStore(shopConfig, { storage: cookieAdapter(), gpc: false });
      const stopA = a.connect();
      await vi.dynamicImportSettled();
      b.connect()();
      await vi.dynamicImportSettled();
      const listener = vi.fn();
      b.subscribe(listener);
      a.acceptAll();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(listener).not.toHaveBeenCalled();
      stopA();
    });
  });
});
