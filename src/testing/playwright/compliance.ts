import { cookieDeclarations, type ConsentConfig } from '../../core/config';
import { CONSENT_COOKIE, CONSENT_LOG_KEY, matchesCookie } from '../../core/cookie-syntax';
import { createConsentStore } from '../../core/store';
import { storageDeclarations } from '../../core/web-storage';
import { memoryAdapter } from '../../storage/memory';
import { consentValue, type TestConsent, type TestConsentOptions } from '../consent';
import type { BrowserCookie, PageLike } from './browser';
import { consentCookieName, type ConsentStorageTarget } from './start';

/** Options of {@link findConsentViolations} and {@link expectConsentCompliance}. */
export interface ComplianceOptions<C extends string = string> extends TestConsentOptions {
  /** The app's config: its categories and declared cookies (and storage keys) are the policy. */
  config: ConsentConfig<C, string>;
  /**
   * The decision the page should be honouring: `'undecided'` before anyone decided,
   * `'rejected'` after Reject all, `'accepted'` after Accept all, or a choices map.
   * @default the decision the page stored
   */
  consent?: TestConsent<C>;
  /**
   * Names of cookies and storage keys that are no part of the policy and may exist anyway (a
   * test runner's or a hosting platform's): exact names, `*` families (`'sb-*'`) or RegExps.
   * consentkit's own always pass: the decision, and `<ConsentLog>`'s queue (`ck_consent_log`).
   */
  allow?: readonly (string | RegExp)[];
  /** Where the app keeps the decision. @default the consent cookie */
  storage?: ConsentStorageTarget;
}

/** A cookie or storage key the policy does not allow right now. */
export interface ConsentViolation {
  /** Where it was found. */
  type: 'cookie' | 'localStorage' | 'sessionStorage';
  name: string;
  /** `'undeclared'`: the config does not list it; `'not-granted'`: its category (or service) has no consent. */
  kind: 'undeclared' | 'not-granted';
  /** The declared category (for `'not-granted'`). */
  category?: string;
  /** The declared service, when the declaration names one (for `'not-granted'`). */
  service?: string;
  /** For `'undeclared'`: the declaration to paste into the config, with the cookie's own duration and domain. */
  declaration?: string;
}

/** Thrown by {@link expectConsentCompliance}: its message names every violation, one per line. */
export class ConsentComplianceError extends Error {
  constructor(
    message: string,
    readonly violations: readonly ConsentViolation[],
  ) {
    super(message);
    this.name = 'ConsentComplianceError';
  }
}

const AREAS = { localStorage: 'local', sessionStorage: 'session' } as const;

/** How long a cookie has left, as a config `duration`. */
function durationOf(cookie: BrowserCookie): string {
  if (cookie.expires < 0) return "'session'";
  // To the minute: a cookie written with Max-Age=86400 a moment ago has a day left, not 23 hours.
  const seconds = Math.round((cookie.expires - Date.now() / 1000) / 60) * 60;
  for (const [unit, size] of [['days', 86400], ['hours', 3600]] as const) {
    if (seconds >= size) return `{ ${unit}: ${Math.round(seconds / size)} }`;
  }
  return `{ minutes: ${Math.max(1, Math.round(seconds / 60))} }`;
}

/** The declaration an undeclared cookie or key would need, to paste into the config. */
function declarationOf(config: ConsentConfig, type: ConsentViolation['type'], name: string, host: string, cookie?: BrowserCookie): string {
  const categories = config.categoryIds.join(' | ');
  const fields = [
    type === 'cookie' ? `name: ${JSON.stringify(name)}` : `key: ${JSON.stringify(name)}`,
    ...(type === 'sessionStorage' ? ["area: 'session'"] : []),
    `category: '<${categories}>'`,
    "purpose: '<what it is for>'",
    `duration: ${cookie ? durationOf(cookie) : type === 'sessionStorage' ? "'session'" : "{ days: '<how long it is kept>' }"}`,
  ];
  if (cookie) {
    const domain = cookie.domain.replace(/^\./, '');
    if (cookie.domain.startsWith('.')) fields.push(`domain: ${JSON.stringify(cookie.domain)}`);
    if (cookie.path !== '/') fields.push(`path: ${JSON.stringify(cookie.path)}`);
    // Set for another site than the page's own: a third party's.
    if (host !== domain && !host.endsWith(`.${domain}`)) fields.push("provider: '<who sets it>'", 'thirdParty: true');
  }
  return `{ ${fields.join(', ')} }`;
}

/**
 * Whether the page may hold a category's (or service's, as `service:<id>`) cookies: what `consent`
 * (or the page's stored decision) grants.
 */
