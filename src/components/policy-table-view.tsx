import { clsx } from 'clsx';
import type { ReactNode } from 'react';
import type { ConsentConfig, CookieDeclaration } from '../core/config';
import { isLink } from '../core/link';
import { configLink, configText } from './config-text';
import { formatCookieName, formatDuration } from './format-duration';
import type { ConsentMessages } from './messages';

/**
 * A message with `{name}` replaced by config text, isolated. Sliced rather than `replace()`d, so a
 * `$&` in a service's name stays as written.
 */
const fill = (message: string, name: unknown) => {
  const at = message.indexOf('{name}');
  return at < 0 ? (
    message
  ) : (
    <>
      {message.slice(0, at)}
      {configText(name)}
      {message.slice(at + 6)}
    </>
  );
};

/** Class names for the parts of the cookie policy table. */
export interface CookiePolicyTableClassNames {
  root?: string;
  table?: string;
  caption?: string;
  link?: string;
}

/** What the policy table shows, the same from the client component and the server one. */
export interface PolicyTableOptions<C extends string = string> {
  /** Show only this category (its cookies and services). @default every category */
  category?: C;
  /** Added to the root element. */
  className?: string;
  /** Added to each part. */
  classNames?: CookiePolicyTableClassNames;
  /**
   * List the declared third-party services after the cookies.
   * @default true
   */
  showServices?: boolean;
}

/** Everything the markup needs, with no provider: the config and the resolved text. */
export interface PolicyTableViewProps extends PolicyTableOptions {
  config: ConsentConfig;
  text: ConsentMessages['table'];
  locale: string;
  dir: ConsentMessages['dir'];
}

/**
 * The policy tables' markup, from the config and text alone: no hooks, no context. The client
 * `CookiePolicyTable` and the server one of `consentkit/server` both render through it, so their
 * output is the same, row for row.
 */
export function PolicyTableView({ config, text, locale, dir, category, className, classNames = {}, showServices = true }: PolicyTableViewProps) {
  const ids = category === undefined ? config.categoryIds : config.categoryIds.filter((id) => id === category);
  const services = showServices ? config.services.filter((service) => ids.includes(service.category)) : [];
  // Optional columns appear when any listed service fills them, so the table says all the config says.
  const showControl = services.some((service) => service.control);
  const showDuration = services.some((service) => service.duration);
  const captionClass = clsx('ck-table-caption', classNames.caption);
  // Production builds skip config validation: a non-http(s) link never becomes an href.
  const link = (value: unknown) => {
    const url = configLink(value, locale, config);
    return isLink(url) ? url : undefined;
  };

  // Explicit roles keep the table semantics when the narrow layout changes `display` (some
  // browsers drop them otherwise).
  // One row of a category's table: a cookie, or a declared storage key (`area` marks it).
  const row = (key: string, area: string | undefined, name: ReactNode, item: Pick<CookieDeclaration, 'provider' | 'purpose' | 'duration'>, thirdParty: boolean) => (
    <tr key={key} role="row" data-storage={area}>
      <th scope="row" role="rowheader" data-label={text.cookie}>
        {name}
      </th>
      <td role="cell" data-label={text.provider}>
        {item.provider === undefined ? text.self : configText(item.provider, locale, config)}
      </td>
      <td role="cell" data-label={text.purpose}>
        {configText(item.purpose, locale, config)}
      </td>
      <td role="cell" data-label={text.duration}>
        {formatDuration(item.duration, locale, text.session, text.units)}
      </td>
      <td role="cell" data-label={text.thirdParty}>
        {thirdParty ? text.yes : text.no}
      </td>
    </tr>
  );
  const head = (labels: string[]) => (
    <thead role="rowgroup">
      <tr role="row">
        {labels.map((label) => (
          <th key={label} scope="col" role="columnheader">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );

  return (
    <div className={clsx('ck-policy', className, classNames.root)} dir={dir}>
      {ids.map((id) => {
        const cookies = config.cookies.filter((cookie) => cookie.category === id);
        // Declared localStorage and sessionStorage keys are listed with the category's cookies, the
        // API that holds them named beside the key (a name of code, the same in every language).
        const storage = (config.storage ?? []).filter((item) => item.category === id);
        if (!cookies.length && !storage.length) return null;
        return (
          <table key={id} className={clsx('ck-table ck-table-cookies', classNames.table)} role="table" data-category={id}>
            <caption className={captionClass}>{configText(config.categories[id]?.title, locale, config)}</caption>
            {head([text.cookie, text.provider, text.purpose, text.duration, text.thirdParty])}
            <tbody role="rowgroup">
              {cookies.map((cookie) =>
                row(String(cookie.name), undefined, <code className="ck-cookie-name">{configText(formatCookieName(cookie.name))}</code>, cookie, cookie.thirdParty ?? !!cookie.provider),
              )}
              {storage.map((item) =>
                row(
                  `${item.area ?? 'local'}:${item.key}`,
                  item.area ?? 'local',
                  <>
                    <code className="ck-cookie-name">{configText(item.key)}</code> <code className="ck-storage-area">{`${item.area ?? 'local'}Storage`}</code>
                  </>,
                  item,
                  !!item.provider,
                ),
              )}
            </tbody>
          </table>
        );
      })}
      {services.length > 0 && (
        <table className={clsx('ck-table ck-table-services', classNames.table)} role="table" data-category={category}>
          <caption className={captionClass}>{text.services}</caption>
          {head([text.service, text.purpose, text.data, ...(showControl ? [text.control] : []), ...(showDuration ? [text.duration] : []), text.privacyPolicy])}
          <tbody role="rowgroup">
            {services.map((service) => (
              <tr key={service.name} role="row">
                <th scope="row" role="rowheader" data-label={text.service}>
                  {configText(service.name)}
                </th>
                <td role="cell" data-label={text.purpose}>
                  {configText(service.purpose, locale, config)}
                </td>
                <td role="cell" data-label={text.data}>
                  {configText(service.data, locale, config)}
                </td>
                {showControl && (
                  <td role="cell" data-label={text.control}>
                    {configText(service.control, locale, config)}
                  </td>
                )}
                {showDuration && (
                  <td role="cell" data-label={text.duration}>
                    {configText(service.duration, locale, config)}
                  </td>
                )}
                <td role="cell" data-label={text.privacyPolicy}>
                  <a className={clsx('ck-link', classNames.link)} href={link(service.privacyPolicyUrl)} rel="noopener noreferrer">
                    {fill(text.privacyPolicyLink, service.name)}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
