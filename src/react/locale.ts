import { useMemo, useSyncExternalStore } from 'react';
import type { ConsentConfig } from '../core/config';
import { isRtl, matchLocale } from '../core/localized-text';
import type { PartialConsentMessages } from '../components/messages';
import { warn } from '../core/warn';

/** `ConsentProvider`'s `messages`: one messages object, or one per locale (`[en, de, fr]`). */
export type ProvidedMessages = PartialConsentMessages | readonly PartialConsentMessages[];

// The browser's language list can change while the page is open. Through `window`, not the bare
// global, and only where it can listen: a DOM shim (jsdom in a test or a bench) may install
// `window` and `document` alone, and missing it must not break the page.
const watch = (onChange: () => void) => {
  const target = globalThis.window;
  target?.addEventListener?.('languagechange', onChange);
  return () => target?.removeEventListener?.('languagechange', onChange);
};

// A hostile value may be an object without `toString`: named by its type alone.
const shown = (value: unknown) => (typeof value == 'string' ? `"${value}"` : `(a ${typeof value})`);

// Every component hands the locale to `Intl`, which throws a RangeError on a tag it refuses
// ('english', '', 'en-US!'): refused here, once, from whichever source, rather than in each
// formatter. 'en_US' (POSIX, Java and many routers spell tags so) is read as 'en-US': an
// underscore is never valid in a tag, so the reading changes no valid tag, but a config map keyed
// 'en_US' would not match it, hence the warning. A valid tag keeps its own spelling: Intl's
// canonical form renames some ('iw' to 'he'), which config maps keyed by the old name would miss.
const checked = (value: unknown, from: string): string | undefined => {
  if (value == null) return;
  const tag = typeof value == 'string' ? value.replace(/_/g, '-') : '';
  try {
    if (Intl.getCanonicalLocales(tag)[0]) {
      if (process.env.NODE_ENV !== 'production' && tag != value) warn(`${from} "${value}" is read as "${tag}": language tags join their parts with '-'`);
      return tag;
    }
  } catch {
    // Refused: warned below, and the next candidate is used.
  }
  if (process.env.NODE_ENV !== 'production') warn(`${from} ${shown(value)} is not a language tag such as 'en' or 'pt-BR': ignored`);
};

/**
 * The messages of the locale to show, with `locale` and `dir` set: the `wanted` tag (the
 * provider's `locale` prop), else the first of `<html lang>` and `navigator.languages` that a
 * messages object or `config.locales` serves, else `config.locales[0]`, the first messages
 * object's, or `'en'`. A tag `Intl` refuses is skipped with a development warning, so that the
 * chosen `locale` is always one `Intl` accepts; a `dir` other than `'ltr'` or `'rtl'` is derived
 * from the locale instead.
 */
export function useLocale(wanted: string | undefined, messages: ProvidedMessages | undefined, config: ConsentConfig): PartialConsentMessages {
  const list = ([] as PartialConsentMessages[]).concat(messages ?? []);
  const tags = list.map((item) => checked(item?.locale, 'messages.locale'));
  const locales = (config.locales ?? []).map((tag) => checked(tag, 'config.locales'));
  const supported = [...tags, ...locales].filter(Boolean) as string[];
  const want = checked(wanted, 'locale');
  const fallback = want ?? locales.find(Boolean) ?? supported[0] ?? 'en';
  const locale = useSyncExternalStore(
    watch,
    () => (want ?? [globalThis.document?.documentElement.lang, ...(globalThis.navigator?.languages ?? [])].reduce<string | undefined>((found, tag) => found ?? (tag ? matchLocale(tag.replace(/_/g, '-'), supported) : found), undefined)) || fallback,
    () => fallback,
  );
  return useMemo(() => {
    // One object is shown in every locale (as before locales could be switched); from a list, the
    // one that serves the locale, else English.
    const chosen = Array.isArray(messages) ? list[tags.indexOf(matchLocale(locale, tags.map((tag) => tag ?? '')))] : (messages as PartialConsentMessages | undefined);
    const dir = chosen?.dir;
    const known = dir == 'ltr' || dir == 'rtl';
    if (process.env.NODE_ENV !== 'production' && dir != null && !known) warn(`messages.dir ${shown(dir)} is neither 'ltr' nor 'rtl': taken from the locale`);
    return { ...chosen, locale, dir: known ? dir : isRtl(locale) ? 'rtl' : 'ltr' };
    // `list` and `tags` are derived from `messages`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [messages, locale]);
}
