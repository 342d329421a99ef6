/**
 * A display string of the config: one text for every language, or one per locale, keyed by
 * BCP 47 tag (`{ en: 'Analytics', de: 'Statistik' }`). When the config declares `locales`, a map
 * must name each of them.
 */
export type LocalizedText<L extends string = string> = string | { readonly [K in L]: string };

/** The language of a tag, lower case: `'pt'` for `'pt-BR'`. */
const base = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The text of `value` in `locale`: a string as it is; from a map, the entry of the exact tag, else
 * of its base language (`pt-BR` → `pt`), else of `fallback` (the config's default locale), else
 * the first entry.
 */
export function localizedText(value: unknown, locale = '', fallback = ''): unknown {
  // An array is not a map (its first entry would pass for text): left for the caller to refuse.
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const map = value as Record<string, unknown>;
  return map[locale] ?? map[base(locale)] ?? map[fallback] ?? Object.values(map)[0];
}

/**
 * The entry of `supported` that serves `wanted`: the same tag (in any case), else the bare base
 * language (`pt` for `pt-PT`), else another tag of the same language (`pt-BR` for `pt-PT`).
 */
export function matchLocale(wanted: string, supported: readonly string[]): string | undefined {
  const lower = wanted.toLowerCase();
  return supported.find((tag) => tag.toLowerCase() === lower) ?? supported.find((tag) => tag.toLowerCase() === base(lower)) ?? supported.find((tag) => base(tag) === base(lower));
}

/** Written right to left: Arabic, Hebrew, Persian, Urdu and the other languages of those scripts. */
export const isRtl = (locale: string) => /^(ar|he|iw|fa|ur|ps|yi|ji|dv|ckb|sd|ug)\b/i.test(locale);
