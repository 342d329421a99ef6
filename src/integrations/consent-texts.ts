import type { ConsentConfig } from '../core/config';
import type { Duration } from '../core/duration';
import { localizedText } from '../core/localized-text';
import { englishPreferences, englishToggle } from '../components/english';
import { englishBanner, type ConsentMessages, type PartialConsentMessages } from '../components/messages';

/**
 * What a person was shown before deciding, as logged with each decision: the banner's and the
 * preferences dialog's words, the "Always active" label, and from the config each category's
 * title and description and each cookie listed under it, in the messages' locale (per-locale
 * config text read as `configText` reads it). The log keeps one copy of each distinct set, under
 * its SHA-256 hash.
 */
export interface ConsentTexts {
  banner: ConsentMessages['banner'];
  preferences: ConsentMessages['preferences'];
  toggle: ConsentMessages['toggle'];
  categories: Record<string, { title: string; description: string; required: boolean; saleOrSharing: boolean }>;
  cookies: { name: string; category: string; purpose: string; duration: Duration; provider: string | null }[];
}

/**
 * The texts a person sees with `messages` (the provider's, merged over English, then any
 * per-component overrides) and `config`: what `<ConsentLog />` sends with each decision.
 */
export function consentTexts<C extends string>(config: ConsentConfig<C, string>, ...messages: (PartialConsentMessages | undefined)[]): ConsentTexts {
  const section = <S extends 'banner' | 'preferences' | 'toggle'>(name: S, english: ConsentMessages[S]) =>
    Object.assign({}, english, ...messages.map((partial) => partial?.[name])) as ConsentMessages[S];
  const locale = consentLocale(...messages);
  const text = (value: unknown) => localizedText(value, locale, config.locales?.[0]) as string;
  return {
    banner: section('banner', englishBanner),
    preferences: section('preferences', englishPreferences),
    toggle: section('toggle', englishToggle),
    categories: Object.fromEntries(
      config.categoryIds.map((id) => {
        const { title, description, required, saleOrSharing } = config.categories[id];
        return [id, { title: text(title), description: text(description), required: !!required, saleOrSharing: !!saleOrSharing }];
      }),
    ),
    cookies: config.cookies.map(({ name, category, purpose, duration, provider }) => ({ name: String(name), category, purpose: text(purpose), duration, provider: provider === undefined ? null : text(provider) })),
  };
}

/** The locale of merged `messages`: the last one that names it, else English. */
export const consentLocale = (...messages: (PartialConsentMessages | undefined)[]): string =>
  messages.reduce<string>((locale, partial) => partial?.locale ?? locale, 'en');
