/**
 * Model-based test of the rendered UI: fast-check plays random sequences of what a person does with
 * the banner and the preferences dialog, what the app does from code (save, reset, useCookie
 * writes), page reloads, a new policy revision and another tab's decisions, and checks after every
 * step what a person (or a privacy reviewer looking at the page) would notice:
 *
 * - no declared cookie exists without its category's (and service's) consent, and a `useCookie`
 *   writer is refused exactly when consent is missing and shows what the jar holds;
 * - the gated script has run exactly when its category has been granted during this page load, and
 *   never before;
 * - every `useConsent` reader shows the model's grant, and re-renders only when its own grant changes;
 * - the banner shows, with its three buttons together, exactly when no decision of the current
 *   revision is stored, and says the policy changed when an older revision's decision is;
 * - an open dialog's switches show the person's unsaved edits, and the store's current choices for
 *   the categories they have not touched (another tab's decision or a reset shows at once);
 * - storage holds the last decision made, so that a reload shows exactly what was chosen.
 *
 * The model is the person's last decision as they made it, and the rules `save()` documents for
 * choices left out; nothing here reads the store to decide what to expect. Each sequence runs on
 * the default cookie storage, the memory adapter or an asynchronous backend (the page starts
 * 'loading', so a reload can be followed by a call before storage answers), with or without
 * StrictMode.
 */
import fc from 'fast-check';
import { act, render, screen, within, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { StrictMode, useEffect } from 'react';
import { ConsentBanner } from '../../src/components/banner';
import { ConsentPreferences } from '../../src/components/preferences';
import { defineConsentConfig } from '../../src/core/config';
import { readCookie } from '../../src/core/cookie-jar';
import { decodeConsentRecord, encodeConsentRecord } from '../../src/core/record';
import { createConsentStore } from '../../src/core/store';
import { ConsentScript } from '../../src/integrations/consent-script';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent, type ConsentControls } from '../../src/react/use-consent';
import { useCookie } from '../../src/react/use-cookie';
import { cookieAdapter } from '../../src/storage/cookie';
import { memoryAdapter } from '../../src/storage/memory';
import type { ConsentStorage } from '../../src/storage/types';

// Few by default, as every step renders, clicks and waits for React; FC_RUNS raises it for a longer search.
const RUNS = Math.max(30, Number(process.env.FC_RUNS) || 0);

const configOf = (revision: number) =>
  defineConsentConfig({
    revision,
    categories: {
      essential: { required: true, title: 'Essential', description: 'Login and security.' },
      functional: { title: 'Functional', description: 'Remembers your settings.' },
      analytics: { title: 'Analytics', description: 'Counts visits.' },
    },
    services: [{ id: 'ga', name: 'Google Analytics', category: 'analytics', purpose: 'Usage statistics', data: 'Page views', privacyPolicyUrl: 'https://policies.google.com/privacy' }],
    cookies: [
      { name: 'auth-token', category: 'essential', purpose: 'Keeps you logged in', duration: { days: 7 } },
      { name: 'theme-mode', category: 'functional', purpose: 'Light/dark theme preference', duration: { days: 90 } },
      { name: '_ga', category: 'analytics', service: 'ga', provider: 'Google Analytics', purpose: 'Visitor ID', duration: { years: 2 } },
      { name: 'usage-stats', category: 'analytics', purpose: 'Feature usage tracking', duration: { days: 30 } },
    ],
  });

/** What a reader or a cookie is gated by. */
type Key = 'functional' | 'analytics' | 'service:ga';
const KEYS: readonly Key[] = ['functional', 'analytics', 'service:ga'];
/** Each declared cookie and what it needs (`null`: required, always allowed). */
const COOKIES = { 'auth-token': null, 'theme-mode': 'functional', _ga: 'service:ga', 'usage-stats': 'analytics' } as const;
type CookieName = keyof typeof COOKIES;

interface Decision {
  revision: number;
  functional: boolean;
  analytics: boolean;
  ga: boolean;
}

