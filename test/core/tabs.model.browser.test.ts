/**
 * Model-based test of consent shared between tabs, in real Chromium: two or three stores on one
 * storage in this page stand for tabs of one site. They share `document.cookie` (or localStorage,
 * or an asynchronous backend that answers after random short delays, with or without
 * compare-and-set), and Chromium's own
 * BroadcastChannel carries their messages between channel objects, asynchronously, as between
 * tabs. Nothing is stubbed: timers, idle callbacks and message delivery are the browser's.
 *
 * fast-check plays random sequences of Accept all, Reject all, partial saves (categories and
 * services), resets, reloads (a tab's store goes and a new one reads the same storage, under the
 * policy revision the site serves by then), a new revision deployed, the page woken
 * (visibilitychange, a back/forward cache restore) and short waits that let messages and storage
 * answers interleave. It checks:
 * - at every step and at every change a tab announces: no tab grants a category or service that
 *   no decision of its revision granted, and no tab goes back to a decision older than one it has
 *   shown or a reset it made (a tab that has not heard of a newer refusal yet may still show the
 *   grant before it; it may never return to it afterwards);
 * - at every step with synchronous storage: storage holds the newest decision or reset;
 * - once settled: every tab shows the newest decision or reset made anywhere (as its revision reads
 *   it), and storage holds it;
 * - throughout: `getState()` never throws, nothing is reported through `onError` or warned, and no
 *   promise rejection goes unhandled.
 *
 * Decisions are made at distinct milliseconds (the test waits for the clock to move), so the order
 * the model made them in is their order in time, which every store must agree on.
 */
import fc from 'fast-check';
import { compareOrder, decodeConsentRecord, orderOf, type ConsentRecord, type DecisionOrder } from '../../src/core/record';
import { createConsentStore, type ConsentStore } from '../../src/core/store';
import { cookieAdapter } from '../../src/storage/cookie';
import { localStorageAdapter } from '../../src/storage/local-storage';
import type { ConsentStorage } from '../../src/storage/types';
import { canReplaceConsent } from '../../src/server/can-replace-consent';
import { serviceConfig } from './fixtures';

// Browser files see the FC_ variables through import.meta.env (vitest.config.ts, envPrefix).
const env = import.meta.env as Record<string, string | undefined>;
// Few by default, as every sequence waits for real messages and idle callbacks; FC_RUNS raises it.
const RUNS = Math.max(100, Number(env.FC_RUNS) || 0);

/** The consent cookie and localStorage key of this file, apart from those other files use. */
const KEY = 'ck_tabs';
const ids = serviceConfig.categoryIds;
type Category = (typeof ids)[number];
type Service = 'stripe' | 'ga' | 'hotjar' | 'ads';
const services = serviceConfig.services.filter((service) => service.id) as { id: Service; category: Category }[];
// The same policy under the next revision: a decision of either revision asks again under the other.
const configs = { 1: serviceConfig, 2: { ...serviceConfig, revision: 2 } } as const;
type Revision = keyof typeof configs;

/** `cas`: an asynchronous backend that keeps a newer decision over an older write (`canReplaceConsent`), and answers that write `false`. */
type StorageKind = 'cookie' | 'localStorage' | 'async' | 'cas';
const backed = (kind: StorageKind) => kind === 'async' || kind === 'cas';

interface Model {
  kind: StorageKind;
  /** The revision the site serves now: a page loaded from now on gets it. */
  revision: Revision;
  /** Every decision and reset any tab stored, by id. */
  log: Map<string, ConsentRecord>;
  /** When the last decision or reset was asked for: the next one waits for the clock to move past it. */
  lastDecisionAt: number;
  /** What went wrong outside an assertion: a failed check inside a listener, an error reported, an unhandled rejection. */
  problems: string[];
  /**
   * A page closed while a call of its to the asynchronous backend was on its way: a write, or a
   * read that a write of its waits behind.
   */
  closedWhileWriting: boolean;
  /**
   * Decisions made by pages that have closed. Once a page has closed while writing, without
   * compare-and-set, one may be lost with no store able to tell (README, G3): that page's late
   * write, or the next page's, lands over it while no page still open has heard of it (one opened
   * meanwhile, not yet connected, missed its message).
   */
  madeByClosed: Set<string>;
}

