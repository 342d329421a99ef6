import { formatDuration } from '../../src/components/format-duration';
import type { DurationLength } from '../../src/core/duration';
import { LOCALES, type LocaleTag } from './all-locales';

const COUNTS = [1, 2, 5, 21] as const;
const UNITS = ['years', 'months', 'days', 'hours', 'minutes'] as const satisfies (keyof DurationLength)[];
type Four = readonly [string, string, string, string];

/**
 * 1, 2, 5 and 21 days and years as each language writes them in a cookie table: the plural rules
 * that differ most (Slavic few/many, Baltic 21 as singular, Irish, Maltese and Arabic duals,
 * Romanian "de" from 20 on, no plural at all in Hungarian, Turkish, Persian and East Asian
 * languages). Arabic and Maltese name one and two by the word alone.
 */
const DAYS: Record<LocaleTag, Four> = {
  ar: ['يوم', 'يومان', '5 أيام', '21 يومًا'],
  bg: ['1 ден', '2 дни', '5 дни', '21 дни'],
  ca: ['1 dia', '2 dies', '5 dies', '21 dies'],
  cs: ['1 den', '2 dny', '5 dnů', '21 dnů'],
  da: ['1 dag', '2 dage', '5 dage', '21 dage'],
  de: ['1 Tag', '2 Tage', '5 Tage', '21 Tage'],
  el: ['1 ημέρα', '2 ημέρες', '5 ημέρες', '21 ημέρες'],
  en: ['1 day', '2 days', '5 days', '21 days'],
  es: ['1 día', '2 días', '5 días', '21 días'],
  et: ['1 ööpäev', '2 ööpäeva', '5 ööpäeva', '21 ööpäeva'],
  fa: ['۱ روز', '۲ روز', '۵ روز', '۲۱ روز'],
  fi: ['1 päivä', '2 päivää', '5 päivää', '21 päivää'],
  fr: ['1 jour', '2 jours', '5 jours', '21 jours'],
  ga: ['1 lá', '2 lá', '5 lá', '21 lá'],
  he: ['1 יום', 'יומיים', '5 ימים', '21 ימים'],
  hr: ['1 dan', '2 dana', '5 dana', '21 dan'],
  hu: ['1 nap', '2 nap', '5 nap', '21 nap'],
  is: ['1 dagur', '2 dagar', '5 dagar', '21 dagur'],
  it: ['1 giorno', '2 giorni', '5 giorni', '21 giorni'],
  ja: ['1 日', '2 日', '5 日', '21 日'],
  ko: ['1일', '2일', '5일', '21일'],
  lt: ['1 diena', '2 dienos', '5 dienos', '21 diena'],
  lv: ['1 diena', '2 dienas', '5 dienas', '21 diena'],
  mt: ['1 ġurnata', 'jumejn', '5 ġranet', '21 ġurnata'],
  nb: ['1 døgn', '2 døgn', '5 døgn', '21 døgn'],
  nl: ['1 dag', '2 dagen', '5 dagen', '21 dagen'],
  pl: ['1 dzień', '2 dni', '5 dni', '21 dni'],
  pt: ['1 dia', '2 dias', '5 dias', '21 dias'],
  'pt-BR': ['1 dia', '2 dias', '5 dias', '21 dias'],
  ro: ['1 zi', '2 zile', '5 zile', '21 de zile'],
  sk: ['1 deň', '2 dni', '5 dní', '21 dní'],
  sl: ['1 dan', '2 dneva', '5 dni', '21 dni'],
  sv: ['1 dygn', '2 dygn', '5 dygn', '21 dygn'],
  tr: ['1 gün', '2 gün', '5 gün', '21 gün'],
  uk: ['1 день', '2 дні', '5 днів', '21 день'],
  zh: ['1天', '2天', '5天', '21天'],
};

