/**
 * Model-based test of the consent store: fast-check plays random sequences of what people, tabs,
 * browsers and storage do, and checks the guarantees after every step.
 *
 * - G1 in every state, in every tab: a category reads granted only by a decision the person made
 *   (it is in the model's log), unexpired, of this revision, that grants it; under GPC a
 *   sale/sharing category (under Do Not Track a doNotTrack one) only by a decision made with that
 *   signal on. A service reads granted only by such a decision that names and grants it, and
 *   grants its category. A GPC opt-out the store recorded with no click grants only what the
 *   person's decision under it granted. Opt-out runs (California) check G1-opt-out: the
 *   sale/sharing category may run without a decision, never under GPC or after a current opt-out.
 * - G2: a throwing listener or callback never loses a decision (they throw half the time here).
 * - G3 once quiet (faults stop, messages are delivered, timers run, the pages are looked at again):
 *   every tab and storage agree, on the person's last decision unless storage failed to keep it,
 *   or on a GPC opt-out applied to that very decision or reset; and no cookie a script wrote is
 *   left of a category or service that is no longer granted.
 * - A script's cookie is written exactly when its service (or, without one, its category) is granted.
 *
 * Tabs share the real cookie jar or localStorage of this page (each with its own adapter, as pages
 * would), or an asynchronous backend that throws, rejects, stalls and settles out of order.
 * Messages between tabs go through an in-memory BroadcastChannel the test delivers from, so that
 * runs are reproducible from their seed.
 */
import fc from 'fast-check';
import type { ConsentError } from '../../src/core/consent-error';
import { lapsesAt } from '../../src/core/evaluate';
import { jurisdictionModel } from '../../src/core/jurisdictions';
import { compareOrder, decodeConsentRecord, orderOf, type ConsentRecord } from '../../src/core/record';
import { createConsentStore, type ConsentStore } from '../../src/core/store';
import { cookieAdapter } from '../../src/storage/cookie';
import { localStorageAdapter } from '../../src/storage/local-storage';
import type { ConsentStorage } from '../../src/storage/types';
import { serviceConfig as shopConfig } from './fixtures';

// At least 1000 per run; FC_RUNS raises it for a longer search.
const RUNS = Math.max(1000, Number(process.env.FC_RUNS) || 0);
const ids = shopConfig.categoryIds;
type Category = (typeof ids)[number];
const services = shopConfig.services.filter((service) => service.id) as { id: 'stripe' | 'ga' | 'hotjar' | 'ads'; category: Category }[];
const LIFETIME_MS = shopConfig.consentExpirySeconds * 1000;
const TIMEOUT = 400;

/** A BroadcastChannel whose messages wait until the test delivers them, in the order they were sent. */
class HeldChannel {
  static pending: [HeldChannel, unknown][] = [];
  /** Messages delivered so far, with whom they reached. */
  static delivered: [HeldChannel, unknown][] = [];
  static open = new Set<HeldChannel>();
  onmessage: ((event: { data: unknown }) => void) | null = null;
  constructor(readonly name: string) {
    HeldChannel.open.add(this);
  }
  postMessage(data: unknown) {
    for (const other of HeldChannel.open) if (other !== this && other.name === this.name) HeldChannel.pending.push([other, structuredClone(data)]);
  }
  close() {
    HeldChannel.open.delete(this);
  }
  static deliver() {
    while (HeldChannel.pending.length) {
      const [target, data] = HeldChannel.pending.shift()!;
      if (HeldChannel.open.has(target)) {
        HeldChannel.delivered.push([target, data]);
        target.onmessage?.({ data });
      }
    }
  }
}

type Fault = 'throw' | 'reject' | 'stall' | 'slow';
type StorageKind = 'cookie' | 'localStorage' | 'async';

interface Model {
  kind: StorageKind;
  now: number;
  gpc: boolean;
  dnt: boolean;
  /** Callbacks and listeners throw while this is on. */
  throwing: boolean;
  /** Faults the next storage calls meet, in order. */
  faults: Fault[];
  /** Every decision made, by record id: the person's, and the GPC opt-outs stored with no click. */
  log: Map<string, ConsentRecord>;
  /** The person's decisions (their ids) and resets (the millisecond they were made in), in the order they were made. */
  sequence: (string | number)[];
  /** A write or removal failed during the run: storage may then hold an older decision than the last. */
  lostWrite: boolean;
  /** Where every tab of the run is: no region and DE are opt-in, US-CA opt-out. */
  region?: string;
}

