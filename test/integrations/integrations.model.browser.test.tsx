/**
 * Model-based test of the integrations together, in Chromium: fast-check plays random sequences of
 * decisions (Accept all, Reject all, partial saves of categories and services, reset, and the same
 * from another tab), a third party writing declared cookies (at `Path=/`, with no Path, or through
 * cookieStore) and deleting one at random moments, consent-tagged markup added after load, reloads
 * that read the same cookie storage (one with a tag that writes before the app mounts), a new policy
 * revision, a service added to a granted category under the same revision, and Global Privacy
 * Control turned on and off (marketing sells or shares), with and without StrictMode, under one provider that mounts every integration at once: `ConsentScript` (an
 * external and an inline one), `ConsentStaticTags` over text/plain scripts and `data-src` iframes
 * (by category, by service and naming both), `ConsentCookieGuard`, `GoogleConsentMode` after the
 * head script, and a YouTube `ConsentEmbed`.
 *
 * After every step it checks "nothing before consent; withdrawal takes effect", as a person (or a
 * privacy reviewer with DevTools open) would see it:
 * - no script was added, and no iframe pointed at its third party, at a moment when the model did
 *   not grant every consent it names (a MutationObserver watches each activation as it happens);
 * - no request reached a third party, and no script ran, more often than its consent was granted
 *   while it was on the page (a script once, an iframe once per grant); and, once quiet at the end,
 *   every script granted has run and every iframe granted was requested (the counts are not vacuous);
 * - an iframe of a withdrawn consent is back on about:blank, an embed is gone;
 * - the declared cookies in the jar are exactly those written while their consent held and not
 *   withdrawn, deleted or reset since: the guard blocks the rest, erases them on withdrawal, and
 *   never blocks a required one;
 * - the dataLayer starts with a Consent Mode default that denies everything optional, holds no
 *   other default, and its commands add up to the model's grants (per `googleConsentMap`).
 *
 * The model is the person's last decision as they made it, with the rules `save()` documents for
 * what it leaves out; nothing here reads the store to decide what to expect (only to wait until
 * another tab's decision has reached this page).
 */
import fc from 'fast-check';
import { act, render, type RenderResult } from '@testing-library/react';
import { ConsentEmbed } from '../../src/components/consent-embed';
import { ConsentGate } from '../../src/components/consent-gate';
import { googleMapsEmbed, spotifyEmbed, vimeoEmbed, youtubeEmbed } from '../../src/components/embed-presets';
import { defineConsentConfig } from '../../src/core/config';
import { createConsentStore } from '../../src/core/store';
import { ConsentCookieGuard } from '../../src/integrations/consent-cookie-guard';
import { ConsentScript } from '../../src/integrations/consent-script';
import { ConsentStaticTags } from '../../src/integrations/consent-static-tags';
import { GoogleConsentMode } from '../../src/integrations/google-consent-mode-component';
import { GOOGLE_CONSENT_TYPES, type GoogleConsentSignals } from '../../src/integrations/google-consent-mode';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent, type ConsentControls } from '../../src/react/use-consent';
import { googleConsentModeDefaults } from '../../src/server';
import { cookieAdapter } from '../../src/storage/cookie';
import { interceptRequests } from './intercept';

// Browser files see the FC_ variables through import.meta.env (vitest.config.ts, envPrefix).
const env = import.meta.env as Record<string, string | undefined>;
// Few by default: every step renders and lets the page react in a real browser. FC_RUNS raises it.
const RUNS = Math.max(20, Number(env.FC_RUNS) || 0);

const CATEGORIES = ['functional', 'analytics', 'marketing'] as const;
type Category = (typeof CATEGORIES)[number];
const CATEGORY_OF = { youtube: 'marketing', vimeo: 'marketing', 'google-maps': 'functional', spotify: 'marketing' } as const;
type Service = keyof typeof CATEGORY_OF;
/** The services of the first policy; Spotify joins marketing in a later one, under the same revision. */
const FIRST_SERVICES: Service[] = ['youtube', 'vimeo', 'google-maps'];
const servicesOf = (model: Model): Service[] => (model.spotify ? [...FIRST_SERVICES, 'spotify'] : FIRST_SERVICES);
/** What a tag or a cookie may need: an optional category, a service, or the required category. */
type Key = Category | 'essential' | `service:${Service}`;

/** The consent cookie of this file, apart from the one other files clear after themselves. */
const CONSENT_COOKIE = 'ck_model';

