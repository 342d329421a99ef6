import type { ConsentConfigInput } from './config';
import { isLink } from './link';
import { localizedText } from './localized-text';
import { check } from './validate-config';

// The display strings of each list, by field (the service's `name` is a proper name, one string).
const FIELDS = {
  categories: 'title description',
  cookies: 'purpose provider',
  services: 'purpose data control duration privacyPolicyUrl',
  storage: 'purpose provider',
};

const isMap = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Checks each per-locale map of display text in a config input: at least one entry, every entry a
 * non-empty string (a link for the URL fields), and, when the config declares `locales`, an entry
 * for each. Returns the input with each map read in the default locale, for the checks that follow.
 */
export function checkConfigText(input: ConsentConfigInput): ConsentConfigInput {
  const { locales } = input as { locales?: unknown };
  if (locales !== undefined) {
    check(
      Array.isArray(locales) && locales.length && locales.every((tag) => /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i.test(tag)),
      'config.locales',
      process.env.NODE_ENV !== 'production' && "must be a non-empty array of BCP 47 tags such as 'en' or 'pt-BR'",
    );
  }
  const declared = (locales ?? []) as string[];
  const read = (value: unknown, field: string): unknown => {
    if (!isMap(value)) return value;
    const entries = Object.entries(value);
    check(entries.length, field, process.env.NODE_ENV !== 'production' && "must be a string or a map of locales such as { en: '…', de: '…' }");
    // The locale stays in production messages: it is what the fix needs.
    for (const tag of declared) check(typeof value[tag] === 'string', field, `missing "${tag}"${process.env.NODE_ENV !== 'production' ? `: every text map must cover config.locales (${declared.join(', ')})` : ''}`);
    for (const [tag, text] of entries) {
      check(
        typeof text === 'string' && text.trim() && (!/Url$/.test(field) || isLink(text) || (field === 'config.policyUrl' && /^\/(?![/\\])\S*$/.test(text))),
        field,
        process.env.NODE_ENV !== 'production' && `${/Url$/.test(field) ? 'must be an http(s) URL without a username or password' : 'must be a non-empty string'} (its "${tag}" entry)`,
      );
    }
    return localizedText(value, declared[0]);
  };
  const copy = { ...input, policyUrl: read(input.policyUrl, 'config.policyUrl') } as Record<string, unknown>;
  for (const [list, names] of Object.entries(FIELDS)) {
    const items = copy[list];
    if (!isMap(items) && !Array.isArray(items)) continue;
    const flat = Object.entries(items).map(([key, item]) => {
      if (!isMap(item)) return [key, item];
      const field = `config.${list}${Array.isArray(items) ? `[${key}]` : `.${key}`}`;
      const plain = { ...item };
      for (const name of names.split(' ')) if (name in item) plain[name] = read(item[name], `${field}.${name}`);
      return [key, plain];
    });
    copy[list] = Array.isArray(items) ? flat.map(([, item]) => item) : Object.fromEntries(flat);
  }
  return copy as unknown as ConsentConfigInput;
}
