import { useMemo, useSyncExternalStore } from 'react';
import type { ConsentConfig } from '../core/config';
import { isRtl, matchLocale } from '../core/localized-text';
import type { PartialConsentMessages } from '../components/messages';

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

export function useLocale(wanted: string | undefined, messages: ProvidedMessages | undefined, config: ConsentConfig): PartialConsentMessages {
  const list = ([] as PartialConsentMessages[]).concat(messages ?? []);
  const supported = [...list.map((item) => item.locale!), ...(config.locales ?? [])].filter(Boolean);
  const fallback = wanted ?? config.locales?.[0] ?? supported[0] ?? 'en';
  const locale = useSyncExternalStore(
    watch,
    () => (wanted ?? [globalThis.document?.documentElement.lang, ...(globalThis.navigator?.languages ?? [])].reduce<string | undefined>((found, tag) => found ?? (tag ? matchLocale(tag, supported) : found), undefined)) || fallback,
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
