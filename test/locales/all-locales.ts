import type { ConsentMessages } from '../../src/components/messages';
import { ar } from '../../src/locales/ar';
import { bg } from '../../src/locales/bg';
import { ca } from '../../src/locales/ca';
import { cs } from '../../src/locales/cs';
import { da } from '../../src/locales/da';
import { de } from '../../src/locales/de';
import { el } from '../../src/locales/el';
import { en } from '../../src/locales/en';
import { es } from '../../src/locales/es';
import { et } from '../../src/locales/et';
import { fa } from '../../src/locales/fa';
import { fi } from '../../src/locales/fi';
import { fr } from '../../src/locales/fr';
import { ga } from '../../src/locales/ga';
import { he } from '../../src/locales/he';
import { hr } from '../../src/locales/hr';
import { hu } from '../../src/locales/hu';
import { is } from '../../src/locales/is';
import { it } from '../../src/locales/it';
import { ja } from '../../src/locales/ja';
import { ko } from '../../src/locales/ko';
import { lt } from '../../src/locales/lt';
import { lv } from '../../src/locales/lv';
import { mt } from '../../src/locales/mt';
import { nb } from '../../src/locales/nb';
import { nl } from '../../src/locales/nl';
import { pl } from '../../src/locales/pl';
import { pt } from '../../src/locales/pt';
import { ptBR } from '../../src/locales/pt-BR';
import { ro } from '../../src/locales/ro';
import { sk } from '../../src/locales/sk';
import { sl } from '../../src/locales/sl';
import { sv } from '../../src/locales/sv';
import { tr } from '../../src/locales/tr';
import { uk } from '../../src/locales/uk';
import { zh } from '../../src/locales/zh';

/**
 * Every locale module by its tag. A test checks that this lists every file in src/locales, so each
 * new locale is also checked here at the type level.
 */
export const LOCALES = {
  ar, bg, ca, cs, da, de, el, en, es, et, fa, fi, fr, ga, he, hr, hu, is, it, ja, ko, lt, lv, mt, nb, nl, pl, pt,
  'pt-BR': ptBR, ro, sk, sl, sv, tr, uk, zh,
} satisfies Record<string, ConsentMessages>;

export type LocaleTag = keyof typeof LOCALES;

/** The locales the issue asks for: the 24 official EU languages, then the rest. */
export const REQUIRED_TAGS = [
  ...['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'],
  ...['nb', 'is', 'tr', 'uk', 'ca', 'ja', 'zh', 'ko', 'ar', 'he', 'fa', 'pt-BR'],
] as const;

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