interface Tab {
  name: string;
  revision: Revision;
  store: ConsentStore<Category, string, Service>;
  storage: ConsentStorage;
  stop: () => void;
  /** The newest decision or reset this tab has shown or made: it may never show an older one. */
  floor: DecisionOrder;
  /** The ids of the decisions this tab made. */
  made: string[];
}

interface Real {
  tabs: Tab[];
  /** The value of the asynchronous backend. */
  backend: { value: string | undefined };
  /** Tabs opened so far (for their names). */
  opened: number;
  /** Draws the asynchronous backend's delays, from the sequence's seed. */
  random: () => number;
}

/** Calls each page has made to the asynchronous backend that have not answered yet, by adapter. */
const inFlight = new WeakMap<ConsentStorage, number>();

/** A small seeded generator, so that a sequence's storage delays come from its fast-check seed. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The storage of one page: a fresh adapter, as a page would make, over the run's shared storage; every record it stores is logged. */
function storageFor(model: Model, real: Real, run: number): ConsentStorage {
  const log = (record: ConsentRecord) => void model.log.set(record.id, record);
  if (!backed(model.kind)) {
    const adapter = model.kind === 'cookie' ? cookieAdapter({ name: KEY }) : localStorageAdapter({ key: KEY });
    return {
      ...adapter,
      set(value, record) {
        log(record);
        return adapter.set(value, record);
      },
    };
  }
  // A backend over the network: each call lands and answers after 0–15 ms, so calls of different
  // tabs land out of the order they were made in.
  // Calls on their way are counted: a store sends a write only once its earlier calls answered.
  const later = <T,>(run: () => T) => {
    inFlight.set(adapter, (inFlight.get(adapter) ?? 0) + 1);
    return new Promise<T>((resolve) =>
      setTimeout(() => {
        inFlight.set(adapter, inFlight.get(adapter)! - 1);
        resolve(run());
      }, Math.floor(real.random() * 16)),
    );
  };
  const adapter: ConsentStorage = {
    // A key of its own per sequence: channels of another sequence's tabs never hear these.
    key: `tabs-backend-${run}`,
    get: () => later(() => real.backend.value),
    set(value, record) {
      log(record);
      return later(() => (model.kind === 'cas' && !canReplaceConsent(real.backend.value, value) ? false : void (real.backend.value = value)));
    },
  };
  return adapter;
}

/** What storage holds, as a fresh page would read it: the newest record. */
function stored(model: Model, real: Real): ConsentRecord | undefined {
  const raw =
    backed(model.kind)
      ? real.backend.value
      : model.kind === 'localStorage'
        ? localStorage.getItem(KEY)
        : document.cookie
            .split('; ')
            .filter((pair) => pair.startsWith(`${KEY}=`))
            .map((pair) => pair.slice(KEY.length + 1));
  return (Array.isArray(raw) ? raw : [raw])
    .map((value) => decodeConsentRecord(value, ids, services.map(({ id }) => id)))
    .flatMap((result) => (result.ok ? [result.record] : []))
    .sort((a, b) => compareOrder(orderOf(a), orderOf(b)))
    .at(-1);
}

/** The newest decision or reset made anywhere. */
const newest = (model: Model) => [...model.log.values()].sort((a, b) => compareOrder(orderOf(a), orderOf(b))).at(-1);