interface Model {
  /** The default cookie, memory, or a backend that answers after a moment (the store starts 'loading'). */
  storage: 'cookie' | 'memory' | 'async';
  /** The app renders under StrictMode (a development build): every render happens twice. */
  strict: boolean;
  revision: number;
  /** The last decision stored, or null (none yet, or reset). */
  stored: Decision | null;
  /** While the dialog is open, the switches the person changed (a category with its service). */
  draft: Partial<Shown> | null;
  /** This page load's number, which keys its script's run counter. */
  page: number;
  /** Analytics was granted at some point during this page load. */
  analyticsSeen: boolean;
}

/** A backend shared by every page and tab of a run, answering each call after a timer. */
function asyncStorage(): ConsentStorage & { value?: string } {
  const later = <T,>(run: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(run())));
  const storage: ConsentStorage & { value?: string } = {
    key: 'backend',
    get: () => later(() => storage.value),
    set: (next) => later(() => void (storage.value = next)),
  };
  return storage;
}

const current = (model: Model) => (model.stored?.revision === model.revision ? model.stored : null);
type Shown = { functional: boolean; analytics: boolean; ga: boolean };

/** What the open dialog's switches show: the person's edits, else the current decision. */
const shownDraft = (model: Model): Shown => {
  const edits = model.draft ?? {};
  return { functional: edits.functional ?? grantOf(model, 'functional'), analytics: edits.analytics ?? grantOf(model, 'analytics'), ga: edits.ga ?? grantOf(model, 'service:ga') };
};

const grantOf = (model: Model, key: Key) => {
  const decision = current(model);
  return !!decision && (key === 'service:ga' ? decision.analytics && decision.ga : decision[key]);
};

/** What a decision with `wanted` stores, by the documented rules of `save()` for what it leaves out. */
function saved(model: Model, wanted: Partial<Record<Key, boolean>>): Decision {
  const was = current(model);
  const given = (key: Key) => typeof wanted[key] === 'boolean';
  const functional = given('functional') ? wanted.functional! : !!was?.functional;
  // A service granted grants its category.
  const analytics = given('analytics') ? wanted.analytics! : wanted['service:ga'] === true || !!was?.analytics;
  // A category given sets its services left out; a service left out keeps its grant.
  const ga = analytics && (given('service:ga') ? wanted['service:ga']! : given('analytics') || !!was?.ga);
  return { revision: model.revision, functional, analytics, ga };
}

const all = (model: Model, on: boolean): Decision => ({ revision: model.revision, functional: on, analytics: on, ga: on });

// ── The page ──────────────────────────────────────────────────────────────────────────────────

/** Messages between stores wait until the test delivers them, so that a run replays from its seed. */
class HeldChannel {
  static open = new Set<HeldChannel>();
  static pending: [HeldChannel, unknown][] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  constructor(readonly name: string) {
    HeldChannel.open.add(this);
  }
  postMessage(data: unknown) {
    for (const other of HeldChannel.open) if (other !== this && other.name === this.name) HeldChannel.pending.push([other, data]);
  }
  close() {
    HeldChannel.open.delete(this);
  }
  static deliver() {
    while (HeldChannel.pending.length) {
      const [target, data] = HeldChannel.pending.shift()!;
      if (HeldChannel.open.has(target)) target.onmessage?.({ data });
    }
  }
}

interface Page {
  renders: Record<Key, number>;
  writers: Partial<Record<CookieName, (value: string) => boolean>>;
  controls: { current?: ConsentControls };
}

function Reader({ name, page }: { name: Key; page: Page }) {
  page.renders[name]++;
  return <output data-reader={name}>{useConsent(name) ? 'on' : 'off'}</output>;
}

function CookieWriter({ name, page }: { name: CookieName; page: Page }) {
  const [value, set] = useCookie(name);
  page.writers[name] = set;
  return <output data-cookie={name}>{value ?? ''}</output>;
}

/** Hands the app's imperative controls to the test, as a footer link or an account page would use them. */
function Controls({ page }: { page: Page }) {
  const controls = useConsent();
  useEffect(() => void (page.controls.current = controls));
  page.controls.current = controls;
  return null;
}

const scriptCode = (key: string) => `(window.ckUiRuns = window.ckUiRuns || {})[${JSON.stringify(key)}] = (window.ckUiRuns[${JSON.stringify(key)}] || 0) + 1;`;

