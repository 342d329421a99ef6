import type { ConsentConfig } from '../core/config';
import { parseCookieHeader } from '../core/cookie-jar';
import { CONSENT_COOKIE, isFamily } from '../core/cookie-syntax';
import { createConsentStore, type ConsentState } from '../core/store';
import { newestConsentCookie } from './read-consent-cookie';
import { memoryAdapter } from '../storage/memory';

/**
 * What the server knows of one request, for `<ConsentProvider serverState={…}>`: plain JSON (no
 * functions, RegExp, Date or class instances), so it can go from a React Server Component to a
 * Client Component, or through a loader's `json()`, unchanged.
 *
 * The state fields (`decided`, `choices`, `record`, `gpc`…) are the request's consent as the browser
 * will first render it, for server-side decisions such as rendering an analytics tag. The other
 * three let the first client render be the server's exactly: `value` and `now` are evaluated again
 * on the client at the server's moment, and `cookies` answers `useCookie` until hydration is over.
 */
export interface ServerConsentState<C extends string = string> extends ConsentState<C> {
  /** The consent cookie's value in the request (the newest, when it came several times), or null. */
  value: string | null;
  /**
   * The server's clock in milliseconds when `value` was read; 0 when there was no value (nothing
   * to evaluate, and a prerendered page reads no clock).
   */
  now: number;
  /** Request values of the declared cookies `useCookie` may show during hydration (see `cookies` in the options). */
  cookies: Record<string, string>;
  /** The region the state was read for (the `region` option), for the provider's first render. */
  region?: string;
}

/** The cookie store of Next.js (`await cookies()`) and others: anything with `get(name)`. */
export interface CookieStoreLike {
  get(name: string): { value: string } | undefined;
}

/**
 * Where the request's cookies and headers come from:
 * - a `Headers` (Next.js `await headers()`): the `Cookie` and `Sec-GPC` headers;
 * - a `Request` (route handlers, React Router / Remix loaders): its headers;
 * - a `Cookie` header string;
 * - a cookie store with `get(name)` (Next.js `await cookies()`): it carries no `Sec-GPC`, so pass `gpc`;
 * - `null` or `undefined`: no request, e.g. a page prerendered at build time. Every visitor's first
 *   render is then undecided; see `prePaintScript` to keep returning visitors from seeing the banner.
 */
export type ConsentSource = Headers | Request | CookieStoreLike | string | null | undefined;

/** Options for {@link readConsentState}. */
export interface ReadConsentStateOptions<N extends string = string> {
  /**
   * The consent cookie's name: `'__Host-ck_consent'` on https requests with
   * `cookieAdapter({ hostPrefix: true })`.
   * @default 'ck_consent'
   */
  name?: string;
  /**
   * Global Privacy Control. By default it is read from the `Sec-GPC: 1` header of a `Headers` or
   * `Request` source (a cookie header or store carries none).
   * @default the request's `Sec-GPC` header is `1`
   */
  gpc?: boolean;
  /**
   * Declared cookies whose request values `useCookie` shows during server render and hydration,
   * while their category is granted. By default: every exact name of a category that is not
   * `required`. A required category's cookies are left out unless listed, because they are where
   * `HttpOnly` session, login and CSRF cookies live, and whatever is listed ends up in the page's
   * HTML. A cookie left out reads `undefined` until hydration is over, on both sides.
   * @default exact names of non-required categories
   */
  cookies?: readonly N[];
  /**
   * Where the person is, e.g. `regionFromHeaders(await headers())`: picks the jurisdiction model
   * (see `config.jurisdictions`). Never read from the request by itself: without it every person is
   * treated as opt-in, as before regions existed.
   * @default undefined (opt-in)
   */
  region?: string;
}

// A Headers' get() answers a string or null; a cookie store's answers an object or undefined. (Next's
// headers() is a Headers with a `headers` field of its own, so the source is asked first.)
const headersOf = (candidate: unknown): Headers | undefined => {
  const cookie = typeof (candidate as Headers | undefined)?.get === 'function' ? (candidate as Headers).get('cookie') : undefined;
  return cookie === null || typeof cookie === 'string' ? (candidate as Headers) : undefined;
};

/**
 * The consent a request carries, validated exactly as the browser does (revision, expiry,
 * tampering, Global Privacy Control), as plain data for `<ConsentProvider serverState={…}>`: the
 * server and the first client render then agree, and the store reads the browser's storage once
 * hydration is over.
 *
 * ```tsx
 * // app/layout.tsx (Next.js App Router)
 * const serverState = readConsentState(consentConfig, await headers());
 * ```
 *
 * @param source `await headers()`, a `Request`, a `Cookie` header, `await cookies()`, or nothing
 * for a prerendered page (see {@link ConsentSource})
 * @param options the cookie's name, GPC, and the cookies `useCookie` may show (a bare string is
 * read as `name`, as in earlier versions)
 */
export function readConsentState<C extends string, N extends string>(
  config: ConsentConfig<C, N>,
  source: ConsentSource,
  options: ReadConsentStateOptions<N> | string = {},
): ServerConsentState<C> {
  const { name = CONSENT_COOKIE, gpc: given, cookies: listed, region } = typeof options === 'string' ? { name: options } : options;
  const headers = source && typeof source === 'object' ? (headersOf(source) ?? headersOf((source as Request).headers)) : undefined;
  // Anything else without a get() (a Node IncomingMessage's headers object…) reads as no cookies.
  const store = !headers && typeof (source as CookieStoreLike | null)?.get === 'function' ? (source as CookieStoreLike) : undefined;
  const header = typeof source === 'string' ? source : headers?.get('cookie');
  // The header is parsed once, for every cookie shown, not once per cookie.
  let jar: [string, string][] | undefined;
  const read = (cookie: string) => {
    const found = store ? store.get(cookie)?.value : (jar ??= parseCookieHeader(header)).find(([key]) => key === cookie)?.[1];
    return typeof found === 'string' ? found : undefined;
  };
  // One reading of the clock, and none without a cookie (a prerendered page): the copy is chosen
  // at the instant the state is evaluated and reported at.
  let at = 0;
  const clock = () => (at ||= Date.now());
  const value = store ? (read(name) ?? null) : newestConsentCookie(header, name, clock)[0];
  const gpc = given ?? headers?.get('sec-gpc')?.trim() === '1';
  const now = value === null ? 0 : clock();
  const state = createConsentStore(config, { storage: memoryAdapter(), initialValue: value, gpc, now: () => now, region }).getState();
  const shown = listed ?? config.cookies.flatMap(({ name: declared, category }) => (isFamily(declared) || config.categories[category].required ? [] : [declared as N]));
  const cookies = Object.fromEntries(
    shown.flatMap((cookie) => {
      const declaration = config.cookies.find((declared) => declared.name === cookie);
      const found = declaration && state.choices[declaration.category] === 'granted' ? read(cookie) : undefined;
      return found === undefined ? [] : [[cookie, found]];
    }),
  );
  return { ...state, value, now, cookies, ...(region && { region }) };
}