/** The safety checks for one tab, now; each failure is described, not thrown, so that a listener can run them. */
function unsafe(model: Model, tab: Tab): string[] {
  const problems: string[] = [];
  let state;
  try {
    state = tab.store.getState();
  } catch (error) {
    return [`${tab.name}: getState() threw ${String(error)}`];
  }
  const { record } = state;
  if (record) {
    if (!model.log.has(record.id)) problems.push(`${tab.name} shows a decision nobody made: ${record.id}`);
    if (compareOrder(orderOf(record), tab.floor) < 0) problems.push(`${tab.name} went back to ${record.method} ${record.id}, older than one it had shown or made`);
    else tab.floor = orderOf(record);
    if (record.revision !== tab.revision) problems.push(`${tab.name} (revision ${tab.revision}) shows a decision of revision ${record.revision}`);
  }
  const made = record && model.log.get(record.id);
  for (const id of ids) {
    if (serviceConfig.categories[id].required || !tab.store.isGranted(id)) continue;
    if (!made?.choices[id]) problems.push(`${tab.name} grants ${id}, which its decision (${made?.method ?? 'none'}) does not grant`);
  }
  for (const { id, category } of services) {
    if (serviceConfig.categories[category].required || !tab.store.isGranted(`service:${id}`)) continue;
    if (!made?.services?.[id] || !made.choices[category]) problems.push(`${tab.name} grants service ${id}, which its decision (${made?.method ?? 'none'}) does not grant`);
  }
  return problems;
}

/** The state a tab of `revision` should show for the newest decision or reset `last`, or a description of how it differs. */
function differs(tab: Tab, last: ConsentRecord | undefined): string | undefined {
  const state = tab.store.getState();
  const current = last && last.method !== 'reset' && last.revision === tab.revision ? last : undefined;
  if ((state.record?.id ?? null) !== (current?.id ?? null)) return `${tab.name} shows ${state.record?.method ?? 'nothing'} ${state.record?.id ?? ''}, not ${last?.method ?? 'nothing'} ${last?.id ?? ''}`;
  if (state.decided !== !!current) return `${tab.name} is ${state.decided ? '' : 'not '}decided`;
  if (state.status !== 'ready') return `${tab.name} is still loading`;
  for (const id of ids) {
    const expected = serviceConfig.categories[id].required ? 'granted' : !current ? 'undecided' : current.choices[id] ? 'granted' : 'denied';
    if (state.choices[id] !== expected) return `${tab.name}: ${id} is ${state.choices[id]}, not ${expected}`;
  }
  for (const { id, category } of services) {
    const expected = state.choices[category] === 'granted' && (serviceConfig.categories[category].required || current?.services?.[id]) ? 'granted' : state.choices[category] === 'undecided' ? 'undecided' : 'denied';
    if (state.choices[`service:${id}`] !== expected) return `${tab.name}: service ${id} is ${state.choices[`service:${id}`]}, not ${expected}`;
  }
  return undefined;
}

function openTab(model: Model, real: Real, run: number): Tab {
  const revision = model.revision;
  const tab = { name: `tab ${++real.opened} (revision ${revision})`, revision, floor: orderOf(undefined), made: [] as string[] } as Tab;
  tab.storage = storageFor(model, real, run);
  tab.store = createConsentStore(configs[revision], {
    storage: tab.storage,
    // The browser's signals stay off: what is checked here is what tabs tell each other.
    gpc: false,
    doNotTrack: false,
    // Logged as it is made: an asynchronous backend is only asked to store it once earlier calls have answered.
    onDecision: (record) => {
      model.log.set(record.id, record);
      tab.made.push(record.id);
    },
    onError: (error) => void model.problems.push(`${tab.name} reported ${JSON.stringify(error, (_, value) => (value instanceof Error ? String(value) : value))}`),
  });
  // Every change a tab announces is checked as it happens, not only at the end of a step; a
  // microtask later, as a decision is announced to listeners just before onDecision logs it.
  tab.store.subscribe(() => queueMicrotask(() => void model.problems.push(...unsafe(model, tab))));
  tab.stop = tab.store.connect();
  return tab;
}

// ── Commands ──────────────────────────────────────────────────────────────────────────────────

type Command = fc.AsyncCommand<Model, Real>;