/** A page load: the provider and everything under it, reading whatever storage holds. */
function mount(model: Model, storage: ConsentStorage, run: number): { page: Page; result: RenderResult } {
  const page: Page = { renders: { functional: 0, analytics: 0, 'service:ga': 0 }, writers: {}, controls: {} };
  const result = render(
    <ConsentProvider config={configOf(model.revision)} storage={storage}>
      <ConsentBanner />
      <ConsentPreferences />
      {/* Keyed by run and page: the gate adds a given script once per page load, as a real reload would. */}
      <ConsentScript category="analytics" code={scriptCode(`${run}:${model.page}`)} />
      {KEYS.map((key) => (
        <Reader key={key} name={key} page={page} />
      ))}
      {(Object.keys(COOKIES) as CookieName[]).map((name) => (
        <CookieWriter key={name} name={name} page={page} />
      ))}
      <Controls page={page} />
    </ConsentProvider>,
    { reactStrictMode: model.strict },
  );
  return { page, result };
}

/** Lets the page settle: effects, the idle connect (a timer in jsdom), the sync code's import, held messages. */
async function settle() {
  // A few rounds: an asynchronous backend's answer can start another call (a read after a message).
  for (let round = 0; round < 3; round++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await vi.dynamicImportSettled();
      HeldChannel.deliver();
    });
  }
}

interface Real {
  run: number;
  storage: ConsentStorage;
  user: UserEvent;
  page: Page;
  result: RenderResult;
  /** Reader renders as of the end of the previous step, and the grants they showed. */
  before: { renders: Record<Key, number>; grants: Record<Key, boolean> };
}

// ── Invariants ────────────────────────────────────────────────────────────────────────────────

const declaredCookiesInJar = () =>
  document.cookie
    .split(';')
    .map((pair) => pair.split('=')[0]!.trim())
    .filter((name): name is CookieName => name in COOKIES);

const banner = () => document.querySelector<HTMLElement>('.ck-banner');
const dialog = () => screen.queryByRole('dialog', { name: 'Cookie preferences' });

function storedDecision(model: Model, real: Real) {
  const raw = model.storage === 'cookie' ? readCookie('ck_consent') : model.storage === 'async' ? (real.storage as { value?: string }).value : (real.storage.get() as string | undefined);
  if (raw == null) return null;
  const decoded = decodeConsentRecord(raw, ['essential', 'functional', 'analytics'], ['ga']);
  if (!decoded.ok || decoded.record.method === 'reset') return null;
  const { record } = decoded;
  return { revision: record.revision, functional: record.choices.functional, analytics: record.choices.analytics, ga: !!record.services?.ga };
}

