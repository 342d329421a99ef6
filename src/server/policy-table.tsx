import { englishTable } from '../components/english';
import type { PartialConsentMessages } from '../components/messages';
import { PolicyTableView, type PolicyTableOptions } from '../components/policy-table-view';
import type { ConsentConfig } from '../core/config';
import { isRtl } from '../core/localized-text';

/** Props of the server {@link CookiePolicyTable}. */
export interface CookiePolicyTableProps<C extends string = string> extends PolicyTableOptions<C> {
  /** The consent config (from `defineConsentConfig`): the only source of the tables. */
  config: ConsentConfig<C, string>;
  /**
   * Text: a locale (`de` from `consentkit/locales/de`) or any partial messages object, as given to
   * `ConsentProvider`; the `table` section, `locale` and `dir` are used.
   * @default English
   */
  messages?: PartialConsentMessages;
  /**
   * The locale of the config's per-locale text (and of durations), e.g. from `localeFromHeaders`;
   * `dir` follows it unless `messages` gives one.
   * @default messages.locale, else the config's default locale, else 'en'
   */
  locale?: string;
}

/**
 * The cookie policy tables from `config` alone, for a page that is pure content: no provider, no
 * hooks, no "use client", so a React Server Component (or `renderToString`) renders them and the
 * page ships no JavaScript for them. The markup is the client `CookiePolicyTable`'s, row for row.
 *
 * ```tsx
 * // app/cookies/page.tsx
 * import { CookiePolicyTable } from 'consentkit/server';
 * export default function Page() {
 *   return <CookiePolicyTable config={consentConfig} />;
 * }
 * ```
 */
export function CookiePolicyTable<C extends string>({ config, messages, locale = messages?.locale ?? config.locales?.[0] ?? 'en', ...options }: CookiePolicyTableProps<C>) {
  return (
    <PolicyTableView
      config={config as ConsentConfig}
      text={{ ...englishTable, ...messages?.table }}
      locale={locale}
      dir={messages?.dir ?? (isRtl(locale) ? 'rtl' : 'ltr')}
      {...options}
    />
  );
}