const YEARS: Record<LocaleTag, Four> = {
  ar: ['سنة', 'سنتان', '5 سنوات', '21 سنة'],
  bg: ['1 година', '2 години', '5 години', '21 години'],
  ca: ['1 any', '2 anys', '5 anys', '21 anys'],
  cs: ['1 rok', '2 roky', '5 let', '21 let'],
  da: ['1 år', '2 år', '5 år', '21 år'],
  de: ['1 Jahr', '2 Jahre', '5 Jahre', '21 Jahre'],
  el: ['1 έτος', '2 έτη', '5 έτη', '21 έτη'],
  en: ['1 year', '2 years', '5 years', '21 years'],
  es: ['1 año', '2 años', '5 años', '21 años'],
  et: ['1 aasta', '2 aastat', '5 aastat', '21 aastat'],
  fa: ['۱ سال', '۲ سال', '۵ سال', '۲۱ سال'],
  fi: ['1 vuosi', '2 vuotta', '5 vuotta', '21 vuotta'],
  fr: ['1 an', '2 ans', '5 ans', '21 ans'],
  ga: ['1 bhliain', '2 bhliain', '5 bliana', '21 bliain'],
  he: ['1 שנה', '2 שנים', '5 שנים', '21 שנים'],
  hr: ['1 godina', '2 godine', '5 godina', '21 godina'],
  hu: ['1 év', '2 év', '5 év', '21 év'],
  is: ['1 ár', '2 ár', '5 ár', '21 ár'],
  it: ['1 anno', '2 anni', '5 anni', '21 anni'],
  ja: ['1 年', '2 年', '5 年', '21 年'],
  ko: ['1년', '2년', '5년', '21년'],
  lt: ['1 metai', '2 metai', '5 metai', '21 metai'],
  lv: ['1 gads', '2 gadi', '5 gadi', '21 gads'],
  mt: ['1 sena', 'sentejn', '5 snin', '21 sena'],
  nb: ['1 år', '2 år', '5 år', '21 år'],
  nl: ['1 jaar', '2 jaar', '5 jaar', '21 jaar'],
  pl: ['1 rok', '2 lata', '5 lat', '21 lat'],
  pt: ['1 ano', '2 anos', '5 anos', '21 anos'],
  'pt-BR': ['1 ano', '2 anos', '5 anos', '21 anos'],
  ro: ['1 an', '2 ani', '5 ani', '21 de ani'],
  sk: ['1 rok', '2 roky', '5 rokov', '21 rokov'],
  sl: ['1 leto', '2 leti', '5 let', '21 let'],
  sv: ['1 år', '2 år', '5 år', '21 år'],
  tr: ['1 yıl', '2 yıl', '5 yıl', '21 yıl'],
  uk: ['1 рік', '2 роки', '5 років', '21 рік'],
  zh: ['1年', '2年', '5年', '21年'],
};

/** Units a language writes as English does: "1 minute", "21 minutes" in French. */
const SAME_AS_ENGLISH: Partial<Record<LocaleTag, string[]>> = { fr: ['minutes'] };

/** Locales whose unit names the runtime's `Intl` lacks: in English, or cut short ("2 bhl", "1 d"). */
export interface DurationGaps {
  /** Wrong words: the table of days and years fails. */
  words: readonly LocaleTag[];
  /** English words: the check for English fails too. */
  english: readonly LocaleTag[];
}

/**
 * Registers the duration tests for the runtime at hand. A gap's test is expected to fail until the
 * messages carry unit names of their own; it then passes, and `test.fails` reports that, so the
 * gap list shrinks with the fix.
 */
export function describeDurations(runtime: string, gaps: DurationGaps): void {
  const tags = Object.keys(LOCALES) as LocaleTag[];
  const expectation = (tag: LocaleTag, list: readonly LocaleTag[]) => (list.includes(tag) ? test.fails : test);
  // French puts a no-break space between number and unit: right there, and not what is tested here.
  const format = (tag: LocaleTag, unit: (typeof UNITS)[number], count: number) =>
    formatDuration({ [unit]: count }, tag, LOCALES[tag].table.session, LOCALES[tag].table.units).replace(/\s/g, ' ');

  describe(`durations in words, ${runtime}`, () => {
    for (const tag of tags) {
      expectation(tag, gaps.words)(`given 1, 2, 5 and 21 days and years, ${tag} writes each with its plural form`, () => {
        expect(COUNTS.map((count) => format(tag, 'days', count))).toEqual(DAYS[tag]);
        expect(COUNTS.map((count) => format(tag, 'years', count))).toEqual(YEARS[tag]);
      });

      expectation(tag, gaps.english)(`given 1, 2, 5 and 21 of every unit, ${tag} shows the number in its own digits and no English`, () => {
        const plural = new Intl.PluralRules(tag);
        const digits = new Intl.NumberFormat(tag);
        for (const unit of UNITS) {
          for (const count of COUNTS) {
            const text = format(tag, unit, count);
            // Arabic, Hebrew and Maltese may say "one" and "two" by the word alone (يومان, יומיים).
            if (!['one', 'two'].includes(plural.select(count))) expect(text, `${tag} ${count} ${unit}`).toContain(digits.format(count));
            if (tag !== 'en' && !SAME_AS_ENGLISH[tag]?.includes(unit)) expect(text, `${tag} ${count} ${unit}`).not.toBe(format('en', unit, count));
          }
        }
      });
    }
  });
}