const configOf = ({ revision, spotify }: Pick<Model, 'revision' | 'spotify'>) =>
  defineConsentConfig({
    revision,
    categories: {
      essential: { required: true, title: 'Essential', description: 'Login and security.' },
      functional: { title: 'Functional', description: 'Maps and remembered settings.' },
      analytics: { title: 'Analytics', description: 'Counts visits.' },
      marketing: { title: 'Marketing', description: 'Videos from other sites and ads.', saleOrSharing: true },
    },
    services: [
      { ...youtubeEmbed.service, category: 'marketing' },
      { ...vimeoEmbed.service, category: 'marketing' },
      { ...googleMapsEmbed.service, category: 'functional' },
      ...(spotify ? [{ ...spotifyEmbed.service, category: 'marketing' as const }] : []),
    ],
    // Names of this file's own: other files' tests share the origin's cookie jar.
    cookies: [
      { name: 'mdl_session', category: 'essential', purpose: 'Session', duration: 'session' },
      { name: 'mdl_theme', category: 'functional', purpose: 'Light or dark theme', duration: { days: 90 } },
      { name: 'mdl_maps', category: 'functional', service: 'google-maps', provider: 'Google', purpose: 'Map settings', duration: { days: 30 } },
      { name: 'mdl_ga', category: 'analytics', purpose: 'Visitor ID', duration: { years: 1 } },
      { name: 'mdl_ga_*', category: 'analytics', purpose: 'Session state', duration: { years: 1 } },
      { name: 'mdl_ads', category: 'marketing', purpose: 'Ad clicks', duration: { days: 90 } },
      { name: 'mdl_yt', category: 'marketing', service: 'youtube', provider: 'YouTube', purpose: 'Player state', duration: { days: 30 } },
    ],
  });

/** Each cookie the third party writes, and the consent the guard must see for it. */
const COOKIES: Record<string, Key> = {
  mdl_session: 'essential',
  mdl_theme: 'functional',
  mdl_maps: 'service:google-maps',
  mdl_ga: 'analytics',
  mdl_ga_X1: 'analytics',
  mdl_ads: 'marketing',
  mdl_yt: 'service:youtube',
};
const COOKIE_NAMES = Object.keys(COOKIES);

// ── The model ─────────────────────────────────────────────────────────────────────────────────

interface Decision {
  revision: number;
  /** GPC was on when it was made. */
  gpc: boolean;
  choices: Record<Category, boolean>;
  /** As stored: a service's own choice, false whenever its category is; none for a service the policy did not have yet. */
  services: Partial<Record<Service, boolean>>;
}

type TagKind = 'gated-external' | 'gated-inline' | 'embed' | 'gate' | 'inline' | 'external' | 'iframe';
/** Kinds that are an iframe the app renders only while granted: each grant mounts (and loads) a new one. */
const rendered = (kind: TagKind) => kind === 'embed' || kind === 'gate';

interface Tag {
  /** Unique per sequence and page load: its script, its URL and its run counter carry it. */
  id: string;
  kind: TagKind;
  needs: Key[];
  url?: string;
  /** Its consent held after the last step (or, for the embed, the person chose "Load this once"). */
  on: boolean;
  /** The embed was loaded once, for the decision of that moment. */
  once?: boolean;
  /** How many times its consent went from missing to held while it was on this page. */
  grants: number;
}

interface Model {
  run: number;
  revision: number;
  /** The policy has added Spotify to marketing (same revision). */
  spotify: boolean;
  /** The browser sends Global Privacy Control. */
  gpc: boolean;
  /** Where a cookie written without a Path lands: this page's directory. */
  defaultPath: string;
  /** The last decision stored, or null (none yet, or reset). */
  stored: Decision | null;
  page: number;
  tags: Map<string, Tag>;
  /** The declared cookies the jar should hold, as `name@path`. */
  cookies: Set<string>;
  /** Tags added after load so far (for their ids). */
  added: number;
  /** Values written so far (each write a new one). */
  writes: number;
  /** The app renders under StrictMode (a development build): effects run, are cleaned up and run again. */
  strict: boolean;
}

const current = (model: Model) => (model.stored?.revision === model.revision ? model.stored : null);