function checkInvariants(model: Model, real: Real, label: string) {
  const at = `after "${label}"`;
  const grants = Object.fromEntries(KEYS.map((key) => [key, grantOf(model, key)])) as Record<Key, boolean>;

  // Cookies: none without consent; each writer shows what the jar holds.
  for (const name of declaredCookiesInJar()) {
    const needs = COOKIES[name];
    expect(needs === null || grants[needs], `${at}: cookie ${name} exists without consent for ${needs}`).toBe(true);
  }
  for (const name of Object.keys(COOKIES) as CookieName[]) {
    expect(document.querySelector(`[data-cookie="${name}"]`)?.textContent, `${at}: useCookie('${name}') shows another value than the jar`).toBe(readCookie(name) ?? '');
  }

  // The gated script: added (jsdom here runs no script: being added is what would run it) once in
  // this page load if analytics has been granted in it, else never.
  const code = scriptCode(`${real.run}:${model.page}`);
  const added = [...document.head.querySelectorAll<HTMLScriptElement>('script[data-consent-category="analytics"]')].filter((script) => script.text === code).length;
  expect(added, `${at}: the analytics script was added ${added} times (granted during this page: ${model.analyticsSeen})`).toBe(model.analyticsSeen ? 1 : 0);

  // Readers show the grant, and re-render only when theirs changed.
  for (const key of KEYS) {
    expect(document.querySelector(`[data-reader="${key}"]`)?.textContent, `${at}: useConsent('${key}')`).toBe(grants[key] ? 'on' : 'off');
    const renders = real.page.renders[key] - real.before.renders[key];
    if (grants[key] === real.before.grants[key]) expect(renders, `${at}: useConsent('${key}') re-rendered without a change of its grant`).toBe(0);
    else expect(renders, `${at}: useConsent('${key}') renders for one change`).toBe(model.strict ? 2 : 1);
  }
  real.before = { renders: { ...real.page.renders }, grants };

  // The banner: exactly while no decision of this revision is stored, with its three answers.
  const shown = banner();
  expect(!!shown, `${at}: banner shown`).toBe(!current(model));
  if (shown) {
    expect(within(shown).queryAllByRole('button', { hidden: true }).map((button) => button.textContent)).toEqual(['Accept all', 'Reject all', 'Customize']);
    const updated = !!model.stored && model.stored.revision < model.revision;
    expect(within(shown).getByRole('heading', { hidden: true }).textContent, `${at}: banner title`).toBe(updated ? 'We updated our cookie policy' : 'We use cookies');
  }

  // The dialog's switches show the unsaved edits, and the current decision elsewhere.
  const open = dialog();
  expect(!!open, `${at}: dialog open`).toBe(!!model.draft);
  if (open && model.draft) {
    const { functional, analytics, ga } = shownDraft(model);
    // How each switch is drawn (its data-state): a category with some services off looks mixed.
    const drawn = (name: string) => within(open).getByRole('switch', { name }).getAttribute('data-state');
    const look = (on: boolean) => (on ? 'checked' : 'unchecked');
    expect(drawn('Functional'), `${at}: Functional switch`).toBe(look(functional));
    expect(drawn('Analytics'), `${at}: Analytics switch`).toBe(analytics && !ga ? 'mixed' : look(analytics));
    expect(drawn('Google Analytics'), `${at}: Google Analytics switch`).toBe(look(ga));
  }

  // Storage holds the last decision, so that the next page load shows it.
  expect(storedDecision(model, real), `${at}: stored decision`).toEqual(model.stored);
}

// ── Commands ──────────────────────────────────────────────────────────────────────────────────

type Command = fc.AsyncCommand<Model, Real>;

const make = (label: string, check: (model: Model) => boolean, run: (model: Model, real: Real) => Promise<void> | void): Command => ({
  check,
  async run(model, real) {
    await run(model, real);
    await settle();
    if (grantOf(model, 'analytics')) model.analyticsSeen = true;
    checkInvariants(model, real, label);
  },
  toString: () => label,
});

const always = () => true;
const bannerShown = (model: Model) => !model.draft && !current(model);
const dialogOpen = (model: Model) => !!model.draft;

const wantedArb = fc.record({ functional: fc.boolean(), analytics: fc.boolean(), 'service:ga': fc.boolean() }, { requiredKeys: [] });