interface Tab {
  store: ConsentStore<Category, string, 'stripe' | 'ga' | 'hotjar' | 'ads'>;
  stop: () => void;
  /** Decisions (their ids) and resets (the start of theirs, see `idAt`) made here whose write has not yet landed or failed. */
  unlanded: Set<string>;
}

/** How every id made in millisecond `ms` begins (a reset's id is known by it before it is made). */
const idAt = (ms: number) => ms.toString(16).padStart(12, '0');

interface Real {
  tabs: Tab[];
  /** The backend of the asynchronous storage. */
  backend: { value: string | undefined };
  /** What closed pages wrote that has not landed yet (it may still land, late). */
  closed: Set<string>[];
}

/** The storage of one page: the real adapter of the run's kind, with the model's faults injected. */
function storageFor(model: Model, backend: Real['backend'], unlanded: Set<string>): ConsentStorage {
  const take = () => model.faults.shift();
  if (model.kind !== 'async') {
    const real = model.kind === 'cookie' ? cookieAdapter() : localStorageAdapter();
    // Synchronous storage can only throw (blocked cookies, SecurityError, QuotaExceededError).
    const guard =
      <A extends unknown[], R>(run: (...args: A) => R) =>
      (...args: A): R => {
        if (take() === 'throw') throw new DOMException('blocked', 'SecurityError');
        return run(...args);
      };
    return { ...real, get: guard(real.get), set: guard(real.set) };
  }
  const call = <T,>(run: () => T): Promise<T> => {
    const fault = take();
    if (fault === 'throw') throw new Error('backend down');
    if (fault === 'reject') return Promise.reject(new Error('500'));
    if (fault === 'stall') return new Promise<T>(() => {});
    return new Promise<T>((resolve) => setTimeout(() => resolve(run()), fault === 'slow' ? TIMEOUT / 2 : 1));
  };
  return {
    key: 'backend',
    get: () => call(() => backend.value),
    set(value, record) {
      const landed = () => {
        unlanded.delete(record.id);
        if (record.method === 'reset') unlanded.delete(record.id.slice(0, 12));
      };
      try {
        return call(() => void (backend.value = value)).finally(landed);
      } catch (error) {
        landed();
        throw error;
      }
    },
    remove: () => call(() => void (backend.value = undefined)),
  };
}

function openTab(model: Model, real: Real): Tab {
  const unlanded = new Set<string>();
  const store = createConsentStore(shopConfig, {
    region: model.region,
    storage: storageFor(model, real.backend, unlanded),
    now: () => model.now,
    loadTimeout: TIMEOUT,
    onDecision(record) {
      model.log.set(record.id, record);
      if (model.kind === 'async') unlanded.add(record.id);
      if (record.method !== 'gpc') model.sequence.push(record.id);
      if (model.throwing) throw new Error('onDecision bug');
    },
    onChange() {
      if (model.throwing) throw new Error('onChange bug');
    },
    onError(error: ConsentError) {
      if (error.kind === 'storage' && error.operation !== 'get') model.lostWrite = true;
    },
  });
  store.subscribe(() => {
    if (model.throwing) throw new Error('listener bug');
  });
  return { store, stop: store.connect(), unlanded };
}

/** Lets promises and due timers run. */
const settle = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

/** The person's decision a record stands for: itself, or for a GPC opt-out the decision it was applied to (none after a reset). */
const appliedTo = (model: Model, record: ConsentRecord) => (record.method === 'gpc' ? model.log.get(record.basis![1]) : record);

