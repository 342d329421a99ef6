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
 * Checks each per-locale map of display text in a config input: when the config declares
 * `locales`, an entry for each (in every build: the message names the field and the locale);
 * every entry a string, a link for the URL fields (in every build: a link becomes an `href`);
 * in development, non-empty entries and `locales` that are language tags. Returns the input with
 * each map read in the default locale, for the checks that follow.
 */
export function checkConfigText(input: ConsentConfigInput): ConsentConfigInput {
  const declared = (input.locales ?? []) as string[];
  if (process.env.NODE_ENV !== 'production' && input.locales) {
    check(
      Array.isArray(declared) && declared.length && declared.every((tag) => /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i.test(tag)),
      'config.locales',
      "must be a non-empty array of BCP 47 tags such as 'en' or 'pt-BR'",
    );
  }
  const read = (value: unknown, field: string): unknown => {
    if (!isMap(value)) return value;
    const entries = Object.entries(value);
    if (process.env.NODE_ENV !== 'production') check(entries.length, field, "must be a string or a map of locales such as { en: '…', de: '…' }");
    for (const tag of declared) check(typeof value[tag] === 'string', field, `missing "${tag}"${process.env.NODE_ENV !== 'production' ? `: every text map must cover config.locales (${declared.join(', ')})` : ''}`);
    const url = /Url$/.test(field);
    for (const [tag, text] of entries) {
      check(
        typeof text === 'string' && (process.env.NODE_ENV === 'production' || text.trim()) && (!url || isLink(text) || (field === 'config.policyUrl' && /^\/(?![/\\])\S*$/.test(text))),
        field,
        process.env.NODE_ENV !== 'production' && `${url ? 'must be an http(s) URL without a username or password' : 'must be a non-empty string'} (its "${tag}" entry)`,
      );
    }
    return localizedText(value, declared[0]);
  };
  const copy: Record<string, unknown> = { ...input, policyUrl: read(input.policyUrl, 'config.policyUrl') };
  for (const [list, names] of Object.entries(FIELDS)) {
    const items = copy[list] as Record<string, unknown> | undefined;
    // Anything else is left for the checks that follow to name.
    if (isMap(items) || Array.isArray(items)) {
      const flat = Object.entries(items).map(([key, item]) => {
        const plain = { ...(item as object) } as Record<string, unknown>;
        if (isMap(item)) for (const name of names.split(' ')) plain[name] = read(item[name], `config.${list}${Array.isArray(items) ? `[${key}]` : `.${key}`}.${name}`);
        return [key, isMap(item) ? plain : item];
      });
      copy[list] = Array.isArray(items) ? flat.map((entry) => entry[1]) : Object.fromEntries(flat);
    }
  }
  return copy as unknown as ConsentConfigInput;
}