const wantedArb = fc.record(
  {
    functional: fc.boolean(),
    analytics: fc.boolean(),
    advertising: fc.boolean(),
    'service:ga': fc.boolean(),
    'service:hotjar': fc.boolean(),
    'service:ads': fc.boolean(),
  },
  { requiredKeys: [] },
);

/** A decision or reset waits for the clock to pass the previous one: people do not click twice in one millisecond. */
async function nextMoment(model: Model): Promise<number> {
  while (Date.now() <= model.lastDecisionAt) await sleep(1);
  return Date.now();
}

const commands = (run: () => number) => {
  // A tab number, taken modulo the sequence's number of tabs.
  const tab = fc.nat({ max: 2 });
  const pick = (real: Real, i: number) => real.tabs[i % real.tabs.length]!;
  const make = (label: string, act: (model: Model, real: Real) => Promise<void> | void): Command => ({
    check: () => true,
    async run(model, real) {
      await act(model, real);
      // A task later: what the action started synchronously has run, and its messages are on their way.
      await sleep(0);
      for (const t of real.tabs) model.problems.push(...unsafe(model, t));
      // Synchronous storage holds a decision the moment it is made, and nothing older replaces it.
      if (!backed(model.kind) && stored(model, real)?.id !== newest(model)?.id) model.problems.push(`storage holds ${stored(model, real)?.id}, not the newest ${newest(model)?.id}`);
      expect(model.problems).toEqual([]);
    },
    toString: () => label,
  });
  return [
    fc.tuple(tab, fc.constantFrom('acceptAll' as const, 'rejectAll' as const, 'reset' as const)).map(([i, action]) =>
      make(`tab ${i}: ${action}`, async (model, real) => {
        const at = await nextMoment(model);
        const t = pick(real, i);
        // A reset shows no record: the tab's floor is the reset's place in time, which begins with its millisecond.
        if (action === 'reset') t.floor = [Math.floor(at / 1000), at.toString(16).padStart(12, '0')];
        t.store[action]();
        model.lastDecisionAt = Date.now();
      }),
    ),
    fc.tuple(tab, wantedArb).map(([i, wanted]) =>
      make(`tab ${i}: save ${JSON.stringify(wanted)}`, async (model, real) => {
        await nextMoment(model);
        pick(real, i).store.save(wanted);
        model.lastDecisionAt = Date.now();
      }),
    ),
    tab.map((i) =>
      make(`tab ${i}: reload`, async (model, real) => {
        const at = i % real.tabs.length;
        const closing = real.tabs[at]!;
        // A closed page runs no more code, while a store here would go on: a save made while it
        // loaded would be made after it closed, unannounced. So a page closes once it has loaded
        // and connected (idle), as one the person has seen; its writes still on their way land later.
        await vi.waitFor(() => expect(closing.store.getState().status).toBe('ready'), { timeout: 2000, interval: 5 });
        await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
        await sleep(0);
        // A write still on its way (or waiting behind a read) lands with nobody left to announce
        // it: a page that read the backend before it landed learns of it only when next looked at
        // (see the settling below).
        if (inFlight.get(closing.storage)) model.closedWhileWriting = true;
        closing.made.forEach((id) => model.madeByClosed.add(id));
        closing.stop();
        real.tabs[at] = openTab(model, real, run());
      }),
    ),
    fc.constant(make('the site deploys policy revision 2', (model) => void (model.revision = 2))),
    fc.constantFrom('visibilitychange', 'pageshow').map((event) =>
      make(`the page is woken (${event})`, () => {
        if (event === 'pageshow') dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        else document.dispatchEvent(new Event('visibilitychange'));
      }),
    ),
    fc.integer({ min: 0, max: 30 }).map((ms) => make(`wait ${ms} ms`, () => sleep(ms))),
  ];
};

// ── The run ───────────────────────────────────────────────────────────────────────────────────

