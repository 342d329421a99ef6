import { matchesCookie } from './cookie-syntax';
import { durationToSeconds, type Duration, type DurationLength } from './duration';
import type { JurisdictionMap } from './jurisdictions';
import type { LocalizedText } from './localized-text';
import { assertValidConfig } from './validate-config';

/**
 * One category of cookies and scripts a person can allow or refuse. Its text, like every display
 * string of the config, is a string or a per-locale map (`LocalizedText`); `L` is the config's
 * declared `locales`.
 */
export interface CategoryDefinition<L extends string = string> {
  /** Short name shown on the toggle and in the policy table, e.g. "Analytics". */
  title: LocalizedText<L>;
  /** What the category is for, in plain words. Rendered as text, never as HTML. */
  description: LocalizedText<L>;
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
  /**
   * Honour Do Not Track (`navigator.doNotTrack === '1'`) for this category, as Global Privacy
   * Control is honoured for `saleOrSharing` ones: with DNT on, it starts denied and "Accept all"
   * does not grant it; only an explicit choice of it (or of one of its services) can, and a grant
   * made without DNT is denied once DNT is on. A `required` category cannot be one.
   * @default false
   */
  doNotTrack?: boolean;
  /**
   * Under the opt-out model (US state laws, see `jurisdictions`), the category runs until the person
   * opts out, as `saleOrSharing` ones do. Elsewhere it changes nothing. A `required` category cannot be one.
   * @default false
   */
  optOut?: boolean;
}

/** A cookie the site (or a script it loads) sets, as listed in the policy. */
export interface CookieDeclaration<C extends string = string, S extends string = string, L extends string = string> {
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
  purpose: LocalizedText<L>;
  /**
   * `'session'` or a length; also the `Max-Age` `useCookie` writes with. Browsers keep a cookie at
   * most 400 days: a longer duration (Google Analytics declares 2 years) is written as 400 days,
   * and development builds say so.
   */
  duration: Duration;
  /** Who sets or reads it, e.g. "Google Analytics". */
  provider?: LocalizedText<L>;
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
  /**
   * Id of the service (a `services` entry with an `id`, of the same category) that sets it: the
   * cookie is then written only while that service is granted, and erased when it is revoked.
   */
  service?: S;
}

/** A third party the site shares data with, listed in the policy beside the cookies. */
export interface ServiceDeclaration<C extends string = string, S extends string = string, L extends string = string> {
  /**
   * Gives the service a consent of its own inside its category (1-32 letters, digits, `_` or
   * `-`, unique among services): a switch under its category's in the preferences dialog, a
   * choice of its own in the stored decision, `useConsent('service:<id>')`, and `service` on the
   * cookies and storage keys it sets. A service without one is only listed in the policy.
   * A service of a `required` category is always granted.
   */
  id?: S;
  /**
   * The company or product, e.g. "Stripe": a proper name, one string in every language (a
   * `ConsentEmbed` finds the service by it).
   */
  name: string;
  /** Category the service belongs to. */
  category: C;
  /** What it is used for. */
  purpose: LocalizedText<L>;
  /** What data it receives. */
  data: LocalizedText<L>;
  /**
   * Link to the third party's privacy policy (http or https only, without a username or password);
   * per locale, for a policy published in several languages.
   */
  privacyPolicyUrl: LocalizedText<L>;
  /** How the person controls it, e.g. "Managed by Stripe's privacy policy". */
  control?: LocalizedText<L>;
  /** How long its cookies live, in words, e.g. "Up to 2 years". */
  duration?: LocalizedText<L>;
}

/** Which Web Storage area a key lives in: `localStorage` or `sessionStorage`. */
export type StorageArea = 'local' | 'session';

/** A `localStorage` or `sessionStorage` key the site (or a script it loads) uses, declared like a cookie. */
export interface StorageDeclaration<C extends string = string, S extends string = string, L extends string = string> {
  /**
   * The exact key, or a family: a string with `*` (`'_hjSession*'`), each `*` matching any run of
   * characters, the empty one included; every other character literal. An exact key beats a family
   * that matches it, whatever the order.
   */
  key: string;
  /**
   * Where it lives.
   * @default 'local'
   */
  area?: StorageArea;
  /** Id of the category that must be granted before this key may exist. */
  category: C;
  /** Id of the service (of the same category) that uses it: then kept only while that service is granted. */
  service?: S;
  /** Why the key exists, in plain words. */
  purpose: LocalizedText<L>;
  /**
   * How long a value lives: a length, enforced by `useStorageItem`, which stores the expiry beside
   * the value and reads an expired value as absent (and removes it); or `'session'`, for
   * `sessionStorage` keys only, which the browser clears when the tab closes.
   */
  duration: Duration;
  /** Who sets or reads it, e.g. "Hotjar". */
  provider?: LocalizedText<L>;
}