/** G1 for one tab, now. */
function assertOnlyGrantedByTheirDecision(model: Model, tab: Tab, quiet = false) {
  const { record, choices } = tab.store.getState();
  for (const id of ids) {
    const definition = shopConfig.categories[id];
    const granted = tab.store.isGranted(id);
    if (definition.required) {
      expect(granted).toBe(true);
      continue;
    }
    // What the gates see (isGranted) and what components render (choices) agree on a grant.
    if (choices[id] === 'granted' && record && lapsesAt(shopConfig, record) > model.now / 1000) expect(granted).toBe(true);
    if (!granted) continue;
    if (!record && jurisdictionModel(model.region) === 'opt-out') {
      // Opt-out: a sale/sharing category runs without a decision, but never under GPC, and never
      // after an opt-out still current once the tabs have heard of it (a reset or its lapsing ends
      // it; a lost write may too).
      expect(definition.saleOrSharing, `${id} granted without a decision under opt-out`).toBe(true);
      expect(model.gpc, `${id} granted without a decision under GPC`).toBe(false);
      const last = model.log.get(String(model.sequence.at(-1)));
      if (quiet && last && !model.lostWrite && lapsesAt(shopConfig, last) * 1000 > model.now) expect(last.choices[id], `${id} opt-out reverted without an opt-in`).toBe(true);
      continue;
    }
    expect(record).not.toBeNull();
    const made = model.log.get(record!.id);
    expect(made, `${id} granted by a decision nobody made`).toBeDefined();
    expect(made!.choices[id]).toBe(true);
    // A GPC opt-out grants only what the person's decision it was applied to granted.
    expect(appliedTo(model, made!)?.choices[id], `${id} granted by a GPC opt-out, not by the decision under it`).toBe(true);
    expect(record!.revision).toBe(shopConfig.revision);
    expect(lapsesAt(shopConfig, record!) * 1000).toBeGreaterThan(model.now);
    if (model.gpc && definition.saleOrSharing) expect(made!.gpc, `${id} granted under GPC by a choice made without it`).toBe(true);
    if (model.dnt && definition.doNotTrack) expect(made!.dnt, `${id} granted under DNT by a choice made without it`).toBe(true);
  }
  for (const { id, category } of services) {
    const granted = tab.store.isGranted(`service:${id}`);
    // What the gates see and what components render agree on a service too.
    expect(granted, `service ${id}`).toBe(tab.store.getState().choices[`service:${id}`] === 'granted' && tab.store.isGranted(category));
    if (shopConfig.categories[category].required) {
      expect(granted).toBe(true);
      continue;
    }
    if (!granted) continue;
    // Opt-out without a decision: the service runs with its category (checked above).
    if (!record) continue;
    const made = model.log.get(record!.id)!;
    expect(made.services?.[id], `service ${id} granted by a decision that does not grant it`).toBe(true);
    expect(made.choices[category]).toBe(true);
    expect(appliedTo(model, made)?.services?.[id], `service ${id} granted by a GPC opt-out, not by the decision under it`).toBe(true);
  }
}

/** What storage holds, read as a fresh page would. */
function storedDecision(model: Model, real: Real): string | null {
  const raw =
    model.kind === 'async'
      ? real.backend.value
      : model.kind === 'localStorage'
        ? localStorage.getItem('ck_consent')
        : document.cookie
            .split('; ')
            .filter((pair) => pair.startsWith('ck_consent='))
            .map((pair) => pair.slice('ck_consent='.length));
  const candidates = (Array.isArray(raw) ? raw : [raw]).map((value) => decodeConsentRecord(value, ids, services.map(({ id }) => id))).filter((result) => result.ok);
  const newest = candidates.map((result) => result.record).sort((a, b) => compareOrder(orderOf(a), orderOf(b))).at(-1);
  return newest && newest.method !== 'reset' && lapsesAt(shopConfig, newest) * 1000 > model.now ? newest.id : null;
}

// ── Commands ──────────────────────────────────────────────────────────────────────────────────

type Command = fc.AsyncCommand<Model, Real>;

/** Every step is a later moment: people cannot click twice in one millisecond. */
const step = async (model: Model, ms = 1) => {
  model.now += ms;
  await settle(ms);
};

/** Cookies scripts write, each gated by a service or, without one, by its category. */
const scriptCookies = ['_ga', '_hjSessionUser_7', 'ad-id', 'usage-stats', 'theme-mode', '__stripe_mid'] as const;
const gateOf = (name: string) => {
  const { service, category } = shopConfig.cookies.find((cookie) => cookie.name === name || (String(cookie.name).endsWith('*') && name.startsWith(String(cookie.name).slice(0, -1))))!;
  return (service ? `service:${service}` : category) as Parameters<Tab['store']['isGranted']>[0];
};
const cookieNames = () => document.cookie.split('; ').map((pair) => pair.split('=')[0]!);

const choicesArb = fc.record(
  {
    functional: fc.boolean(),
    analytics: fc.boolean(),
    advertising: fc.boolean(),
    'service:stripe': fc.boolean(),
    'service:ga': fc.boolean(),
    'service:hotjar': fc.boolean(),
    'service:ads': fc.boolean(),
  },
  { requiredKeys: [] },
);

