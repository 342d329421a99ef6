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
   * @default false
   */
  saleOrSharing?: boolean;
}

/** A cookie the site (or a script it loads) sets, as listed in the policy. */
export interface CookieDeclaration<C extends string = string> {
  /** Exact cookie name, or a pattern for families such as `/^_ga_/`. */
  name: string | RegExp;
  /** Id of the category that must be granted before this cookie may exist. */
  category: C;
  /** Why the cookie exists, in plain words. */
  purpose: string;
  /** `'session'` or a length; also the `Max-Age` `useCookie` writes with. */
  duration: Duration;
  /** Who sets or reads it, e.g. "Google Analytics". */
  provider?: string;
  /**
   * Set by a third party rather than the site itself.
   * @default true when `provider` is given, else false
   */
  thirdParty?: boolean;
  /** `Domain` attribute for writes and deletion; host-only when omitted. */
  domain?: string;
  /**
   * `Path` attribute for writes and deletion.
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
  /** Link to the third party's privacy policy (http or https only). */
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
  /** Phantom: the declared string cookie names, for `useCookie` types. */
  readonly __cookieNames?: N;
}

/** String cookie names declared in a cookies tuple (RegExp names are families, not writable names). */
export type DeclaredCookieName<Cookies> = Cookies extends readonly (infer D)[]
  ? D extends { name: infer N } ? (N extends string ? N : never) : never
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
 * a cookie name that is not an RFC 6265 token, a non-integer revision, a consent expiry over 13 months.
 */
export function defineConsentConfig<
  const Categories extends Record<string, CategoryDefinition>,
  const Cookies extends readonly CookieDeclaration<Extract<keyof Categories, string>>[] = [],
>(
  input: ConsentConfigInput<Extract<keyof Categories, string>, Cookies> & { categories: Categories },
): ConsentConfig<Extract<keyof Categories, string>, DeclaredCookieName<Cookies>> {
  assertValidConfig(input);
  const { revision, categories, cookies = [], services = [], consentExpiry = { months: 6 } } = input;
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
  }) as unknown as ConsentConfig<Extract<keyof Categories, string>, DeclaredCookieName<Cookies>>;
}

/** Declarations whose name is, or matches, `name`. */
export const findCookie = <C extends string>(config: ConsentConfig<C>, name: string): Readonly<CookieDeclaration<C>> | undefined =>
  // `search` ignores a RegExp's global flag and lastIndex, so a /g family matches every time.
  config.cookies.find((c) => (typeof c.name === 'string' ? c.name === name : name.search(c.name) >= 0));