/**
 * Separate lifetimes for a decision that accepts everything it was asked and one that refuses
 * something, e.g. to ask again sooner after a refusal. Each at most 13 months.
 */
export interface ConsentLifetimes {
  /** "Accept all", or saved choices that grant every category and service. */
  accepted: DurationLength;
  /** "Reject all", or saved choices that refuse at least one category or service. */
  rejected: DurationLength;
}

/** What `defineConsentConfig` accepts. */
export interface ConsentConfigInput<
  C extends string = string,
  Cookies extends readonly CookieDeclaration<C>[] = readonly CookieDeclaration<C>[],
  S extends string = string,
  L extends string = string,
> {
  /**
   * The languages the config's text is written in, e.g. `['en', 'de']`; the first is the default.
   * Every per-locale text map must then name each of them (checked at compile time and when the
   * config is defined), and `ConsentProvider` detects the visitor's language among them.
   * @default none: maps may name any locales
   */
  locales?: readonly L[];
  /**
   * Version of the policy. Raise it when categories or purposes change materially:
   * everyone is asked again.
   */
  revision: number;
  /** Categories keyed by id (letters, digits, `_` or `-`). */
  categories: Record<C, CategoryDefinition<L>>;
  /** Every cookie the site may set. */
  cookies?: Cookies;
  /** Third parties to list in the policy; those with an `id` also get a consent of their own. */
  services?: readonly ServiceDeclaration<C, S, L>[];
  /** Every `localStorage` and `sessionStorage` key the site may use. */
  storage?: readonly StorageDeclaration<C, S, L>[];
  /**
   * How long a decision is kept before asking again; at most 13 months. One length for every
   * decision, or `{ accepted, rejected }` to ask again sooner (or later) after a refusal.
   * @default { months: 6 }
   */
  consentExpiry?: DurationLength | ConsentLifetimes;
  /**
   * The site's cookie policy page, linked from the banner and the preferences dialog's header: an
   * http(s) URL, or a path on this site starting with `/`; per locale, e.g.
   * `{ en: '/cookies', de: '/de/cookies' }`.
   */
  policyUrl?: LocalizedText<L>;
  /**
   * The consent model per region, over the shipped mapping (`DEFAULT_JURISDICTIONS`: EU/EEA, UK,
   * CH, BR opt-in; US states with privacy laws opt-out; the rest of the US notice-only; elsewhere
   * none), e.g. `{ 'US-CA': 'opt-out', '*': 'opt-in' }`. It applies where a `region` is given to
   * the store, provider or `readConsentState`; without one every person is treated as opt-in.
   * @default {}
   */
  jurisdictions?: JurisdictionMap;
}

/** A validated, frozen consent configuration. Create it with {@link defineConsentConfig}. */
export interface ConsentConfig<C extends string = string, N extends string = string, S extends string = string, K extends string = string> {
  readonly revision: number;
  readonly categories: Readonly<Record<C, Readonly<CategoryDefinition>>>;
  readonly cookies: readonly Readonly<CookieDeclaration<C, S>>[];
  readonly services: readonly Readonly<ServiceDeclaration<C, S>>[];
  readonly storage: readonly Readonly<StorageDeclaration<C, S>>[];
  /** Category ids in declaration order. */
  readonly categoryIds: readonly C[];
  /** Lifetime of a decision that accepts everything, in seconds (of every decision, without `rejected`). */
  readonly consentExpirySeconds: number;
  /** Lifetime of a decision that refuses something, in seconds. */
  readonly rejectedExpirySeconds: number;
  /** The cookie policy page, when given. */
  readonly policyUrl?: LocalizedText;
  /** The declared languages of the config's text, the default first, when given. */
  readonly locales?: readonly string[];
  /** The site's per-region models (over the shipped mapping). */
  readonly jurisdictions: Readonly<JurisdictionMap>;
  /** Phantom: the declared string cookie names, for `useCookie` types. */
  readonly __cookieNames?: N;
  /** Phantom: the ids of services with a consent of their own. */
  readonly __serviceIds?: S;
  /** Phantom: the declared exact storage keys, for `useStorageItem` types. */
  readonly __storageKeys?: K;
}

/**
 * What a check of consent names: a category id, or `'service:<id>'` for a service with an id
 * (`isGranted('service:stripe')`, `useConsent('service:stripe')`, `save({ 'service:stripe': true })`).
 * Category ids cannot hold `:`, so the two never collide.
 */
export type ConsentKey<C extends string = string, S extends string = string> = C | `service:${S}`;

/** Ids of the services that have one, in a services tuple. */
export type DeclaredServiceId<Services> = Services extends readonly (infer D)[] ? (D extends { id: infer I extends string } ? I : never) : never;