/** A category's choice as the store documents it: from the current decision, else asked. */
function choiceOf(model: Model, category: Category): 'granted' | 'denied' | 'undecided' {
  const decision = current(model);
  // Under GPC a sale/sharing category is refused, unless a decision made with GPC on grants it.
  const refusedByGpc = category === 'marketing' && model.gpc && !decision?.gpc;
  // A grant that did not name a service of its category (one added since) is asked again.
  const askedAgain = !!decision?.choices[category] && servicesOf(model).some((service) => CATEGORY_OF[service] === category && typeof decision.services[service] !== 'boolean');
  if (decision && !askedAgain) return decision.choices[category] && !refusedByGpc ? 'granted' : 'denied';
  return category === 'marketing' && model.gpc ? 'denied' : 'undecided';
}

function granted(model: Model, key: Key): boolean {
  if (key === 'essential') return true;
  if (!key.startsWith('service:')) return choiceOf(model, key as Category) === 'granted';
  const service = key.slice('service:'.length) as Service;
  return servicesOf(model).includes(service) && granted(model, CATEGORY_OF[service]) && !!current(model)!.services[service];
}

const allows = (model: Model, needs: readonly Key[]) => needs.every((key) => granted(model, key));

type Wanted = Partial<Record<Category | `service:${Service}`, boolean>>;

/** What `save(wanted)` stores, by the rules it documents for what it leaves out. */
function saved(model: Model, wanted: Wanted): Decision {
  const was = current(model);
  const given = (key: keyof Wanted) => typeof wanted[key] === 'boolean';
  const choices = Object.fromEntries(
    CATEGORIES.map((category) => [
      category,
      given(category)
        ? wanted[category]!
        : // A service granted grants its category; else the category keeps its grant.
          servicesOf(model).some((service) => CATEGORY_OF[service] === category && wanted[`service:${service}`] === true) ||
          // (one asked again keeps what the decision said; one GPC refuses keeps nothing)
          choiceOf(model, category) === 'granted' ||
          (choiceOf(model, category) === 'undecided' && !!was?.choices[category]),
    ]),
  ) as Record<Category, boolean>;
  const services = Object.fromEntries(
    servicesOf(model).map((service) => {
      const category = CATEGORY_OF[service];
      // A category given sets its services left out to the same; a service left out keeps its grant.
      return [service, choices[category] && (given(`service:${service}`) ? wanted[`service:${service}`]! : given(category) || !!was?.services[service])];
    }),
  ) as Decision['services'];
  return { revision: model.revision, gpc: model.gpc, choices, services };
}

/** Accept all grants everything but a sale/sharing category under GPC; Reject all nothing. */
const all = (model: Model, on: boolean): Decision => {
  const marketing = on && !model.gpc;
  return {
    revision: model.revision,
    gpc: model.gpc,
    choices: { functional: on, analytics: on, marketing },
    services: Object.fromEntries(servicesOf(model).map((service) => [service, CATEGORY_OF[service] === 'marketing' ? marketing : on])),
  };
};

/**
 * The model after a change of what is granted: each tag whose consent now holds, and did not,
 * counts a grant; each cookie whose consent no longer holds is gone (erased on withdrawal, or at
 * the guard's install after a reload).
 */
function advance(model: Model) {
  for (const tag of model.tags.values()) {
    const on = allows(model, tag.needs) || !!tag.once;
    if (on && !tag.on) tag.grants++;
    tag.on = on;
  }
  for (const cookie of model.cookies) if (!granted(model, COOKIES[cookie.split('@')[0]!]!)) model.cookies.delete(cookie);
}

// ── The page ──────────────────────────────────────────────────────────────────────────────────

const THIRD_PARTY = 'https://tags.model.test';
const VIDEO = 'https://www.youtube-nocookie.com/embed';

declare global {
  interface Window {
    ckModelRan?: string[];
  }
}

const runCode = (id: string) => `(window.ckModelRan = window.ckModelRan || []).push(${JSON.stringify(id)})`;

/** The tags each page load starts with: the app's components, and the server HTML's tagged markup. */
function pageTags(model: Model): Tag[] {
  const tag = (name: string, kind: TagKind, needs: Key[]): Tag => {
    const id = `r${model.run}p${model.page}-${name}`;
    const url = kind === 'embed' ? `${VIDEO}/${id}` : kind === 'external' || kind === 'gated-external' ? `${THIRD_PARTY}/${id}.js` : kind === 'inline' || kind === 'gated-inline' ? undefined : `${THIRD_PARTY}/${id}`;
    return { id, kind, needs, url, on: false, grants: 0 };
  };
  return [
    tag('consent-script', 'gated-external', ['analytics']),
    tag('consent-inline', 'gated-inline', ['marketing']),
    tag('embed', 'embed', ['service:youtube']),
    tag('gate', 'gate', ['service:google-maps']),
    tag('static-inline', 'inline', ['functional']),
    tag('static-external', 'external', ['service:vimeo']),
    tag('static-both', 'inline', ['service:youtube', 'analytics']),
    tag('frame-category', 'iframe', ['marketing']),
    tag('frame-service', 'iframe', ['service:google-maps']),
    tag('frame-both', 'iframe', ['service:vimeo', 'functional']),
  ];
}