const commands = () => {
  // A tab number, taken modulo the run's number of tabs.
  const tab = fc.nat({ max: 2 });
  const make = (label: string, run: (model: Model, real: Real) => Promise<void> | void): Command => ({
    check: () => true,
    async run(model, real) {
      await run(model, real);
      await settle();
      real.tabs.forEach((t) => assertOnlyGrantedByTheirDecision(model, t));
    },
    toString: () => label,
  });
  return [
    fc.tuple(tab, fc.constantFrom('acceptAll', 'rejectAll')).map(([i, action]) =>
      make(`tab ${i}: ${action}`, async (model, real) => {
        await step(model);
        real.tabs[i % real.tabs.length]!.store[action as 'acceptAll' | 'rejectAll']();
      }),
    ),
    fc.tuple(tab, choicesArb).map(([i, choices]) =>
      make(`tab ${i}: save ${JSON.stringify(choices)}`, async (model, real) => {
        await step(model);
        real.tabs[i % real.tabs.length]!.store.save(choices);
      }),
    ),
    tab.map((i) =>
      make(`tab ${i}: scripts write their cookies`, async (model, real) => {
        await step(model);
        const { store } = real.tabs[i % real.tabs.length]!;
        for (const name of scriptCookies) {
          const granted = store.isGranted(gateOf(name));
          expect(store.cookies.set(name as never, 'x'), `${name} written without its consent, or refused with it`).toBe(granted);
          if (granted) expect(cookieNames()).toContain(name);
        }
      }),
    ),
    tab.map((i) =>
      make(`tab ${i}: reset`, async (model, real) => {
        await step(model);
        model.sequence.push(model.now);
        const tab = real.tabs[i % real.tabs.length]!;
        if (model.kind === 'async') tab.unlanded.add(idAt(model.now));
        tab.store.reset();
      }),
    ),
    tab.map((i) =>
      make(`tab ${i}: reload`, async (model, real) => {
        const at = i % real.tabs.length;
        const closing = real.tabs[at]!;
        closing.stop();
        // A page that closes with its write still on its way to an asynchronous backend, when no page
        // left open has heard of it or will: the next page may read before it lands, and store
        // something over it (a GPC opt-out) once it has. No store can see that without
        // compare-and-set storage; the model counts it as a lost write.
        const heard = (key: string) => [...HeldChannel.pending, ...HeldChannel.delivered].some(([target, data]) => HeldChannel.open.has(target) && String(data).includes(key));
        real.closed.push(closing.unlanded);
        // Checked again at every reload: the page that had heard of it may be the one closing now.
        if (real.closed.some((unlanded) => [...unlanded].some((key) => !heard(key)))) model.lostWrite = true;
        real.tabs[at] = openTab(model, real);
        // The page connects once it is idle (a timer here: jsdom has no requestIdleCallback) and its sync code has loaded.
        await vi.advanceTimersByTimeAsync(0);
        await vi.dynamicImportSettled();
      }),
    ),
    fc.constant(make('deliver messages', () => HeldChannel.deliver())),
    fc.integer({ min: 1, max: 3 * TIMEOUT }).map((ms) => make(`wait ${ms} ms`, (model) => step(model, ms))),
    fc.constant(make('wait past expiry', (model) => step(model, LIFETIME_MS + 1000))),
    fc.boolean().map((on) =>
      make(`GPC ${on ? 'on' : 'off'}, tabs looked at again`, (model) => {
        model.gpc = gpcNow = on;
        document.dispatchEvent(new Event('visibilitychange'));
      }),
    ),
    fc.boolean().map((on) =>
      make(`Do Not Track ${on ? 'on' : 'off'}, tabs looked at again`, (model) => {
        model.dnt = dntNow = on;
        document.dispatchEvent(new Event('visibilitychange'));
      }),
    ),
    fc.constantFrom<Fault>('throw', 'reject', 'stall', 'slow').map((fault) => make(`storage fault: ${fault}`, (model) => void model.faults.push(fault))),
    fc.boolean().map((on) => make(`callbacks ${on ? 'throw' : 'behave'}`, (model) => void (model.throwing = on))),
  ];
};

// ── The run ───────────────────────────────────────────────────────────────────────────────────

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal('BroadcastChannel', HeldChannel);
  // Rethrown callback errors are the app's bugs, surfaced on purpose; here they are only counted.
  vi.stubGlobal('reportError', () => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// What every page reads as Global Privacy Control: the model's.
let gpcNow = false;
Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => gpcNow });
let dntNow = false;
Object.defineProperty(navigator, 'doNotTrack', { configurable: true, get: () => (dntNow ? '1' : null) });

