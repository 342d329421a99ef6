import { useMemo, useSyncExternalStore } from 'react';
import type { ConsentConfig } from '../core/config';
import { isRtl, matchLocale } from '../core/localized-text';
import type { PartialConsentMessages } from '../components/messages';

/** `ConsentProvider`'s `messages`: one messages object, or one per locale (`[en, de, fr]`). */
export type ProvidedMessages = PartialConsentMessages | readonly PartialConsentMessages[];

// The browser's language list can change while the page is open.
const watch = (onChange: () => void) => {
  addEventListener('languagechange', onChange);
  return () => removeEventListener('languagechange', onChange);
};

/**
 * The provider's locale and the messages to show in it. `wanted` (the `locale` prop) wins;
 * without it, the first of `<html lang>` and `navigator.languages` that one of the supported
 * locales (of the messages given, then of `config.locales`) serves, else the config's default
 * locale, else the first messages' locale, else English. Server HTML and hydration use that
 * default; the browser's languages are read once hydration is over, so the two renders agree,
 * and on each render after it (a new `<html lang>` applies on the next one).
 * Returns one messages object carrying the resolved `locale` and its `dir`.
 */
export function useLocale(wanted: string | undefined, messages: ProvidedMessages | undefined, config: ConsentConfig): PartialConsentMessages {
  const list = ([] as PartialConsentMessages[]).concat(messages ?? []);
  const supported = [...list.map((item) => item.locale!), ...(config.locales ?? [])].filter(Boolean);
  const fallback = wanted ?? config.locales?.[0] ?? supported[0] ?? 'en';
  const locale = useSyncExternalStore(
    watch,
    () => (wanted ?? [document.documentElement.lang, ...navigator.languages].reduce<string | undefined>((found, tag) => found ?? (tag ? matchLocale(tag, supported) : found), undefined)) || fallback,
    () => fallback,
  );
  return useMemo(() => {
    // One object is shown in every locale (as before locales could be switched); from a list, the
    // one that serves the locale, else English.
    const chosen = Array.isArray(messages) ? list.find((item) => item.locale === matchLocale(locale, list.map((other) => other.locale ?? ''))) : (messages as PartialConsentMessages | undefined);
    return { ...chosen, locale, dir: chosen?.dir ?? (isRtl(locale) ? 'rtl' : 'ltr') };
    // `list` is derived from `messages`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [messages, locale]);
}