/** A consent-tagged element as a CMS would write it. */
function markup(tag: Tag): string {
  const consent = tag.needs
    .map((key) => (key.startsWith('service:') ? `data-consent-service="${key.slice('service:'.length)}"` : `data-consent-category="${key}"`))
    .join(' ');
  if (tag.kind === 'iframe') return `<iframe title="${tag.id}" ${consent} data-tag="${tag.id}" data-src="${tag.url}"></iframe>`;
  if (tag.kind === 'external') return `<script type="text/plain" ${consent} data-tag="${tag.id}" data-src="${tag.url}"></script>`;
  return `<script type="text/plain" ${consent} data-tag="${tag.id}">${runCode(tag.id)}</script>`;
}

interface Real {
  result?: Pick<RenderResult, 'unmount'>;
  /** The server HTML's part of the page, with the tagged markup. */
  host?: HTMLElement;
  controls?: ConsentControls;
}

/** Hands the app's controls to the test, as an account page or a footer link would use them. */
function Controls({ real }: { real: Real }) {
  real.controls = useConsent();
  return null;
}

function App({ model, real }: { model: Model; real: Real }) {
  const tags = [...model.tags.values()];
  const of = (kind: TagKind) => tags.find((tag) => tag.kind === kind)!;
  const external = of('gated-external');
  const inline = of('gated-inline');
  return (
    <ConsentProvider config={configOf(model)} storage={cookieAdapter({ name: CONSENT_COOKIE })}>
      <ConsentCookieGuard />
      <GoogleConsentMode />
      <ConsentStaticTags />
      <ConsentScript category="analytics" src={external.url} attributes={{ 'data-tag': external.id }} />
      <ConsentScript category="marketing" code={runCode(inline.id)} attributes={{ 'data-tag': inline.id }} />
      <ConsentEmbed preset={youtubeEmbed} src={of('embed').url!} title="Launch video" />
      <ConsentGate service="google-maps">
        <iframe title="Map" src={of('gate').url} />
      </ConsentGate>
      <Controls real={real} />
    </ConsentProvider>
  );
}

/** Runs a script as the server-rendered `<head>` would, before anything else. */
function headScript(text: string) {
  const script = document.createElement('script');
  script.text = text;
  document.head.appendChild(script);
  script.remove();
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

/** Takes the page down as leaving it would: the app, the server HTML, and what they added to `<head>`. */
function unload(real: Real) {
  real.result?.unmount();
  real.host?.remove();
  for (const script of document.head.querySelectorAll('script[data-tag]')) script.remove();
  delete window.dataLayer;
}

/** A page load reading the same cookies; `early` is a third-party tag in the page that runs before the app. */
async function load(model: Model, real: Real, early?: () => void) {
  unload(real);
  early?.();
  model.page++;
  model.tags = new Map(pageTags(model).map((tag) => [tag.id, tag]));
  advance(model);
  headScript(googleConsentModeDefaults(configOf(model), { cookie: { name: CONSENT_COOKIE } }));
  const host = document.createElement('div');
  host.innerHTML = [...model.tags.values()].filter((tag) => ['inline', 'external', 'iframe'].includes(tag.kind)).map(markup).join('\n');
  document.body.append(host);
  real.host = host;
  real.result = render(<App model={model} real={real} />, { reactStrictMode: model.strict });
  await settle();
}

// ── What the browser did ──────────────────────────────────────────────────────────────────────

/** Requests that reached the third parties, by URL. */
let requests: string[] = [];
/** The model the witness judges by: the one of the running step, already updated for its action. */
let watched: Model | undefined;
/** Activations the witness saw at a moment their consent was missing. */
let violations: string[] = [];

/** Judges a script that is about to run, or an iframe that points at a URL, at the moment it happens. */
function judge(element: Element, src: string | null) {
  const model = watched;
  if (!model) return;
  let tag: Tag | undefined;
  if (element instanceof HTMLScriptElement) {
    if (element.type === 'text/plain' || !element.dataset.tag) return;
    tag = model.tags.get(element.dataset.tag);
  } else if (element instanceof HTMLIFrameElement) {
    if (!src || src === 'about:blank') return;
    tag = model.tags.get(element.dataset.tag ?? '') ?? [...model.tags.values()].find((candidate) => candidate.url === src);
  } else return;
  const what = `<${element.localName} ${element.dataset.tag ?? src}>`;
  if (!tag) violations.push(`${what} activated, though no tag of this page is it`);
  else if (!allows(model, tag.needs) && !tag.once) violations.push(`${what} activated while ${tag.needs.filter((key) => !granted(model, key)).join(', ')} had no consent`);
}

const witness = new MutationObserver((records) => {
  // The values an iframe's src took within the batch: each later record's old value, then the current one.
  const srcs = new Map<Element, (string | null)[]>();
  for (const record of records) {
    const target = record.target as Element;
    if (record.type === 'attributes') {
      const seen = srcs.get(target);
      if (seen) seen.push(record.oldValue);
      else srcs.set(target, []);
      continue;
    }
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      for (const element of [node, ...node.querySelectorAll('script, iframe')]) judge(element, element.getAttribute('src'));
    }
  }
  for (const [target, values] of srcs) for (const value of [...values, target.getAttribute('src')]) judge(target, value);
});

