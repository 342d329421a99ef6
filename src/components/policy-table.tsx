import { useConsentContext } from '../react/context';
import type { CategoryId } from '../react/register';
import { englishTable } from './english';
import type { ConsentMessages } from './messages';
import { PolicyTableView, type PolicyTableOptions } from './policy-table-view';
import { useMessages } from './use-messages';

export type { CookiePolicyTableClassNames } from './policy-table-view';

const NAME = 'CookiePolicyTable';

/** Props of {@link CookiePolicyTable}. */
export interface CookiePolicyTableProps extends PolicyTableOptions<CategoryId> {
  /** Text for this table only, on top of the provider's messages. */
  messages?: Partial<ConsentMessages['table']>;
}

/**
 * The policy page's tables, generated from the config: one table of cookies per category
 * (name, provider, purpose, duration in words, third party), then the third-party services.
 * On narrow containers the rows stack (with the theme), and stay a table to assistive tech.
 *
 * A page that is pure content can render the same tables with no provider and no client code:
 * `CookiePolicyTable` from `consentkit/server`, given the config.
 */
export function CookiePolicyTable({ messages, ...options }: CookiePolicyTableProps) {
  const { config } = useConsentContext(NAME).store;
  return <PolicyTableView config={config} {...useMessages(NAME, 'table', englishTable, messages)} {...options} />;
}
