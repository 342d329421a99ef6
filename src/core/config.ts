import { matchesCookie } from './cookie-syntax';
import { durationToSeconds, type Duration, type DurationLength } from './duration';
import { assertValidConfig } from './validate-config';

/** One category of cookies and scripts a person can allow or refuse. */
export interface CategoryDefinition {
  /** Short name shown on the toggle and in the policy table, e.g. "Analytics". */
  title: string;
  /** What the category is for, in plain words. Rendered as text, never as HTML. */
  description: string;
  /**
   * Strictly necessary: always granted, its switch is shown on and disabled.
   * @default false
   */
  required?: boolean;
  /**
   * The category sells or shares personal data (CCPA/CPRA). With Global Privacy Control on,
   * it starts denied and "Accept all" does not grant it; only an explicit per-category choice can.
   * A `required` category cannot be one.
   * @default false
   */
  saleOrSharing?: boolean;
}

/** A cookie the site (or a script it loads) sets, as listed in the policy. */
export interface CookieDeclaration<C extends string = string> {
  /**
   * Exact cookie name (an RFC 6265 token), or a family: a string with `*` such as `'_ga_*'`, each
   * `*` matching any run of cookie-name characters, or a RegExp such as `/^_ga_/`. An exact name
   * beats a family that matches it, whatever the order. Families of different categories must not
   * overlap, and no declaration may match the consent cookie (`ck_consent`, `__Host-ck_consent`).
   *
   * Prefer the string form: a config is then plain data and can be passed from a React Server
   * Component to a Client Component; one holding a RegExp cannot (React refuses to serialise it).
   */
  name: string | RegExp;
  /** Id of the category that must be granted before this cookie may exist. */
  category: C;
  /** Why the cookie exists, in plain words. */
  purpose: string;
  /**
   * `'session'` or a length; also the `Max-Age` `useCookie` writes with. Browsers keep a cookie at
   * most 400 days: a longer duration (Google Analytics declares 2 years) is written as 400 days,
   * and development builds say so.
   */
  duration: Duration;
  /** Who sets or reads it, e.g. "Google Analytics". */
  provider?: string;
  /**
   * Set by a third party rather than the site itself.
   * @default true when `provider` is given, else false
   */
  thirdParty?: boolean;
  /** `Domain` attribute for writes and deletion, a host name such as `'.example.com'`; host-only when omitted. */
  domain?: string;
  /**
   * `Path` attribute for writes and deletion: starts with `/`, without `;`, `,` or whitespace.
   * @default '/'
   */
  path?: string;
}

/** A third party the site shares data with, listed in the policy beside the cookies. */
export interface ServiceDeclaration<C extends string = string> {
  /** The company or product, e.g. "Stripe". */
  name: string;
  /** Category the service belongs to. */
  category: C;
  /** What it is used for. */
  purpose: string;
  /** What data it receives. */
  data: string;
  /** Link to the third party's privacy policy (http or https only, without a username or password). */
  privacyPolicyUrl: string;
  /** How the person controls it, e.g. "Managed by Stripe's privacy policy". */
  control?: string;
  /** How long its cookies live, in words, e.g. "Up to 2 years". */
  duration?: string;
}

/** What `defineConsentConfig` accepts. */
export interface ConsentConfigInput<
  C extends string = string,
  Cookies extends readonly CookieDeclaration<C>[] = readonly CookieDeclaration<C>[],
> {
  /**
   * Version of the policy. Raise it when categories or purposes change materially:
   * everyone is asked again.
   */
  revision: number;
  /** Categories keyed by id (letters, digits, `_` or `-`). */
  categories: Record<C, CategoryDefinition>;
  /** Every cookie the site may set. */
  cookies?: Cookies;
  /** Third parties to list in the policy. */
  services?: readonly ServiceDeclaration<C>[];
  /**
   * How long a decision is kept before asking again; at most 13 months.
   * @default { months: 6 }
   */
  consentExpiry?: DurationLength;
  /**
   * The site's cookie policy page, linked from the banner and the preferences dialog's header: an
   * http(s) URL, or a path on this site starting with `/`.
   */
  policyUrl?: string;
}