// ── Invariants ────────────────────────────────────────────────────────────────────────────────

const jar = () =>
  document.cookie
    .split(';')
    .map((pair) => pair.split('=')[0]!.trim())
    .filter((name) => name.startsWith('mdl_'))
    .sort();

/** The names the jar should show: one per path a cookie is at. */
const expectedJar = (model: Model) => [...model.cookies].map((cookie) => cookie.split('@')[0]!).sort();

/** Consent Mode signals as the model's grants map them (`googleConsentMap`'s defaults). */
function expectedSignals(model: Model): GoogleConsentSignals {
  const on = (key: Key) => (granted(model, key) ? 'granted' : 'denied');
  return {
    ad_storage: on('marketing'),
    ad_user_data: on('marketing'),
    ad_personalization: on('marketing'),
    analytics_storage: on('analytics'),
    functionality_storage: on('functional'),
    personalization_storage: on('functional'),
    security_storage: 'granted',
  };
}

const isArguments = (entry: unknown) => Object.prototype.toString.call(entry) === '[object Arguments]';

function checkInvariants(model: Model, label: string) {
  const at = `after "${label}"`;
  expect(violations, `${at}: activated without consent`).toEqual([]);

  const ran = window.ckModelRan ?? [];
  for (const tag of model.tags.values()) {
    const { id, kind, url, grants } = tag;
    const script = kind !== 'iframe' && !rendered(kind);
    // A script is added once per page load, on its first grant; an iframe loads on every grant.
    const loads = script ? Math.min(1, grants) : grants;
    if (url) expect(requests.filter((request) => request === url).length, `${at}: requests for ${id} (granted ${grants} times)`).toBeLessThanOrEqual(loads);
    if (script) expect(ran.filter((name) => name === id).length, `${at}: runs of ${id}`).toBeLessThanOrEqual(loads);
    if (kind === 'gated-external' || kind === 'gated-inline') {
      expect(document.head.querySelectorAll(`script[data-tag="${id}"]`).length, `${at}: ${id} added`).toBe(loads);
    } else if (kind === 'inline' || kind === 'external') {
      expect(document.querySelectorAll(`script[data-tag="${id}"]:not([type="text/plain"])`).length, `${at}: ${id} activated`).toBe(loads);
      expect(document.querySelectorAll(`script[data-tag="${id}"][type="text/plain"]`).length, `${at}: ${id} still waiting`).toBe(1 - loads);
    } else if (kind === 'iframe') {
      const src = document.querySelector(`iframe[data-tag="${id}"]`)!.getAttribute('src');
      // Withdrawn: unloaded to about:blank; never granted: no src at all.
      expect(src, `${at}: iframe ${id}`).toBe(tag.on ? url : grants ? 'about:blank' : null);
    } else {
      expect(document.querySelectorAll(`iframe[src="${url}"]`).length, `${at}: ${id} rendered`).toBe(tag.on ? 1 : 0);
    }
  }

  expect(jar(), `${at}: declared cookies in the jar (${[...model.cookies].join(', ')} expected)`).toEqual(expectedJar(model));

  const layer = [...(window.dataLayer ?? [])];
  const commands = layer.filter(isArguments).map((entry) => Array.from(entry as ArrayLike<unknown>));
  const [first] = layer;
  expect(isArguments(first) && Array.from(first as ArrayLike<unknown>).slice(0, 2), `${at}: the dataLayer's first entry`).toEqual(['consent', 'default']);
  const defaults = commands[0]![2] as GoogleConsentSignals;
  for (const type of GOOGLE_CONSENT_TYPES) expect(defaults[type], `${at}: default ${type}`).toBe(type === 'security_storage' ? 'granted' : 'denied');
  expect(commands.filter(([command, kind]) => command === 'consent' && kind === 'default'), `${at}: consent defaults`).toHaveLength(1);
  // Google's tags merge each update into what they were told before.
  const told: GoogleConsentSignals = {};
  for (const [command, , signals] of commands) if (command === 'consent') Object.assign(told, signals);
  const seven = Object.fromEntries(GOOGLE_CONSENT_TYPES.map((type) => [type, told[type]]));
  expect(seven, `${at}: what Google was told`).toEqual(expectedSignals(model));
}