let warnings: unknown[][] = [];
let unhandled: string[] = [];
const onRejection = (event: PromiseRejectionEvent) => void unhandled.push(String(event.reason));
const onError = (event: ErrorEvent) => void unhandled.push(String(event.error ?? event.message));

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation((...args) => void warnings.push(args));
  addEventListener('unhandledrejection', onRejection);
  addEventListener('error', onError);
});

afterAll(() => {
  removeEventListener('unhandledrejection', onRejection);
  removeEventListener('error', onError);
  vi.restoreAllMocks();
});

function clearStorage() {
  document.cookie = `${KEY}=; Max-Age=0; Path=/`;
  localStorage.removeItem(KEY);
}

const KINDS: StorageKind[] = ['cookie', 'localStorage', 'async', 'cas'];

test(`given two or three tabs deciding, resetting, reloading and waking at random, each should only grant what a decision it may still show granted, and all should converge on the newest decision (${RUNS} sequences)`, async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...KINDS),
      fc.integer({ min: 2, max: 3 }),
      fc.integer(),
      // A shrunk failure also prints the replay path of its commands: FC_REPLAY=<it>.
      fc.commands(commands(() => run), { maxCommands: 16, ...(env.FC_REPLAY && { replayPath: env.FC_REPLAY }) }),
      async (kind, tabCount, seed, cmds) => {
        run++;
        clearStorage();
        warnings = [];
        unhandled = [];
        const model: Model = { kind, revision: 1, log: new Map(), lastDecisionAt: 0, problems: [], closedWhileWriting: false, madeByClosed: new Set() };
        const real: Real = { tabs: [], backend: { value: undefined }, opened: 0, random: seeded(seed) };
        real.tabs = Array.from({ length: tabCount }, () => openTab(model, real, run));
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds);

          // Settled: messages delivered, storage answered, every tab connected (once the page was
          // idle) and caught up. Nobody wakes the page: the tabs must get there by themselves;
          // unless a page closed with its write on the way to the backend, landing after the page
          // that replaced it had read it (no store can hear of that: the page that could tell is
          // gone). The person then looks at the tabs again, and they read storage.
          if (model.closedWhileWriting) {
            await sleep(50);
            document.dispatchEvent(new Event('visibilitychange'));
          }
          await vi.waitFor(
            () => {
              // A save made while an asynchronous backend still loaded is made once it has answered.
              const made = newest(model);
              const held = stored(model, real);
              // The gap README's G3 names, and only it, for an asynchronous backend without
              // compare-and-set: a page closed while writing, the newest decision was made by a page
              // that has closed, and storage ended without it. The tabs must then agree on what
              // storage holds. A tab that did hear of it keeps it (it never goes back), so a store
              // that failed to restore it is still caught.
              const lost = model.kind === 'async' && model.closedWhileWriting && !!made && model.madeByClosed.has(made.id) && held?.id !== made.id;
              const last = lost ? held : made;
              const late = real.tabs.map((t) => differs(t, last)).filter(Boolean);
              expect(late, `tabs disagree with the ${lost ? 'decision storage holds, the newest being lost' : 'newest decision'} (storage holds ${held?.method} ${held?.id})`).toEqual([]);
              expect(stored(model, real)?.id, 'storage does not hold the newest decision').toBe(last?.id);
            },
            { timeout: 3000, interval: 20 },
          );
          for (const t of real.tabs) model.problems.push(...unsafe(model, t));
          expect(model.problems).toEqual([]);
          expect(unhandled, 'unhandled rejections or errors').toEqual([]);
          expect(warnings, 'warnings').toEqual([]);
        } finally {
          real.tabs.forEach((t) => t.stop());
        }
      },
    ),
    // A failure prints its seed and path; FC_SEED=<seed> FC_PATH=<path> replays it.
    { numRuns: RUNS, verbose: 1, ...(env.FC_SEED ? { seed: Number(env.FC_SEED), path: env.FC_PATH } : {}) },
  );
  clearStorage();
}, 600_000);