/** A validated, frozen consent configuration. Create it with {@link defineConsentConfig}. */
export interface ConsentConfig<C extends string = string, N extends string = string> {
  readonly revision: number;
  readonly categories: Readonly<Record<C, Readonly<CategoryDefinition>>>;
  readonly cookies: readonly Readonly<CookieDeclaration<C>>[];
  readonly services: readonly Readonly<ServiceDeclaration<C>>[];
  /** Category ids in declaration order. */
  readonly categoryIds: readonly C[];
  /** Consent lifetime in seconds. */
  readonly consentExpirySeconds: number;
  /** The cookie policy page, when given. */
  readonly policyUrl?: string;
  /** Phantom: the declared string cookie names, for `useCookie` types. */
  readonly __cookieNames?: N;
}

/** Exact cookie names declared in a cookies tuple (families, `*` or RegExp, are not writable names). */
export type DeclaredCookieName<Cookies> = Cookies extends readonly (infer D)[]
  ? D extends { name: infer N } ? (N extends `${string}*${string}` ? never : N extends string ? N : never) : never
  : never;

/**
 * Validates a consent configuration at once and returns it frozen, with category ids and cookie
 * names inferred as literal types so that `useConsent('analyitcs')` is a compile error.
 *
 * The checks run in production builds too: a config mistake that slipped through review stops the
 * app at startup with the field's name, rather than running with a policy that differs from the code.
 * Development builds add a sentence saying what is wrong; production builds leave the sentences out.
 *
 * @throws TypeError naming the field at fault: unknown category, duplicate id or cookie name,
 * a cookie name that is not an RFC 6265 token or that matches the consent cookie, families of
 * different categories that overlap, a bad path or domain, an optional field of the wrong type,
 * a category both required and saleOrSharing, a policy link that is not a plain http(s) URL,
 * a non-integer revision, a consent expiry over 13 months.
 *
 * Overlapping families are found from sample names: each pattern's literal parts with its
 * wildcards filled in. That catches the prefix and suffix families sites declare (`'_ga*'` beside
 * `'_gads*'`), not every pair of regular expressions that could match a common name.
 *
 * The result is plain, frozen data when every family is written as a `*` string; development
 * builds warn about a RegExp name, which keeps working but cannot cross from a Server Component
 * into a Client Component.
 */
export function defineConsentConfig<
  const Categories extends Record<string, CategoryDefinition>,
  const Cookies extends readonly CookieDeclaration<Extract<keyof Categories, string>>[] = [],
>(
  input: ConsentConfigInput<Extract<keyof Categories, string>, Cookies> & { categories: Categories },
): ConsentConfig<Extract<keyof Categories, string>, DeclaredCookieName<Cookies>> {
  assertValidConfig(input);
  const { revision, categories, cookies = [], services = [], consentExpiry = { months: 6 }, policyUrl } = input;
  const ids = Object.keys(categories);
  // Frozen copies all the way down: no later edit of the input (or of the config) can mark a
  // category required or move a cookie to another category.
  const frozen = (list: readonly object[]) => Object.freeze(list.map((item) => Object.freeze({ ...item })));
  return Object.freeze({
    revision,
    categories: Object.freeze(Object.fromEntries(ids.map((id) => [id, Object.freeze({ ...categories[id] })]))),
    cookies: frozen(cookies),
    services: frozen(services),
    categoryIds: Object.freeze(ids),
    consentExpirySeconds: durationToSeconds(consentExpiry)!,
    policyUrl,
  }) as unknown as ConsentConfig<Extract<keyof Categories, string>, DeclaredCookieName<Cookies>>;
}

/**
 * The declaration that governs the cookie `name`: the one with exactly that name, else the family
 * (`*` string or RegExp) that matches it, whatever the declaration order (a `_gads` of its own
 * category is not one of a `'_ga*'` family's cookies).
 */
export const findCookie = <C extends string>(config: ConsentConfig<C>, name: string): Readonly<CookieDeclaration<C>> | undefined =>
  config.cookies.find((cookie) => cookie.name === name) ?? config.cookies.find((cookie) => matchesCookie(cookie.name, name));
