import type { ConsentConfigInput, ConsentLifetimes } from './config';
import { CONSENT_COOKIE, COOKIE_DOMAIN, COOKIE_NAME, COOKIE_PATH, HOST_PREFIX, isFamily, matchesCookie } from './cookie-syntax';
import { durationToSeconds, MAX_COOKIE_SECONDS, MAX_LIFETIME_SECONDS, type Duration } from './duration';
import { JURISDICTION_MODELS, REGION } from './jurisdictions';
import { isLink } from './link';
import { checkConfigText } from './localized-text-check';
import { MAX_RECORD_LENGTH } from './record';
import { warn } from './warn';

/**
 * Throws, naming the field, unless `ok`. Development builds say what is wrong; production builds
 * keep every check and the field's name but drop the sentences, like React's production errors.
 * Each call spells out `process.env.NODE_ENV !== 'production' && '…'`: bundlers fold that to
 * false, but would not inline a module constant holding it (the build turns `const` into `var`).
 */
export function check(ok: unknown, field: string, problem: string | false): asserts ok {
  if (!ok) throw new TypeError(`[consentkit] ${field} ${problem || 'is invalid'}`);
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object';

const text = (value: unknown, field: string) => check(typeof value === 'string' && value.trim(), field, process.env.NODE_ENV !== 'production' && 'must be a non-empty string');

/**
 * An optional field or option: absent, or a value of its type (a non-empty string by default) in
 * its form; the error names `field.key`.
 */
export const optional = (item: Record<string, unknown>, key: string, field: string, form = /\S/, type = 'string') =>
  check(
    // RegExp#test reads a boolean as its text.
    item[key] === undefined || (typeof item[key] === type && form.test(item[key] as string)),
    `${field}.${key}`,
    process.env.NODE_ENV !== 'production' &&
      (({ name: 'must be an RFC 6265 token', path: "must be a path starting with '/', without ';', ',', spaces or control characters", domain: "must be a host name such as '.example.com'" } as Record<string, string>)[key] ??
        `must be a ${type === 'string' ? 'non-empty string' : type}`),
  );

/**
 * Names a cookie family surely covers: its pattern's literal parts, with each wildcard (`*` in a
 * string family; `.`, `\d`, `[…]` in a RegExp) filled in a few ways and anchors and quantifiers
 * dropped; only names the family itself matches are kept. Deciding whether two regular expressions
 * overlap is hard in general; these samples catch the prefix and suffix families sites declare
 * (`'_ga*'` covers `_gads`, `/^_pk_id\.\d+$/`, `'*_gid'`), not every pair that could match a common name.
 */
const samples = (family: string | RegExp) =>
  ['', ...'0aA']
    .map((fill) =>
      typeof family === 'string'
        ? family.replace(/\*/g, fill)
        : family.source.replace(/(\\[a-z]|\[.*?\]|\.)|\\?(.)/gi, (_, wildcard?: string, char?: string) => (wildcard ? fill : '$^*+?'.includes(char!) ? '' : char!)),
    )
    .filter((name) => COOKIE_NAME.test(name) && matchesCookie(family, name));

/**
 * The shortest name two `*` patterns both match, or undefined when they are disjoint. A character
 * both stars would take can be dropped and both still match, so some common name takes each of its
 * characters from a literal of either pattern: the search only ends a `*` or lets it take the other
 * pattern's next literal. Sound while each `*` spans every literal either pattern holds (cookie-name
 * characters in a valid cookie family, anything in a storage key).
 */
const commonName = (p: string, q: string) => {
  const memo = new Map<number, string | undefined>();
  const meet = (i: number, j: number): string | undefined => {
    if (i === p.length && j === q.length) return '';
    const key = i * (q.length + 1) + j;
    if (!memo.has(key)) {
      const [a, b] = [p[i], q[j]];
      const then = (char: string, rest: string | undefined) => (rest === undefined ? undefined : char + rest);
      const ways = [
        a === '*' ? meet(i + 1, j) : undefined,
        b === '*' ? meet(i, j + 1) : undefined,
        a === '*' && b && b !== '*' ? then(b, meet(i, j + 1)) : undefined,
        b === '*' && a && a !== '*' ? then(a, meet(i + 1, j)) : undefined,
        a && a !== '*' && a === b ? then(a, meet(i + 1, j + 1)) : undefined,
      ];
      memo.set(key, ways.reduce((best, way) => (way !== undefined && (best === undefined || way.length < best.length) ? way : best), undefined));
    }
    return memo.get(key);
  };
  return meet(0, 0);
};

/**
 * Throws unless families (an exact name beats a family at run time, so it overlaps nothing) of
 * different categories in one area are disjoint: a cookie or key both match would need two
 * consents, and the first declaration would win. `*` strings are compared exactly; a pair with a
 * RegExp, from samples.
 */
const assertDisjoint = (list: readonly { name?: string | RegExp; key?: string; category: unknown; area?: unknown }[], plural: string, name: 'name' | 'key') =>
  list.forEach((item, i) =>
    list.slice(0, i).forEach((other, j) => {
      const [a, b] = [item[name]!, other[name]!];
      if (item.category === other.category || (item.area ?? 'local') !== (other.area ?? 'local') || !isFamily(a) || !isFamily(b)) return;
      const both = typeof a === 'string' && typeof b === 'string' ? commonName(a, b) : [...samples(a), ...samples(b)].find((sample) => matchesCookie(a, sample) && matchesCookie(b, sample));
      check(both === undefined, `config.${plural}[${i}].${name}`, `overlaps ${plural}[${j}].${name}: both match "${both}", in different categories`);
    }),
  );

/** Throws a `TypeError` naming the first field at fault in a config input. */
export function assertValidConfig(input: ConsentConfigInput): void {
  check(isObject(input), 'config', process.env.NODE_ENV !== 'production' && 'must be an object');
  // Per-locale text maps are checked there; the checks below read each in the default locale.
  input = checkConfigText(input);
  const { revision, categories, cookies = [], services = [], storage = [], consentExpiry = { months: 6 } } = input;
  check(Number.isSafeInteger(revision) && revision >= 0, 'config.revision', process.env.NODE_ENV !== 'production' && `must be a non-negative integer, got ${String(revision)}`);
  check(isObject(categories), 'config.categories', process.env.NODE_ENV !== 'production' && 'must be an object keyed by category id');
  const ids = Object.keys(categories);
  check(ids.length, 'config.categories', process.env.NODE_ENV !== 'production' && 'must declare at least one category');
  check(ids.length <= 64, 'config.categories', process.env.NODE_ENV !== 'production' && 'may declare at most 64 categories');
  for (const id of ids) {
    const field = `config.categories.${id}`;
    const category: unknown = categories[id];
    check(/^[\w-]{1,32}$/.test(id), field, process.env.NODE_ENV !== 'production' && 'has an invalid id: use 1-32 letters, digits, "_" or "-"');
    // Names Object.prototype already has ("__proto__", "constructor", …) cannot be stored as choices.
    check(!(id in {}), field, process.env.NODE_ENV !== 'production' && 'is a reserved name');
    check(isObject(category), field, process.env.NODE_ENV !== 'production' && 'must be an object');
    text(category.title, `${field}.title`);
    text(category.description, `${field}.description`);
    // Flags read as true or false: a JSON or CMS "false" (truthy) would make a category required.
    for (const flag of ['required', 'saleOrSharing', 'doNotTrack', 'optOut']) {
      check(category[flag] === undefined || typeof category[flag] === 'boolean', `${field}.${flag}`, process.env.NODE_ENV !== 'production' && 'must be true or false');
    }
    // Always granted, yet refused under Global Privacy Control (or Do Not Track): no state could honour both.
    check(!(category.required && category.saleOrSharing), field, process.env.NODE_ENV !== 'production' && 'cannot be both required and saleOrSharing');
    check(!(category.required && category.doNotTrack), field, process.env.NODE_ENV !== 'production' && 'cannot be both required and doNotTrack');
    check(!(category.required && category.optOut), field, process.env.NODE_ENV !== 'production' && 'cannot be both required and optOut');
  }
  const { jurisdictions = {} } = input;
  check(isObject(jurisdictions), 'config.jurisdictions', process.env.NODE_ENV !== 'production' && "must be an object such as { 'US-CA': 'opt-out' }");
  for (const [region, model] of Object.entries(jurisdictions)) {
    const field = `config.jurisdictions.${region}`;
    check(region === '*' || REGION.test(region.replace(/-\*$/, '')), field, process.env.NODE_ENV !== 'production' && "is not a region: use a country code ('DE'), a US state ('US-CA'), 'US-*' or '*'");
    check(JURISDICTION_MODELS.includes(model!), field, process.env.NODE_ENV !== 'production' && "must be 'opt-in', 'opt-out', 'notice-only' or 'none'");
  }

  /**
   * Cookies, services and storage keys share these checks: an object, a unique name, a declared
   * category, a purpose; in development, a `service` that is a declared service id of that category.
   */
  const declarations = (list: readonly unknown[], kind: string, more: (item: Record<string, unknown>, field: string) => void, plural = `${kind}s`, name = 'name') => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const field = `config.${plural}[${i}]`;
      check(isObject(item), field, process.env.NODE_ENV !== 'production' && 'must be an object');
      // Storage keys are unique per area: `draft` may live in localStorage and in sessionStorage.
      const key = `${+(item.area === 'session')}${String(item[name])}`;
      more(item, field);
      // Exact names are unique across categories too: one cookie cannot need two consents.
      check(!seen.has(key), `${field}.${name}`, process.env.NODE_ENV !== 'production' && `duplicates ${kind} "${String(item[name])}"`);
      seen.add(key);
      check(ids.includes(item.category as string), `${field}.category`, process.env.NODE_ENV !== 'production' && `"${String(item.category)}" is not a declared category`);
      text(item.purpose, `${field}.purpose`);
      // In every build: a declaration's consent is its service's, so a service of another category
      // would let the cookie be written with that category's consent, not with its own.
      check(
        item.service === undefined || services.some((service) => service?.id === item.service && service.category === item.category),
        `${field}.service`,
        process.env.NODE_ENV !== 'production' && `"${String(item.service)}" is not the id of a service of category "${String(item.category)}"`,
      );
    });
  };
  declarations(cookies, 'cookie', (cookie, field) => {
    const { name, duration } = cookie;
    if (typeof name === 'string') check(COOKIE_NAME.test(name), `${field}.name`, process.env.NODE_ENV !== 'production' && `"${name}" is not a valid cookie name (RFC 6265 token)`);
    else check(name instanceof RegExp, `${field}.name`, process.env.NODE_ENV !== 'production' && 'must be a string or a RegExp');
    // Reject all would otherwise erase the decision itself, and the banner would return.
    check(![CONSENT_COOKIE, HOST_PREFIX + CONSENT_COOKIE].some((consent) => matchesCookie(name, consent)), `${field}.name`, process.env.NODE_ENV !== 'production' && `matches the consent cookie "${CONSENT_COOKIE}"`);
    const seconds = durationToSeconds(duration as Duration);
    check(duration === 'session' || seconds, `${field}.duration`, process.env.NODE_ENV !== 'production' && "must be 'session' or a positive length like { days: 7 }");
    if (process.env.NODE_ENV !== 'production' && seconds! > MAX_COOKIE_SECONDS) {
      warn(`${field}.duration is over 400 days: browsers keep a cookie at most 400 days, and consentkit writes it with that Max-Age`);
    }
    // Path and domain become cookie attributes: checked in every build (writes refuse them too).
    optional(cookie, 'path', field, COOKIE_PATH);
    optional(cookie, 'domain', field, COOKIE_DOMAIN);
    // Mistakes that cannot grant anything or steer a write (the components render only text, an
    // exact name wins over a family at run time) are caught in development, to keep the first
    // load small: a config that passed there is the same code in production.
    if (process.env.NODE_ENV !== 'production') {
      optional(cookie, 'provider', field);
      optional(cookie, 'thirdParty', field, /./, 'boolean');
    }
  });
  if (process.env.NODE_ENV !== 'production') {
    assertDisjoint(cookies, 'cookies', 'name');
    let warned = false;
    cookies.forEach(({ name }, i) => {
      if (name instanceof RegExp && !warned) {
        warned = true;
        // A prefix pattern (/^_ga_/, the usual case) reads as its string family; imported code would
        // stay in production bundles even where only this development branch uses it.
        const prefix = /^\^((?:\\.|[\w-])+)$/.exec(name.source)?.[1]?.replace(/\\/g, '');
        const family = prefix && `${prefix}*`;
        warn(
          `config.cookies[${i}].name is a RegExp: this config works where it is defined, but cannot be passed from a React Server Component to a Client Component (RegExp is not serialisable). ` +
            `Write each family as a string with *, ${family && COOKIE_NAME.test(family) ? `here '${family}'` : "e.g. '_ga_*'"}, or import the config inside the Client Component.`,
        );
      }
    });
  }
  declarations(services, 'service', (service, field) => {
    text(service.name, `${field}.name`);
    text(service.data, `${field}.data`);
    // Only http(s): a javascript: URL in a policy link would run script on click.
    check(isLink(service.privacyPolicyUrl), `${field}.privacyPolicyUrl`, process.env.NODE_ENV !== 'production' && 'must be an http(s) URL without a username or password');
    if (process.env.NODE_ENV !== 'production') {
      optional(service, 'control', field);
      optional(service, 'duration', field);
    }
    // In every build, as they decide what is granted: the id is stored in the decision, so it has
    // the codec's form (a ':' or '!' would write entries of its own) and is never a name
    // Object.prototype has; and it names one service, whose category is the one its cookies need.
    optional(service, 'id', field, /^[\w-]{1,32}$/);
    check(!(service.id as string in {}), `${field}.id`, process.env.NODE_ENV !== 'production' && 'is a reserved name');
    check(service.id === undefined || services.filter((other) => other?.id === service.id).length < 2, `${field}.id`, process.env.NODE_ENV !== 'production' && `duplicates service id "${String(service.id)}"`);
  });
  // A link people follow: a javascript: URL would run script on click.
  check(input.policyUrl === undefined || isLink(input.policyUrl) || /^\/(?![/\\])\S*$/.test(input.policyUrl as unknown as string), 'config.policyUrl', process.env.NODE_ENV !== 'production' && "must be an http(s) URL without a username or password, or a path starting with '/'");
  declarations(
    storage,
    'storage key',
    (item, field) => {
      // In every build, as for a cookie: a key that is no string would throw in every lookup (the
      // sweep that erases a withdrawn category's keys included), and the lifetime is what a
      // written value keeps (without one it would outlive what the policy says). A bad area only
      // refuses writes: checked in development, like a cookie's provider.
      text(item.key, `${field}.key`);
      check(
        (item.duration === 'session' && item.area === 'session') || durationToSeconds(item.duration as Duration),
        `${field}.duration`,
        process.env.NODE_ENV !== 'production' && "must be a positive length like { days: 30 }, or 'session' for a sessionStorage key",
      );
      if (process.env.NODE_ENV !== 'production') {
        check(item.area === undefined || item.area === 'local' || item.area === 'session', `${field}.area`, "must be 'local' or 'session'");
        optional(item, 'provider', field);
      }
    },
    'storage',
    'key',
  );
  if (process.env.NODE_ENV !== 'production') assertDisjoint(storage, 'storage', 'key');
  // One length, or separate ones for acceptances and refusals (read as defineConsentConfig reads them).
  const { accepted = consentExpiry, rejected = accepted } = consentExpiry as Partial<ConsentLifetimes>;
  for (const lifetime of [accepted, rejected]) {
    const seconds = durationToSeconds(lifetime as Duration);
    check(seconds, 'config.consentExpiry', process.env.NODE_ENV !== 'production' && 'must be a positive length like { months: 6 }, or { accepted, rejected } lengths');
    check(seconds <= MAX_LIFETIME_SECONDS, 'config.consentExpiry', process.env.NODE_ENV !== 'production' && 'must not exceed 13 months');
  }
  if (process.env.NODE_ENV !== 'production') {
    // The stored decision names every category and every service with an id: it must fit in one
    // cookie. The header (schema, revision, id, times, method, flags, model and region, and a GPC
    // opt-out's basis) takes at most 154 characters.
    const length = [...ids, ...services.map((service) => service?.id)].reduce((sum: number, id) => sum + (typeof id === 'string' ? id.length + 3 : 0), 154);
    check(length <= MAX_RECORD_LENGTH, 'config.services', `make a stored decision of up to ${length} characters, over the ${MAX_RECORD_LENGTH} a cookie holds: use shorter category or service ids`);
  }
}