/** Every script granted during this page load has run; every iframe and embed of a held consent has been requested. */
function checkLive(model: Model) {
  const ran = window.ckModelRan ?? [];
  for (const { id, kind, url, on, grants } of model.tags.values()) {
    if (kind === 'iframe' || rendered(kind)) {
      if (on) expect(requests, `${id} loaded`).toContain(url);
    } else if (grants) expect(ran, `${id} ran`).toContain(id);
  }
}

// ── Commands ──────────────────────────────────────────────────────────────────────────────────

type Command = fc.AsyncCommand<Model, Real>;

const make = (label: string, run: (model: Model, real: Real) => Promise<void> | void, check: (model: Model) => boolean = () => true): Command => ({
  check,
  async run(model, real) {
    await run(model, real);
    await settle();
    checkInvariants(model, label);
  },
  toString: () => label,
});

/** A decision from code: the model learns it first, so that the witness judges by it. */
const decide = (model: Model, real: Real, next: Decision | null, action: (controls: ConsentControls) => void) => {
  learn(model, next);
  act(() => action(real.controls!));
};

/** The model after a decision or reset: a reset erases every declared cookie, required ones too. */
function learn(model: Model, next: Decision | null) {
  // "Load this once" holds for the decision of that moment: any other one, a withdrawal above all, ends it.
  if (current(model) || (next && next.revision === model.revision)) for (const tag of model.tags.values()) tag.once = false;
  model.stored = next;
  if (!next) model.cookies.clear();
  advance(model);
}

type Action = 'acceptAll' | 'rejectAll' | 'reset' | Wanted;

/**
 * Another tab on the same cookie: it reads it, decides and closes; this page hears of it when it is
 * looked at again (or by message, once it has connected, which waits for an idle moment).
 */