async function grants<C extends string>(page: PageLike, options: ComplianceOptions<C>, cookies: BrowserCookie[]): Promise<(id: string) => boolean> {
  const { config, storage } = options;
  let value: string | null | undefined;
  if (options.consent !== undefined) value = consentValue(config, options.consent, options);
  else if (storage?.type === 'localStorage') {
    value = (await page.evaluate(`(() => { try { return localStorage.getItem(${JSON.stringify(storage.key ?? 'ck_consent')}); } catch { return null; } })()`)) as string | null;
  } else {
    const name = consentCookieName(page.url(), storage);
    value = cookies.find((cookie) => cookie.name === name)?.value;
  }
  // Read as the app's own store would read it: a stale, foreign or tampered value grants nothing.
  // Storage holds the same value: where a DOM exists (a jsdom runner), the store checks its reading against storage.
  const store = createConsentStore(config, { storage: memoryAdapter(value ?? undefined), initialValue: value ?? null, gpc: options.gpc ?? false, now: options.now });
  return (id) => store.isGranted(id as C);
}

/**
 * Every cookie of the page's browser context and every `localStorage` / `sessionStorage` key of
 * the page that the policy does not allow now: undeclared ones (unless `allow`ed), and declared
 * ones whose category is not granted. The consent record itself is always allowed. Cookies are
 * read through Playwright, so `HttpOnly` cookies a server set count too.
 */
export async function findConsentViolations<C extends string>(page: PageLike, options: ComplianceOptions<C>): Promise<ConsentViolation[]> {
  const { config, storage, allow = [] } = options;
  const cookies = await page.context().cookies();
  const granted = await grants(page, options, cookies);
  const url = page.url();
  const { hostname } = new URL(url);
  const keys = JSON.parse(
    (await page.evaluate(
      `(() => { const keys = (area) => { try { return Object.keys(window[area]); } catch { return []; } }; return JSON.stringify({ localStorage: keys('localStorage'), sessionStorage: keys('sessionStorage') }); })()`,
    )) as string,
  ) as Record<'localStorage' | 'sessionStorage', string[]>;
  const record = storage?.type === 'localStorage' ? ['localStorage', storage.key ?? CONSENT_COOKIE] : ['cookie', consentCookieName(url, storage)];

  const found: [ConsentViolation['type'], string, BrowserCookie?][] = [
    ...cookies.map((cookie) => ['cookie', cookie.name, cookie] as [ConsentViolation['type'], string, BrowserCookie]),
    ...(['localStorage', 'sessionStorage'] as const).flatMap((type) => keys[type].map((key) => [type, key] as [ConsentViolation['type'], string])),
  ];
  const violations: ConsentViolation[] = [];
  for (const [type, name, cookie] of found) {
    // consentkit's own: the decision, and <ConsentLog>'s queue of proof not yet delivered (its
    // default key; a custom one goes in `allow`).
    const own = (type === record[0] && name === record[1]) || (type === 'localStorage' && name === CONSENT_LOG_KEY);
    if (own || allow.some((allowed) => matchesCookie(allowed, name))) continue;
    const declarations: { category: string; service?: string }[] = type === 'cookie' ? cookieDeclarations(config, name) : storageDeclarations(config, name, AREAS[type]);
    if (!declarations.length) violations.push({ type, name, kind: 'undeclared', declaration: declarationOf(config, type, name, hostname, cookie) });
    // Each declaration that governs it (two, where families overlap) needs its consent; a
    // service's cookie or key needs the service's own consent too.
    const lacking = declarations.find(({ category, service }) => !granted(category) || (service && !granted(`service:${service}`)));
    if (lacking) violations.push({ type, name, kind: 'not-granted', category: lacking.category, ...(granted(lacking.category) ? { service: lacking.service } : {}) });
  }
  return violations;
}

/** One line (or two, with the declaration to paste) per violation. */
function describe(violation: ConsentViolation): string {
  const what = `${violation.type === 'cookie' ? 'cookie' : `${violation.type} key`} "${violation.name}"`;
  return violation.kind === 'undeclared'
    ? `- ${what} is not declared. Declare it in config.${violation.type === 'cookie' ? 'cookies' : 'storage'} (or allow it):\n    ${violation.declaration},`
    : `- ${what} belongs to ${violation.service ? `the service "${violation.service}" of ` : ''}"${violation.category}", which is not granted`;
}

/**
 * Asserts that the page holds only what its policy allows now (see {@link findConsentViolations}):
 * before any decision (`consent: 'undecided'`), no cookie or storage key of a category that is not
 * required, and no undeclared one; after Reject all, the same; after Accept all, only declared
 * names. Throws a {@link ConsentComplianceError} naming each offending cookie or key, with the
 * declaration an undeclared one would need.
 *
 * @example
 * await page.goto('/');
 * await expectConsentCompliance(page, { config, consent: 'undecided' });
 * await page.getByRole('button', { name: 'Reject all' }).click();
 * await expectConsentCompliance(page, { config, consent: 'rejected' });
 */
export async function expectConsentCompliance<C extends string>(page: PageLike, options: ComplianceOptions<C>): Promise<void> {
  const violations = await findConsentViolations(page, options);
  if (!violations.length) return;
  const expected = options.consent === undefined ? 'the stored decision' : typeof options.consent === 'string' ? options.consent : JSON.stringify(options.consent);
  throw new ConsentComplianceError(
    `[consentkit] ${violations.length} cookie(s) or storage key(s) break the policy (consent: ${expected}) on ${page.url()}:\n${violations.map(describe).join('\n')}`,
    violations,
  );
}
