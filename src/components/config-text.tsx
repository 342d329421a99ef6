// `localizedText()`'s order (src/core/localized-text.ts), written again here: the first load imports
// that module through the provider, and the lazy dialog reads config text through this one, so a
// shared import would give bundlers a shared chunk to load before first paint.
const localizedText = (value: unknown, locale = '', fallback = ''): unknown => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const map = value as Record<string, unknown>;
  return map[locale] ?? map[locale.split('-')[0]!.toLowerCase()] ?? map[fallback] ?? Object.values(map)[0];
};

/** What `configText` needs of the config: its declared locales, the first being the default. */
type TextSource = { readonly locales?: readonly string[] } | undefined;

/**
 * A piece of text from the config, as the components render it, in `locale`. A per-locale map
 * (`{ en: '…', de: '…' }`) is read in this order: the exact tag, its base language (`pt-BR` →
 * `pt`), the config's default locale (the first of `config.locales`), the map's first entry.
 *
 * `<bdi>` isolates it from the library's own words around it, so an unterminated right-to-left
 * override in a title cannot reverse "Always active" or "privacy policy". Only strings and numbers
 * are rendered: another value that got past the config checks renders nothing rather than
 * crashing the tree.
 */
export function configText(value: unknown, locale?: string, config?: TextSource) {
  const text = localizedText(value, locale, config?.locales?.[0]);
  return typeof text === 'string' || typeof text === 'number' ? <bdi>{text}</bdi> : null;
}

/** A link from the config (a policy URL) in `locale`, read in `configText`'s order; a string or undefined. */
export const configLink = (value: unknown, locale?: string, config?: TextSource) => {
  const text = localizedText(value, locale, config?.locales?.[0]);
  return typeof text === 'string' ? text : undefined;
};
