import { englishMessages, type ConsentMessages } from '../../src/index';
import type { ExtraMessages } from '../../src/components/messages';
import { enExtra } from '../../src/locales/en';

/** The Storybook toolbar's globals. */
export interface ToolbarGlobals {
  /** `light` or `dark`: `data-ck-theme` on `<html>`. */
  theme?: string;
  /** A locale tag of {@link STORY_LOCALES}. */
  locale?: string;
  /** `rtl` lays any locale out right to left; `ltr` keeps the locale's own direction. */
  direction?: string;
}

// Every shipped locale, found on disk: a locale added to src/locales/ joins the toolbar (and the
// story tests that run every locale) with no change here. Each module exports its messages and,
// apart, the texts of the optional parts (`deExtra` beside `de`: the notice, embeds, the prompt,
// the opt-out link and dialog):
// the toolbar gives the provider both, as an app that renders those parts would.
const shipped = Object.values(import.meta.glob<Record<string, ConsentMessages | ExtraMessages>>('../../src/locales/*.ts', { eager: true })).flatMap((module) => {
  const parts = Object.values(module);
  const messages = parts.find((part): part is ConsentMessages => 'locale' in part);
  return messages ? [{ ...enExtra, ...parts.find((part) => !('locale' in part)), ...messages }] : [];
});

/** The toolbar's locales by tag, English first. */
export const STORY_LOCALES: Readonly<Record<string, ConsentMessages>> = Object.fromEntries(
  [
    { ...enExtra, ...englishMessages },
    ...shipped.filter((messages) => messages.locale !== 'en'),
  ].map((messages) => [messages.locale, messages]),
);

/** A language's own name for itself ("Deutsch", "עברית"). */
export const nativeName = (tag: string) => new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;

/**
 * The complete messages a story renders with under the toolbar's locale and direction: what the
 * preview hands to the provider, and what play functions look their elements up by, so that every
 * toolbar combination finds them.
 */
export function storyMessages(globals: ToolbarGlobals = {}): ConsentMessages {
  const messages = STORY_LOCALES[globals.locale ?? 'en'] ?? englishMessages;
  return globals.direction === 'rtl' && messages.dir !== 'rtl' ? { ...messages, dir: 'rtl' } : messages;
}
