import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { englishEmbed, englishPrompt } from '../../src/components/english';
import { englishPrivacyChoices } from '../../src/components/english-privacy-choices';
import { englishNotice } from '../../src/components/english-notice';
import { englishMessages, type ConsentMessages } from '../../src/components/messages';
import { LOCALES, REQUIRED_TAGS, RTL_TAGS, leaves, type LocaleTag } from './all-locales';

const folder = resolve(__dirname, '../../src/locales');
const files = readdirSync(folder).filter((file) => file.endsWith('.ts'));
const tags = Object.keys(LOCALES) as LocaleTag[];
const translated = tags.filter((tag) => tag !== 'en');

/**
 * English in full: the defaults, and the sections the components fill in from English when a locale
 * leaves them out (the policy notice, embeds, the prompt, the US opt-out link and dialog). Optional
 * in the type, required of every shipped locale: a locale without them would show English on a
 * translated page.
 */
const reference: Required<ConsentMessages> = {
  ...englishMessages,
  notice: englishNotice,
  embed: englishEmbed,
  prompt: englishPrompt,
  privacyChoices: englishPrivacyChoices,
};
const LATER_SECTIONS = ['notice', 'embed', 'prompt', 'privacyChoices'] as const;

/**
 * Names that stay as they are in every language: the California law the opt-out icon is named
 * after, and the Global Privacy Control signal (a specification's name). Taken out of a string
 * before its words are checked for English.
 */
const PROPER_NAMES = [/California Consumer Privacy Act/g, /Global Privacy Control/g, /\bCalifornia\b/g, /\bCCPA\b/g];

/** Every English string: what a locale must not show unless the language really says the same. */
const english = [...leaves(reference)].filter(([key]) => key !== 'locale' && key !== 'dir').map(([, value]) => String(value));
const englishStrings = new Set(english.map((text) => text.toLowerCase()));
const englishWords = new Set(english.flatMap(words).filter((word) => word.length >= 4));

// Whole strings that are the same in English and the language.
const SAME_STRING: Record<string, string[]> = {
  No: ['ca', 'es', 'it'],
  Session: ['da', 'sv'],
};
// Words of four letters or more that the language shares with English (besides "cookie",
// which most of Europe writes as in English).
const SHARED_WORDS: Record<string, string[]> = {
  active: ['ro'],
  browser: ['da', 'de', 'it', 'mt', 'nl'],
  change: ['fr'],
  data: ['da', 'mt', 'nb'],
  last: ['nb'], // "Last inn": Norwegian for "load"
  name: ['de'],
  personal: ['ca', 'es'],
  privacy: ['it'],
  service: ['fr'],
  services: ['fr'],
  session: ['da', 'fr', 'sv'],
  signal: ['da', 'de', 'fr', 'hr', 'nb', 'sl', 'sv'],
  site: ['fr', 'pt', 'pt-BR', 'ro'],
  website: ['da', 'de', 'nl'],
};
const LOANWORDS = new Set(['cookie', 'cookies']);

