import type { ConsentConfigInput } from './config';
import { durationToSeconds, MAX_LIFETIME_SECONDS, type Duration } from './duration';

// RFC 6265 token: any CHAR except CTLs, whitespace and separators.
const TOKEN = /^[!#$%&'*+\-.^_`|~\w]+$/;

/**
 * Throws, naming the field, unless `ok`. Development builds say what is wrong; production builds
 * keep every check and the field's name but drop the sentences, like React's production errors.
 * Each call spells out `process.env.NODE_ENV !== 'production' && '…'`: bundlers fold that to
 * false, but would not inline a module constant holding it (the build turns `const` into `var`).
 */
function check(ok: unknown, field: string, problem: string | false): asserts ok {
  if (!ok) throw new TypeError(`[consentkit] config.${field} ${problem || 'is invalid'}`);
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object';

const text = (value: unknown, field: string) => check(typeof value === 'string' && value.trim(), field, process.env.NODE_ENV !== 'production' && 'must be a non-empty string');

/** Throws a `TypeError` naming the first field at fault in a config input. */
export function assertValidConfig(input: ConsentConfigInput): void {
  check(isObject(input), '', process.env.NODE_ENV !== 'production' && 'must be an object');
  const { revision, categories, cookies = [], services = [], consentExpiry = { months: 6 } } = input;
  check(Number.isSafeInteger(revision) && revision >= 0, 'revision', process.env.NODE_ENV !== 'production' && `must be a non-negative integer, got ${String(revision)}`);
  check(isObject(categories), 'categories', process.env.NODE_ENV !== 'production' && 'must be an object keyed by category id');
  const ids = Object.keys(categories);
  check(ids.length, 'categories', process.env.NODE_ENV !== 'production' && 'must declare at least one category');
  check(ids.length <= 64, 'categories', process.env.NODE_ENV !== 'production' && 'may declare at most 64 categories');
  for (const id of ids) {
    const field = `categories.${id}`;
    const category: unknown = categories[id];
    check(/^[\w-]{1,32}$/.test(id), field, process.env.NODE_ENV !== 'production' && 'has an invalid id: use 1-32 letters, digits, "_" or "-"');
    // Names Object.prototype already has ("__proto__", "constructor", …) cannot be stored as choices.
    check(!(id in {}), field, process.env.NODE_ENV !== 'production' && 'is a reserved name');
    check(isObject(category), field, process.env.NODE_ENV !== 'production' && 'must be an object');
    text(category.title, `${field}.title`);
    text(category.description, `${field}.description`);
  }

  /** Cookies and services share these checks: an object, a unique name, a declared category, a purpose. */
  const declarations = (list: readonly unknown[], kind: string, more: (item: Record<string, unknown>, field: string) => void) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const field = `${kind}s[${i}]`;
      check(isObject(item), field, process.env.NODE_ENV !== 'production' && 'must be an object');
      const key = String(item.name);
      more(item, field);
      check(!seen.has(key), `${field}.name`, process.env.NODE_ENV !== 'production' && `duplicates ${kind} "${key}"`);
      seen.add(key);
      check(ids.includes(item.category as string), `${field}.category`, process.env.NODE_ENV !== 'production' && `"${String(item.category)}" is not a declared category`);
      text(item.purpose, `${field}.purpose`);
    });
  };
  declarations(cookies, 'cookie', ({ name, duration }, field) => {
    if (typeof name === 'string') check(TOKEN.test(name), `${field}.name`, process.env.NODE_ENV !== 'production' && `"${name}" is not a valid cookie name (RFC 6265 token)`);
    else check(name instanceof RegExp, `${field}.name`, process.env.NODE_ENV !== 'production' && 'must be a string or a RegExp');
    check(duration === 'session' || durationToSeconds(duration as Duration), `${field}.duration`, process.env.NODE_ENV !== 'production' && "must be 'session' or a positive length like { days: 7 }");
  });
  declarations(services, 'service', (service, field) => {
    text(service.name, `${field}.name`);
    text(service.data, `${field}.data`);
    // Only http(s): a javascript: URL in a policy link would run script on click.
    check(typeof service.privacyPolicyUrl === 'string' && /^https?:\/\/\S+$/i.test(service.privacyPolicyUrl), `${field}.privacyPolicyUrl`, process.env.NODE_ENV !== 'production' && 'must be an http(s) URL');
  });
  const consentExpirySeconds = durationToSeconds(consentExpiry);
  check(consentExpirySeconds, 'consentExpiry', process.env.NODE_ENV !== 'production' && 'must be a positive length like { months: 6 }');
  check(consentExpirySeconds <= MAX_LIFETIME_SECONDS, 'consentExpiry', process.env.NODE_ENV !== 'production' && 'must not exceed 13 months');
}