async function otherTab(model: Model, real: Real, action: Action) {
  const other = createConsentStore(configOf(model), { storage: cookieAdapter({ name: CONSENT_COOKIE }) });
  other.getState();
  learn(model, action === 'reset' ? null : typeof action === 'object' ? saved(model, action) : all(model, action === 'acceptAll'));
  if (typeof action === 'object') other.save(action);
  else other[action]();
  const id = other.getState().record?.id ?? null;
  // Inside act: the page's idle connect, which may adopt it too, lands within it.
  for (let tries = 0; (real.controls!.record?.id ?? null) !== id; tries++) {
    expect(tries, "the other tab's decision never reached this page").toBeLessThan(250);
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
}

const embedTag = (model: Model) => [...model.tags.values()].find((tag) => tag.kind === 'embed')!;
const embedCardButton = (name: string) => [...document.querySelectorAll<HTMLButtonElement>('.ck-embed button')].find((button) => button.textContent === name)!;

const wantedArb = fc.record(
  {
    functional: fc.boolean(),
    analytics: fc.boolean(),
    marketing: fc.boolean(),
    'service:youtube': fc.boolean(),
    'service:vimeo': fc.boolean(),
    'service:google-maps': fc.boolean(),
  },
  { requiredKeys: [] },
);

/**
 * A third party's writes: through document.cookie at `Path=/` or with no Path (the page's
 * directory, as many scripts leave it), or through cookieStore; and maybe a deletion, at either path.
 */
type Write = { names: string[]; via: 'document.cookie' | 'document.cookie, no Path' | 'cookieStore'; deletes: string | null; deletesAtRoot: boolean };
const writeArb = fc.record({
  names: fc.subarray(COOKIE_NAMES, { minLength: 1 }),
  via: fc.constantFrom<Write['via']>('document.cookie', 'document.cookie, no Path', 'cookieStore'),
  deletes: fc.option(fc.constantFrom(...COOKIE_NAMES), { nil: null }),
  deletesAtRoot: fc.boolean(),
});
const describeWrite = ({ names, via, deletes, deletesAtRoot }: Write) =>
  `writes ${names.join(', ')} through ${via}${deletes ? `, deletes ${deletes}${deletesAtRoot ? ' at Path=/' : ' with no Path'}` : ''}`;

type CookieStoreSet = { set(options: { name: string; value: string; path?: string; expires?: number }): Promise<void> };

/** A third-party tag that knows nothing of consent: it writes, and deletes, whenever it runs. */
async function thirdPartyWrites(model: Model, { names, via, deletes, deletesAtRoot }: Write, guarded = true) {
  for (const name of names) {
    const value = `v${++model.writes}`;
    const rooted = via !== 'document.cookie, no Path';
    if (via === 'cookieStore') await (globalThis as unknown as { cookieStore: CookieStoreSet }).cookieStore.set({ name, value, path: '/', expires: Date.now() + 3_600_000 });
    else document.cookie = `${name}=${value}; Max-Age=3600;${rooted ? ' Path=/;' : ''} SameSite=Lax`;
    if (!guarded || granted(model, COOKIES[name]!)) model.cookies.add(`${name}@${rooted ? '/' : model.defaultPath}`);
  }
  if (deletes) {
    document.cookie = `${deletes}=; Max-Age=0${deletesAtRoot ? '; Path=/' : ''}`;
    model.cookies.delete(`${deletes}@${deletesAtRoot ? '/' : model.defaultPath}`);
  }
}

type AddedTag = { kind: 'inline' | 'external' | 'iframe'; service: Service | null; category: Category | 'essential' | null };
const addedTagArb = fc
  .record({
    kind: fc.constantFrom<AddedTag['kind']>('inline', 'external', 'iframe'),
    service: fc.constantFrom<Service | null>(null, ...FIRST_SERVICES),
    category: fc.constantFrom<AddedTag['category']>(null, 'essential', ...CATEGORIES),
  })
  .filter(({ service, category }) => service !== null || category !== null);

const commands = [
  fc.constantFrom('acceptAll' as const, 'rejectAll' as const).map((action) =>
    make(action, (model, real) => decide(model, real, all(model, action === 'acceptAll'), (controls) => controls[action]())),
  ),
  wantedArb.map((wanted) => make(`save(${JSON.stringify(wanted)})`, (model, real) => decide(model, real, saved(model, wanted), (controls) => controls.save(wanted)))),
  fc.constant(make('reset()', (model, real) => decide(model, real, null, (controls) => controls.reset()))),
  writeArb.map((write) => make(`a third party ${describeWrite(write)}`, (model) => thirdPartyWrites(model, write))),
  addedTagArb.map(({ kind, service, category }) =>
    make(`a ${kind} tag for ${[service && `service ${service}`, category].filter(Boolean).join(' and ')} is added to the page`, (model, real) => {
      const id = `r${model.run}p${model.page}-added${++model.added}`;
      const needs = [...(service ? [`service:${service}` as const] : []), ...(category ? [category] : [])];
      const tag: Tag = { id, kind, needs, url: kind === 'inline' ? undefined : `${THIRD_PARTY}/${id}${kind === 'external' ? '.js' : ''}`, on: false, grants: 0 };
      model.tags.set(id, tag);
      advance(model);
      const section = document.createElement('section');
      section.innerHTML = markup(tag);
      real.host!.append(section);
    }),
  ),
  fc.constant(make('reload', (model, real) => load(model, real))),
  writeArb.map((write) =>
    make(`reload; before the app mounts, a tag in the page ${describeWrite({ ...write, via: write.via === 'cookieStore' ? 'document.cookie' : write.via })}`, (model, real) =>
      // document.cookie only: the app must not wait for the tag.
      load(model, real, () => void thirdPartyWrites(model, { ...write, via: write.via === 'cookieStore' ? 'document.cookie' : write.via }, false)),
    ),
  ),
  fc.constant(
    make('new policy revision, reload', (model, real) => {
      model.revision++;
      return load(model, real);
    }),
  ),
  fc.constant(
    make('the policy adds Spotify to marketing (same revision), reload', (model, real) => {
      model.spotify = true;
      return load(model, real);
    }),
  ),
  fc.boolean().map((on) =>
    make(`the browser turns GPC ${on ? 'on' : 'off'}, and the page is looked at again`, async (model, real) => {
      model.gpc = gpcNow = on;
      advance(model);
      // The store hears of it once connected (an idle moment after load): inside act, so that it lands within it.
      for (let tries = 0; real.controls!.gpc !== on; tries++) {
        expect(tries, 'the page never heard of GPC').toBeLessThan(250);
        await act(async () => {
          document.dispatchEvent(new Event('visibilitychange'));
          await new Promise((resolve) => setTimeout(resolve, 20));
        });
      }
    }),
  ),
  fc.constant(
    make(
      'the person clicks "Load this once" on the embed',
      (model) => {
        embedTag(model).once = true;
        advance(model);
        act(() => embedCardButton('Load this once').click());
      },
      (model) => !embedTag(model).on,
    ),
  ),
  fc.constant(
    make(
      'the person clicks "Always allow YouTube" on the embed',
      (model, real) => decide(model, real, saved(model, { 'service:youtube': true }), () => embedCardButton('Always allow YouTube').click()),
      (model) => !embedTag(model).on,
    ),
  ),
  fc.oneof(fc.constantFrom('acceptAll' as const, 'rejectAll' as const, 'reset' as const), wantedArb).map((action) =>
    make(`another tab: ${typeof action === 'string' ? action : `save(${JSON.stringify(action)})`}`, (model, real) => otherTab(model, real, action)),
  ),
];

// ── The run ───────────────────────────────────────────────────────────────────────────────────

let stopIntercepting: () => Promise<void>;

beforeAll(async () => {
  stopIntercepting = await interceptRequests([`${THIRD_PARTY}/*`, `${VIDEO}/*`], ({ request }) => {
    requests.push(request.url);
    const { pathname } = new URL(request.url);
    return pathname.endsWith('.js')
      ? new Response(runCode(pathname.slice(1, -'.js'.length)), { headers: { 'content-type': 'text/javascript' } })
      : new Response('<!doctype html><title>third party</title>', { headers: { 'content-type': 'text/html' } });
  });
  witness.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['src'], attributeOldValue: true });
  // Blocked writes and swept cookies warn in development: expected here, on purpose.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterAll(async () => {
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  witness.disconnect();
  await stopIntercepting();
  vi.restoreAllMocks();
});