/** Exact keys declared in a storage tuple (`*` families are not keys a value can be written under). */
export type DeclaredStorageKey<Storage> = Storage extends readonly (infer D)[]
  ? D extends { key: infer K } ? (K extends `${string}*${string}` ? never : K extends string ? K : never) : never
  : never;

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
 * Development builds refuse families of different categories that overlap: two `*` strings
 * exactly (`'_pk_*'` beside `'*_id'`, both matching `_pk_id`), storage key families of one area
 * too. A pair with a RegExp is checked from sample names, each pattern's literal parts with its
 * wildcards filled in: that catches the prefix and suffix families sites declare, not every pair of
 * regular expressions that could match a common name.
 *
 * The result is plain, frozen data when every family is written as a `*` string; development
 * builds warn about a RegExp name, which keeps working but cannot cross from a Server Component
 * into a Client Component.
 */
export function defineConsentConfig<
  const Categories extends Record<string, CategoryDefinition<NoInfer<L>>>,
  const Services extends readonly ServiceDeclaration<Extract<keyof Categories, string>, string, NoInfer<L>>[] = [],
  const Cookies extends readonly CookieDeclaration<Extract<keyof Categories, string>, DeclaredServiceId<Services>, NoInfer<L>>[] = [],
  const Storage extends readonly StorageDeclaration<Extract<keyof Categories, string>, DeclaredServiceId<Services>, NoInfer<L>>[] = [],
  const L extends string = string,
>(
  input: ConsentConfigInput<Extract<keyof Categories, string>, Cookies, DeclaredServiceId<Services>, NoInfer<L>> & { categories: Categories; services?: Services; storage?: Storage; locales?: readonly L[] },
): ConsentConfig<Extract<keyof Categories, string>, DeclaredCookieName<Cookies>, DeclaredServiceId<Services>, DeclaredStorageKey<Storage>> {
  assertValidConfig(input);
  const { revision, categories, cookies = [], services = [], storage = [], consentExpiry = { months: 6 }, policyUrl, jurisdictions = {}, locales } = input;
  const { accepted = consentExpiry, rejected = accepted } = consentExpiry as Partial<ConsentLifetimes>;
  const ids = Object.keys(categories);
  // Frozen copies all the way down: no later edit of the input (or of the config) can mark a
  // category required or move a cookie to another category.
  const frozen = (list: readonly object[]) => Object.freeze(list.map((item) => Object.freeze({ ...item })));
  return Object.freeze({
    revision,
    // Every flag an own true or false: never read through a polluted Object.prototype.
    categories: Object.freeze(Object.fromEntries(ids.map((id) => [id, Object.freeze({ required: false, saleOrSharing: false, doNotTrack: false, optOut: false, ...categories[id] })]))),
    cookies: frozen(cookies),
    services: frozen(services),
    storage: frozen(storage),
    categoryIds: Object.freeze(ids),
    consentExpirySeconds: durationToSeconds(accepted as DurationLength)!,
    rejectedExpirySeconds: durationToSeconds(rejected as DurationLength)!,
    // Only when given: an undefined field is not plain data a Server Component can pass on.
    ...(policyUrl && { policyUrl }),
    ...(locales && { locales: Object.freeze([...locales]) }),
    jurisdictions: Object.freeze({ ...jurisdictions }),
  }) as unknown as ConsentConfig<Extract<keyof Categories, string>, DeclaredCookieName<Cookies>, DeclaredServiceId<Services>, DeclaredStorageKey<Storage>>;
}

/**
 * The declarations that govern the cookie `name`: the one with exactly that name, else every
 * family (`*` string or RegExp) that matches it, whatever the declaration order (a `_gads` of its
 * own category is not one of a `'_ga*'` family's cookies). Families of different categories that
 * overlap are a config mistake development builds refuse where they can tell (RegExp pairs only
 * from samples; production not at all): a name both match needs the consent of each, never only
 * the first's.
 */
export const cookieDeclarations = <C extends string, S extends string>(config: ConsentConfig<C, string, S>, name: string): Readonly<CookieDeclaration<C, S>>[] => {
  const own = config.cookies.filter((cookie) => cookie.name === name);
  return own.length ? own : config.cookies.filter((cookie) => matchesCookie(cookie.name, name));
};

/** The declaration that governs the cookie `name`, for its path, domain and lifetime: the first of {@link cookieDeclarations}. */
export const findCookie = <C extends string, S extends string>(config: ConsentConfig<C, string, S>, name: string): Readonly<CookieDeclaration<C, S>> | undefined =>
  cookieDeclarations(config, name)[0];

/** The consent a declared cookie or key needs: its service's (which needs its category too), else its category's. */
export const consentKeyOf = <C extends string, S extends string>({ category, service }: { category: C; service?: S }): ConsentKey<C, S> =>
  service ? `service:${service}` : category;

/** The first consent that `declarations` need and `isGranted` refuses; undefined when each has it. */
export const lackingConsent = <C extends string, S extends string>(declarations: readonly { category: C; service?: S }[], isGranted: (key: ConsentKey<C, S>) => boolean): ConsentKey<C, S> | undefined =>
  declarations.map(consentKeyOf).find((key) => !isGranted(key));