function clearPage() {
  for (const name of document.cookie.split(';').map((pair) => pair.split('=')[0]!.trim()).filter(Boolean)) {
    document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
  localStorage.clear();
  HeldChannel.pending = [];
  HeldChannel.delivered = [];
  HeldChannel.open.clear();
}

test(`the store keeps G1 in every state and converges once quiet (${RUNS} random sequences)`, async () => {
  let sequences = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom<StorageKind>('cookie', 'localStorage', 'async'),
      fc.integer({ min: 1, max: 3 }),
      // A shrunk failure also prints the replay path of its commands: FC_REPLAY=<it>.
      fc.commands(commands(), { maxCommands: 24, ...(process.env.FC_REPLAY && { replayPath: process.env.FC_REPLAY }) }),
      fc.constantFrom(undefined, 'DE', 'US-CA'),
      async (kind, tabCount, cmds, region) => {
      sequences++;
      clearPage();
      gpcNow = false;
      dntNow = false;
      const model: Model = { kind, now: Date.UTC(2026, 0, 15), gpc: false, dnt: false, throwing: false, faults: [], log: new Map(), sequence: [], lostWrite: false, region };
      const real: Real = { tabs: [], backend: { value: undefined }, closed: [] };
      real.tabs = Array.from({ length: tabCount }, () => openTab(model, real));
      await vi.advanceTimersByTimeAsync(0);
      await vi.dynamicImportSettled();
      try {
        await fc.asyncModelRun(() => ({ model, real }), cmds);

        // Quiet: storage works again, messages arrive, timers run, and each page is looked at again.
        model.faults = [];
        model.throwing = false;
        for (let round = 0; round < 4; round++) {
          HeldChannel.deliver();
          await step(model, 2 * TIMEOUT);
          document.dispatchEvent(new Event('visibilitychange'));
          await step(model, 2 * TIMEOUT);
        }
        HeldChannel.deliver();
        await settle(2 * TIMEOUT);

        const { tabs } = real;
        tabs.forEach((t) => assertOnlyGrantedByTheirDecision(model, t, true));
        const seen = tabs.map((t) => t.store.getState().record?.id ?? null);
        const stored = storedDecision(model, real);
        expect(new Set(seen).size, `tabs disagree: ${seen.join(' / ')}`).toBe(1);
        expect(seen[0], 'storage disagrees with the tabs').toBe(stored);
        const last = model.sequence.at(-1);
        const lastRecord = typeof last === 'string' ? model.log.get(last)! : undefined;
        const lastStillCurrent = lastRecord && lapsesAt(shopConfig, lastRecord) * 1000 > model.now ? lastRecord.id : null;
        // Under opt-out a tab stores GPC as an opt-out with no click, on top of the newest decision
        // or reset it knows. One applied to an older view than the person's last decision or reset
        // sorts before it and loses (G3): only one applied to that very decision, or reset (a marker
        // whose id begins with its millisecond), or to nothing at all, may be what the tabs agree on.
        const agreed = seen[0] ? model.log.get(seen[0]) : undefined;
        const basis = agreed?.method === 'gpc' ? agreed.basis![1] : undefined;
        const onTopOfLast =
          basis !== undefined &&
          (typeof last === 'string' ? basis === last : last === undefined ? basis === '' : !model.log.has(basis) && basis.startsWith(idAt(last)));
        if (!model.lostWrite) expect(seen[0] === lastStillCurrent || onTopOfLast, `the last decision was lost: ${seen[0]} is not ${lastStillCurrent} (last: ${last})`).toBe(true);
        // Revoking a category or a service (or its decision lapsing) erased what scripts wrote under it.
        for (const name of scriptCookies) {
          if (cookieNames().includes(name)) expect(tabs[0]!.store.isGranted(gateOf(name)), `${name} left without consent`).toBe(true);
        }
      } finally {
        real.tabs.forEach((t) => t.stop());
      }
    },
    ),
    // A failure prints its seed and path; FC_SEED=<seed> FC_PATH=<path> replays it.
    { numRuns: RUNS, verbose: 1, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {}) },
  );
  if (!process.env.FC_SEED) expect(sequences).toBeGreaterThanOrEqual(RUNS);
}, 300_000);