// What every page and the head script read as Global Privacy Control: the model's.
let gpcNow = false;
Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => gpcNow });

/** This page's directory: where a cookie written with no Path attribute lands (RFC 6265 §5.1.4). */
const defaultPath = location.pathname.slice(0, location.pathname.lastIndexOf('/')) || '/';

function clearCookies() {
  for (const name of [...COOKIE_NAMES, CONSENT_COOKIE]) for (const path of new Set(['/', defaultPath])) document.cookie = `${name}=; Max-Age=0; Path=${path}`;
}

test(`given random decisions, cookie writes, late tags, reloads and revisions, the integrations should never load, run or keep anything without consent (${RUNS} sequences)`, async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.boolean(), fc.commands(commands, { maxCommands: 14, ...(env.FC_REPLAY && { replayPath: env.FC_REPLAY }) }), async (strict, cmds) => {
      gpcNow = false;
      const model: Model = { run: ++run, revision: 1, spotify: false, gpc: false, defaultPath, stored: null, page: 0, tags: new Map(), cookies: new Set(), added: 0, writes: 0, strict };
      const real: Real = {};
      clearCookies();
      violations = [];
      watched = model;
      try {
        await load(model, real);
        checkInvariants(model, 'first load');
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        // Once quiet, what is granted is live (the interception sees what the page asks for), and
        // requests still on their way when the last step was checked are counted too.
        await vi.waitFor(() => checkLive(model), { timeout: 10_000 });
        checkInvariants(model, 'the last requests arrived');
      } finally {
        watched = undefined;
        unload(real);
        clearCookies();
      }
    }),
    // A failure prints its seed and path; FC_SEED=<seed> FC_PATH=<path> replays it.
    { numRuns: RUNS, verbose: 1, ...(env.FC_SEED ? { seed: Number(env.FC_SEED), path: env.FC_PATH } : {}) },
  );
}, 600_000);