/** Lower-case words of a string, placeholders and proper names left out. */
function words(text: string): string[] {
  const plain = PROPER_NAMES.reduce((rest, name) => rest.replace(name, ' '), text.replace(/\{\w+\}/g, ' '));
  return plain.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** The export name of a tag: `pt-BR` → `ptBR`. */
const exportName = (tag: string) => tag.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

// Duration unit names (`table.units`) are not keys of English: a locale carries them only where a
// runtime's Intl lacks them, and the duration tests check them.
const isUnitName = (key: string) => key.startsWith('table.units.');
const keysOf = (messages: object) => [...leaves(messages).keys()].filter((key) => !isUnitName(key)).sort();
const stringsOf = (messages: ConsentMessages) =>
  [...leaves(messages)].filter(([key]) => key !== 'locale' && key !== 'dir' && !isUnitName(key)) as [string, string][];

describe('locales: every one complete', () => {
  test('every locale the issue asks for exists, 36 in all, and the typed list names every file in src/locales', () => {
    expect(files.map((file) => file.slice(0, -3)).sort()).toEqual([...tags].sort());
    expect(tags).toEqual(expect.arrayContaining([...REQUIRED_TAGS]));
    expect(tags.length).toBeGreaterThanOrEqual(36);
  });

  test.each(files)('%s exports its messages, named after its tag and typed ConsentMessages, and its in-context texts apart', async (file) => {
    const tag = file.slice(0, -3) as LocaleTag;
    const name = exportName(tag);
    const module = (await import(`../../src/locales/${tag}.ts`)) as Record<string, ConsentMessages>;
    expect(Object.keys(module).sort()).toEqual([name, `${name}Extra`].sort());
    // The optional parts' texts stay out of the messages, so that a locale adds at most 1 KB to an
    // app without them; an app with them spreads both.
    for (const section of LATER_SECTIONS) expect(module[name]).not.toHaveProperty(section);
    expect(Object.keys(module[`${name}Extra`]!).sort()).toEqual([...LATER_SECTIONS].sort());
    expect({ ...module[name], ...module[`${name}Extra`] }).toEqual(LOCALES[tag]);
    // Each file declares `ConsentMessages` (not `as const`, not inferred), so a missing or misspelt
    // key is a compile error there.
    expect(readFileSync(resolve(folder, file), 'utf8')).toMatch(new RegExp(`export const ${name}: ConsentMessages = `));
  });

  test.each(tags)('%s has every key of English and nothing else, its own tag and direction', (tag) => {
    const messages = LOCALES[tag];
    expect(keysOf(messages)).toEqual(keysOf(reference));
    expect(messages.locale).toBe(tag);
    expect(Intl.getCanonicalLocales(messages.locale)).toEqual([tag]);
    expect(messages.dir).toBe(RTL_TAGS.includes(tag) ? 'rtl' : 'ltr');
  });

  test.each(tags)('%s has no empty string, and keeps every placeholder of the English text', (tag) => {
    const englishLeaves = leaves(reference);
    for (const [key, value] of stringsOf(LOCALES[tag])) {
      expect(typeof value, key).toBe('string');
      expect(value.trim(), `${tag} ${key} is empty`).not.toBe('');
      expect(value, `${tag} ${key} has stray spaces`).toBe(value.trim());
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(value), `${tag} ${key} placeholders`).toEqual(placeholders(String(englishLeaves.get(key))));
    }
  });

  test.each(translated)('%s shows no English, except where the language says the same', (tag) => {
    for (const [key, value] of stringsOf(LOCALES[tag])) {
      if (englishStrings.has(value.toLowerCase())) {
        expect(SAME_STRING[value]?.includes(tag), `${tag} ${key} is the English "${value}"`).toBe(true);
      }
      for (const word of words(value)) {
        if (!englishWords.has(word) || LOANWORDS.has(word)) continue;
        expect(SHARED_WORDS[word]?.includes(tag), `${tag} ${key} has the English word "${word}": "${value}"`).toBe(true);
      }
    }
  });

  test('the allow-lists name only what a locale really uses', () => {
    // An entry that no locale needs any more is removed, so the lists stay small and explicit.
    for (const [text, allowed] of Object.entries(SAME_STRING)) {
      for (const tag of allowed) expect(stringsOf(LOCALES[tag as LocaleTag]).map(([, value]) => value), `${tag} "${text}"`).toContain(text);
    }
    for (const [word, allowed] of Object.entries(SHARED_WORDS)) {
      for (const tag of allowed) expect(stringsOf(LOCALES[tag as LocaleTag]).flatMap(([, value]) => words(value)), `${tag} "${word}"`).toContain(word);
    }
  });

  test.each(tags)('%s keeps button labels short enough for a phone banner', (tag) => {
    const { banner, preferences } = LOCALES[tag];
    // About 20 characters; Irish "Diúltaigh dóibh go léir" needs a few more.
    for (const label of [banner.acceptAll, banner.rejectAll, banner.customize, preferences.acceptAll, preferences.rejectAll, preferences.save]) {
      expect(label.length, `${tag} "${label}"`).toBeLessThanOrEqual(24);
    }
  });

  test.each(translated)('%s has the policy notice, the embed placeholder, the prompt and the opt-out dialog in full, in its own words', (tag) => {
    // Each section is optional in the type, so a locale could leave one out and compile: then the
    // banner's updated-policy notice, an embed, a prompt or the opt-out dialog would show English
    // on a translated page.
    for (const section of LATER_SECTIONS) {
      const own = LOCALES[tag][section];
      expect(own, `${tag} has no ${section} section`).toBeDefined();
      for (const [key, value] of Object.entries(reference[section])) {
        expect(own?.[key as keyof typeof own], `${tag} ${section}.${key}`).toEqual(expect.any(String));
        expect(own?.[key as keyof typeof own], `${tag} ${section}.${key} is still English`).not.toBe(value);
      }
    }
  });

  test('en carries the English of the policy notice, embeds, the prompt and the opt-out dialog, identical to the defaults', () => {
    for (const section of LATER_SECTIONS) expect(LOCALES.en[section], section).toEqual(reference[section]);
    expect(LOCALES.en).toEqual(reference);
  });

  test.each(tags)('%s keeps the embed and prompt buttons about as short as English', (tag) => {
    const { embed, prompt } = LOCALES[tag];
    // English "Always allow YouTube" has 20 characters; a few more fit a phone's full-width button.
    for (const label of [embed?.loadOnce, embed?.alwaysAllow, prompt?.allow, prompt?.notNow, prompt?.ask]) {
      const text = String(label).replace(/\{\w+\}/, 'YouTube');
      expect([...text].length, `${tag} "${text}"`).toBeLessThanOrEqual(26);
    }
  });

  test.each(translated)('%s names Accept all and Reject all the same in the banner and the dialog, and tells them apart', (tag) => {
    const { banner, preferences } = LOCALES[tag];
    expect(preferences.acceptAll).toBe(banner.acceptAll);
    expect(preferences.rejectAll).toBe(banner.rejectAll);
    expect(banner.rejectAll).not.toBe(banner.acceptAll);
  });
});
