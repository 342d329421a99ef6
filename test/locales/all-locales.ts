import type { ConsentMessages } from '../../src/components/messages';
import { ar, arExtra } from '../../src/locales/ar';
import { bg, bgExtra } from '../../src/locales/bg';
import { ca, caExtra } from '../../src/locales/ca';
import { cs, csExtra } from '../../src/locales/cs';
import { da, daExtra } from '../../src/locales/da';
import { de, deExtra } from '../../src/locales/de';
import { el, elExtra } from '../../src/locales/el';
import { en, enExtra } from '../../src/locales/en';
import { es, esExtra } from '../../src/locales/es';
import { et, etExtra } from '../../src/locales/et';
import { fa, faExtra } from '../../src/locales/fa';
import { fi, fiExtra } from '../../src/locales/fi';
import { fr, frExtra } from '../../src/locales/fr';
import { ga, gaExtra } from '../../src/locales/ga';
import { he, heExtra } from '../../src/locales/he';
import { hr, hrExtra } from '../../src/locales/hr';
import { hu, huExtra } from '../../src/locales/hu';
import { is, isExtra } from '../../src/locales/is';
import { it, itExtra } from '../../src/locales/it';
import { ja, jaExtra } from '../../src/locales/ja';
import { ko, koExtra } from '../../src/locales/ko';
import { lt, ltExtra } from '../../src/locales/lt';
import { lv, lvExtra } from '../../src/locales/lv';
import { mt, mtExtra } from '../../src/locales/mt';
import { nb, nbExtra } from '../../src/locales/nb';
import { nl, nlExtra } from '../../src/locales/nl';
import { pl, plExtra } from '../../src/locales/pl';
import { pt, ptExtra } from '../../src/locales/pt';
import { ptBR, ptBRExtra } from '../../src/locales/pt-BR';
import { ro, roExtra } from '../../src/locales/ro';
import { sk, skExtra } from '../../src/locales/sk';
import { sl, slExtra } from '../../src/locales/sl';
import { sv, svExtra } from '../../src/locales/sv';
import { tr, trExtra } from '../../src/locales/tr';
import { uk, ukExtra } from '../../src/locales/uk';
import { zh, zhExtra } from '../../src/locales/zh';

/** The locales the issue asks for: the 24 official EU languages, then the rest. */
export const REQUIRED_TAGS = [
  ...['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'],
  ...['nb', 'is', 'tr', 'uk', 'ca', 'ja', 'zh', 'ko', 'ar', 'he', 'fa', 'pt-BR'],
] as const;

/** A shipped locale's tag. */
export type LocaleTag = (typeof REQUIRED_TAGS)[number];

/**
 * Every locale by its tag, in full: its messages and its extra texts (the policy notice, embeds,
 * the prompt, the US opt-out link and dialog). A test checks that this lists every file in src/locales, so each
 * new locale is also checked here at the type level.
 */
export const LOCALES: Record<LocaleTag, ConsentMessages> = {
  ar: { ...ar, ...arExtra },
  bg: { ...bg, ...bgExtra },
  ca: { ...ca, ...caExtra },
  cs: { ...cs, ...csExtra },
  da: { ...da, ...daExtra },
  de: { ...de, ...deExtra },
  el: { ...el, ...elExtra },
  en: { ...en, ...enExtra },
  es: { ...es, ...esExtra },
  et: { ...et, ...etExtra },
  fa: { ...fa, ...faExtra },
  fi: { ...fi, ...fiExtra },
  fr: { ...fr, ...frExtra },
  ga: { ...ga, ...gaExtra },
  he: { ...he, ...heExtra },
  hr: { ...hr, ...hrExtra },
  hu: { ...hu, ...huExtra },
  is: { ...is, ...isExtra },
  it: { ...it, ...itExtra },
  ja: { ...ja, ...jaExtra },
  ko: { ...ko, ...koExtra },
  lt: { ...lt, ...ltExtra },
  lv: { ...lv, ...lvExtra },
  mt: { ...mt, ...mtExtra },
  nb: { ...nb, ...nbExtra },
  nl: { ...nl, ...nlExtra },
  pl: { ...pl, ...plExtra },
  pt: { ...pt, ...ptExtra },
  'pt-BR': { ...ptBR, ...ptBRExtra },
  ro: { ...ro, ...roExtra },
  sk: { ...sk, ...skExtra },
  sl: { ...sl, ...slExtra },
  sv: { ...sv, ...svExtra },
  tr: { ...tr, ...trExtra },
  uk: { ...uk, ...ukExtra },
  zh: { ...zh, ...zhExtra },
};




/** Written right to left. */
export const RTL_TAGS: readonly string[] = ['ar', 'he', 'fa'];

/** Every string leaf as "section.key" → value. */
export function leaves(messages: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    if (value && typeof value === 'object') for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}
