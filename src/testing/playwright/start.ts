import type { ConsentConfig } from '../../core/config';
import { CONSENT_COOKIE, HOST_PREFIX } from '../../core/cookie-syntax';
import { decodeConsentRecord } from '../../core/record';
import type { CookieAdapterOptions } from '../../storage/cookie';
import type { LocalStorageAdapterOptions } from '../../storage/local-storage';
import { consentValue, type TestConsent, type TestConsentOptions } from '../consent';
import type { BrowserContextLike, BrowserCookieInit, PageLike } from './browser';

/**
 * Where the app keeps the decision: the options it gives `cookieAdapter()` (the default), or
 * `{ type: 'localStorage' }` with those of `localStorageAdapter()`.
 */
export type ConsentStorageTarget = ({ type?: 'cookie' } & CookieAdapterOptions) | ({ type: 'localStorage' } & LocalStorageAdapterOptions);

/** Options of {@link consentStorageState}, {@link addConsent} and {@link openWithConsent}. */
export interface StartOptions<C extends string = string> extends TestConsentOptions {
  /** The app's config. */
  config: ConsentConfig<C, string>;
  /** The state the page starts in. */
  consent: TestConsent<C>;
  /** Where the app keeps the decision. @default the consent cookie, as `cookieAdapter()` writes it */
  storage?: ConsentStorageTarget;
}

/** The consent cookie's name for a page of `url`, as `cookieAdapter(options)` there would name it. */
export function consentCookieName(url: string, storage: ConsentStorageTarget = {}): string {
  const { name = CONSENT_COOKIE, hostPrefix } = storage as CookieAdapterOptions;
  return hostPrefix && new URL(url).protocol === 'https:' ? HOST_PREFIX + name : name;
}

/** The consent cookie as `cookieAdapter()` would have written it on a page of `url`, or null for undecided. */
function consentCookie<C extends string>(url: string, options: StartOptions<C>): Required<BrowserCookieInit> | null {
  const value = consentValue(options.config, options.consent, options);
  if (!value) return null;
  const { path = '/', domain, sameSite = 'Lax', secure, maxAgeDays } = (options.storage ?? {}) as CookieAdapterOptions;
  const { hostname, protocol } = new URL(url);
  // The cookie lives as long as the decision, unless the adapter sets its own lifetime.
  const { expiresAt } = (decodeConsentRecord(value, options.config.categoryIds) as { record: { expiresAt: number } }).record;
  return {
    name: consentCookieName(url, options.storage),
    value,
    // A domain without a leading dot is host-only to Playwright, as the adapter's default is.
    domain: domain ?? hostname,
    path,
    expires: maxAgeDays !== undefined ? Math.floor(Date.now() / 1000) + maxAgeDays * 86400 : expiresAt,
    sameSite,
    secure: secure ?? (protocol === 'https:' || sameSite === 'None'),
  };
}

const isLocal = (storage?: ConsentStorageTarget): storage is { type: 'localStorage' } & LocalStorageAdapterOptions => storage?.type === 'localStorage';

/**
 * A Playwright `storageState` in which the site at `url` finds `consent` already decided: for
 * `browser.newContext({ storageState })`, or `test.use({ storageState })` with Playwright Test.
 * The decision is made by consentkit's own store and stored through its codec, so it is valid for
 * the config and the record format stays consentkit's business.
 */
export function consentStorageState<C extends string>(url: string, options: StartOptions<C>) {
  const { origin } = new URL(url);
  if (isLocal(options.storage)) {
    const value = consentValue(options.config, options.consent, options);
    return { cookies: [], origins: value ? [{ origin, localStorage: [{ name: options.storage.key ?? CONSENT_COOKIE, value }] }] : [] };
  }
  const cookie = consentCookie(url, options);
  return { cookies: cookie ? [{ ...cookie, httpOnly: false }] : [], origins: [] };
}

/**
 * Makes every page of `context` that opens `url`'s site start in `consent`: writes the consent
 * cookie (`context.addCookies`), or, for the localStorage adapter, the key before the site's
 * scripts run (only where the page holds none yet, so a decision made during the test is kept
 * across reloads). `'undecided'` removes a consent cookie the context holds. Call it before
 * navigating.
 */
export async function addConsent<C extends string>(context: Omit<BrowserContextLike, 'newPage'>, url: string, options: StartOptions<C>): Promise<void> {
  if (isLocal(options.storage)) {
    const value = consentValue(options.config, options.consent, options);
    if (value) {
      const { origin } = new URL(url);
      const [key, stored] = [JSON.stringify(options.storage.key ?? CONSENT_COOKIE), JSON.stringify(value)];
      await context.addInitScript(`if (location.origin === ${JSON.stringify(origin)} && localStorage.getItem(${key}) === null) localStorage.setItem(${key}, ${stored});`);
    }
    return;
  }
  const name = consentCookieName(url, options.storage);
  await context.clearCookies({ name });
  const cookie = consentCookie(url, options);
  if (cookie) await context.addCookies([cookie]);
}

/**
 * Opens a new page of `context` at `url`, starting in `consent` (see {@link addConsent}).
 *
 * @example
 * const page = await openWithConsent(context, 'http://localhost:3000/', { config, consent: 'accepted' });
 * await expect(page.getByRole('region', { name: 'Cookie consent' })).toHaveCount(0);
 */
export async function openWithConsent<C extends string, P extends PageLike = PageLike>(
  context: Omit<BrowserContextLike, 'newPage'> & { newPage(): Promise<P> },
  url: string,
  options: StartOptions<C>,
): Promise<P> {
  await addConsent(context, url, options);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}
