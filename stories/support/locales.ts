import { englishMessages, type ConsentMessages } from '../../src/index';
import { he } from './hebrew';

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
// story tests that run every locale) with no change here. Then the story-only Hebrew. Each module
// exports its messages (`de`) and the texts of the optional parts (`deExtra`): stories show both,
// as an app that renders those parts passes `{ ...de, ...deExtra }`.
const shipped = Object.values(import.meta.glob<Record<string, Partial<ConsentMessages>>>('../../src/locales/*.ts', { eager: true })).flatMap((module) => {
  const exported = Object.entries(module);
  const [, messages] = exported.find(([name]) => !name.endsWith('Extra')) ?? [];
  const [, extra] = exported.find(([name]) => name.endsWith('Extra')) ?? [];
  return messages ? [{ ...messages, ...extra } as ConsentMessages] : [];
});

/** The toolbar's locales by tag, English first. */
export const STORY_LOCALES: Readonly<Record<string, ConsentMessages>> = Object.fromEntries(
  [englishMessages, ...shipped.filter((messages) => messages.locale !== 'en'), ...(shipped.some((m) => m.locale === 'he') ? [] : [he])].map(
    (messages) => [messages.locale, messages],
  ),
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