/** Another tab on the same storage: it reads it, decides, tells this page, and closes. */
async function otherTab(model: Model, real: Real, act_: 'acceptAll' | 'rejectAll' | 'reset' | Partial<Record<Key, boolean>>) {
  const other = createConsentStore(configOf(model.revision), { storage: model.storage === 'cookie' ? cookieAdapter() : real.storage });
  // Read before it decides, as a page that has been open a while has.
  other.getState();
  const stop = other.connect();
  await settle();
  if (typeof act_ === 'string') other[act_]();
  else other.save(act_);
  stop();
  await act(async () => {
    HeldChannel.deliver();
    // Memory storage has no channel between tabs: this page hears of it when it is looked at again.
    // (Shared storage hears of it from the message alone.)
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** A page load; `first` runs before storage has answered and the page has connected. */
const reload = async (model: Model, real: Real, first?: () => void) => {
  real.result.unmount();
  // A new page has neither the old page's scripts nor its counters.
  for (const script of document.head.querySelectorAll('script[data-consent-category]')) script.remove();
  model.page++;
  model.draft = null;
  // Synchronous storage is read as the page mounts: the script is added before anything else runs.
  model.analyticsSeen = model.storage !== 'async' && grantOf(model, 'analytics');
  const { page, result } = mount(model, real.storage, real.run);
  real.page = page;
  real.result = result;
  first?.();
  await settle();
  // A first render is a render of each reader, not a re-render.
  real.before.renders = { ...page.renders };
  real.before.grants = Object.fromEntries(KEYS.map((key) => [key, grantOf(model, key)])) as Record<Key, boolean>;
};

const commands = [
  fc.constantFrom('Accept all', 'Reject all').map((name) =>
    make(`banner: ${name}`, bannerShown, async (model, real) => {
      await real.user.click(within(banner()!).getByRole('button', { name }));
      model.stored = all(model, name === 'Accept all');
    }),
  ),
  fc.constant(
    make('open preferences (banner Customize, or a footer link from code)', (model) => !dialogOpen(model), async (model, real) => {
      if (banner()) await real.user.click(within(banner()!).getByRole('button', { name: 'Customize' }));
      else act(() => real.page.controls.current!.openPreferences());
      await screen.findByRole('dialog', { name: 'Cookie preferences' });
      model.draft = {};
    }),
  ),
  fc.constantFrom('Functional', 'Analytics', 'Google Analytics').map((name) =>
    make(`dialog: flip ${name}`, dialogOpen, async (model, real) => {
      await real.user.click(within(dialog()!).getByRole('switch', { name }));
      const draft = model.draft!;
      const shown = shownDraft(model);
      if (name === 'Functional') draft.functional = !shown.functional;
      else if (name === 'Analytics') {
        // A mixed category turns all its services on.
        const on = !(shown.analytics && shown.ga);
        draft.analytics = draft.ga = on;
      } else {
        draft.ga = !shown.ga;
        // Its only service: the category follows it.
        draft.analytics = draft.ga;
      }
    }),
  ),
  fc.constantFrom('Save preferences', 'Accept all', 'Reject all').map((name) =>
    make(`dialog: ${name}`, dialogOpen, async (model, real) => {
      await real.user.click(within(dialog()!).getByRole('button', { name }));
      const { functional, analytics, ga } = shownDraft(model);
      model.stored = name === 'Save preferences' ? { revision: model.revision, functional, analytics, ga: analytics && ga } : all(model, name === 'Accept all');
      model.draft = null;
    }),
  ),
  fc.constant(
    make('dialog: Escape', dialogOpen, async (model, real) => {
      await real.user.keyboard('{Escape}');
      model.draft = null;
    }),
  ),
  fc.constant(
    make('reset() from code', always, (model, real) => {
      act(() => real.page.controls.current!.reset());
      model.stored = null;
    }),
  ),
  wantedArb.map((wanted) =>
    make(`save(${JSON.stringify(wanted)}) from code`, always, (model, real) => {
      act(() => real.page.controls.current!.save(wanted));
      model.stored = saved(model, wanted);
      // A decision made on this page closes its dialog: what it showed is no longer the choice.
      model.draft = null;
    }),
  ),
  fc.constantFrom(...(Object.keys(COOKIES) as CookieName[])).map((name) =>
    make(`useCookie('${name}') set`, always, (model, real) => {
      let written: boolean | undefined;
      act(() => void (written = real.page.writers[name]!('v1')));
      const needs = COOKIES[name];
      expect(written, `useCookie('${name}') set without consent, or refused with it`).toBe(needs === null || grantOf(model, needs));
    }),
  ),
  fc.constant(make('reload the page', always, (model, real) => reload(model, real))),
  // What a page does in its first moments, before an asynchronous storage has answered (at once for the others).
  fc
    .oneof(fc.constantFrom('acceptAll' as const, 'rejectAll' as const, 'reset' as const, ...(Object.keys(COOKIES) as CookieName[])), wantedArb)
    .map((action) =>
      make(`reload, then at once: ${typeof action === 'string' ? action : `save(${JSON.stringify(action)})`}`, always, (model, real) =>
        reload(model, real, () => {
          const controls = real.page.controls.current!;
          // While stored consent loads nothing optional is granted: a write is refused.
          const loading = model.storage === 'async';
          if (typeof action === 'object') {
            act(() => controls.save(action));
            // It waits for what loads, and applies on top of it.
            model.stored = saved(model, action);
          } else if (action === 'acceptAll' || action === 'rejectAll' || action === 'reset') {
            act(() => controls[action]());
            model.stored = action === 'reset' ? null : all(model, action === 'acceptAll');
          } else {
            let written: boolean | undefined;
            act(() => void (written = real.page.writers[action]!('v0')));
            const needs = COOKIES[action];
            expect(written, `useCookie('${action}') set in a page's first moments`).toBe(needs === null || (!loading && grantOf(model, needs)));
          }
        }),
      ),
    ),
  fc.constant(
    make('new policy revision, page reloaded', (model) => model.revision < 3, async (model, real) => {
      model.revision++;
      await reload(model, real);
    }),
  ),
  fc.oneof(fc.constantFrom('acceptAll' as const, 'rejectAll' as const, 'reset' as const), wantedArb).map((action) =>
    make(`another tab: ${typeof action === 'string' ? action : `save(${JSON.stringify(action)})`}`, always, async (model, real) => {
      await otherTab(model, real, action);
      model.stored = action === 'reset' ? null : action === 'acceptAll' ? all(model, true) : action === 'rejectAll' ? all(model, false) : saved(model, action);
    }),
  ),
];

// ── The run ───────────────────────────────────────────────────────────────────────────────────

beforeAll(async () => {
  // The dialog's lazy chunk, loaded once here: its first (cold) load in a busy worker is the
  // bundler's time, not a step of a sequence, and once took longer than a step's wait.
  await import('../../src/components/preferences-dialog');
  vi.stubGlobal('BroadcastChannel', HeldChannel);
  // Refused cookie writes warn in development: expected here, on purpose.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function clearPage() {
  for (const name of document.cookie.split(';').map((pair) => pair.split('=')[0]!.trim()).filter(Boolean)) {
    document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
  for (const script of document.head.querySelectorAll('script[data-consent-category]')) script.remove();
  HeldChannel.pending = [];
  HeldChannel.open.clear();
}

test(`given random sequences of clicks, app calls, reloads, new revisions and other tabs, the rendered page should only ever use what the person granted (${RUNS} sequences)`, async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom<Model['storage']>('cookie', 'memory', 'async'), fc.boolean(), fc.commands(commands, { maxCommands: 20, ...(process.env.FC_REPLAY && { replayPath: process.env.FC_REPLAY }) }), async (kind, strict, cmds) => {
      run++;
      clearPage();
      const model: Model = { storage: kind, strict, revision: 1, stored: null, draft: null, page: 0, analyticsSeen: false };
      const storage = kind === 'cookie' ? cookieAdapter() : kind === 'async' ? asyncStorage() : memoryAdapter();
      const { page, result } = mount(model, storage, run);
      const real: Real = { run, storage, user: userEvent.setup(), page, result, before: { renders: { ...page.renders }, grants: { functional: false, analytics: false, 'service:ga': false } } };
      try {
        await settle();
        real.before.renders = { ...page.renders };
        checkInvariants(model, real, 'first load');
        await fc.asyncModelRun(() => ({ model, real }), cmds);
      } finally {
        real.result.unmount();
      }
    }),
    // A failure prints its seed and path; FC_SEED=<seed> FC_PATH=<path> replays it.
    { numRuns: RUNS, verbose: 1, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {}) },
  );
}, 600_000);

test('given a stored decision granting analytics that is still loading and save({ analytics: false }) meanwhile, should never add the analytics script', async () => {
  // The sequences above leave their last page's script in <head>, as a real page would keep it.
  clearPage();
  const storage = asyncStorage();
  const earlier = createConsentStore(configOf(1), { storage: memoryAdapter() });
  earlier.acceptAll();
  storage.value = encodeConsentRecord(earlier.getState().record!);
  const model: Model = { storage: 'async', strict: false, revision: 1, stored: null, draft: null, page: 0, analyticsSeen: false };
  const { page, result } = mount(model, storage, 0);
  act(() => page.controls.current!.save({ analytics: false }));
  await settle();
  expect(document.querySelector('[data-reader="analytics"]')?.textContent).toBe('off');
  expect(document.querySelector('[data-reader="functional"]')?.textContent).toBe('on');
  expect(document.head.querySelector('script[data-consent-category="analytics"]')).toBeNull();
  result.unmount();
});
