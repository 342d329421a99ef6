// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { CookiePolicyTable as ClientTable, type CookiePolicyTableProps as ClientProps } from '../../src/components/policy-table';
import type { PartialConsentMessages } from '../../src/components/messages';
import { defineConsentConfig, type ConsentConfig } from '../../src/core/config';
import { createConsentStore } from '../../src/core/store';
import { de } from '../../src/locales/de';
import { ConsentProvider } from '../../src/react/provider';
import { CookiePolicyTable } from '../../src/server';
import { memoryAdapter } from '../../src/storage/memory';
import { balancedMasteringConfig as config } from '../../stories/demo/balanced-mastering';

/** The client table, as a page with a provider renders it. */
const client = (props: ClientProps, messages?: PartialConsentMessages, from: ConsentConfig = config) =>
  renderToString(
    <ConsentProvider store={createConsentStore(from, { storage: memoryAdapter(), gpc: false })} messages={messages}>
      <ClientTable {...props} />
    </ConsentProvider>,
  );

/** Rows as text, cell by cell, so a failure shows which row differs. */
const rows = (html: string) =>
  [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map(([, row]) => [...row!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) => cell!.replace(/<[^>]+>/g, '')).join(' | '));

describe('the server CookiePolicyTable (consentkit/server)', () => {
  it('should render from config alone, with no provider, in plain Node', () => {
    const html = renderToString(<CookiePolicyTable config={config} />);
    expect(rows(html)).toContain('_ga | Google Analytics | Google Analytics visitor ID | 2 years | Yes');
    expect(html).toContain('<caption class="ck-table-caption"><bdi>Analytics</bdi></caption>');
  });

  it.each<[string, ClientProps, PartialConsentMessages | undefined]>([
    ['every category and the services', {}, undefined],
    ['one category', { category: 'analytics' }, undefined],
    ['no services', { showServices: false }, undefined],
    ['class names', { className: 'policy', classNames: { root: 'r', table: 't', caption: 'c', link: 'l' } }, undefined],
    ['the German locale', {}, de],
    ['partial messages, right to left', {}, { dir: 'rtl', locale: 'ar', table: { cookie: 'اسم', yes: 'نعم' } }],
  ])('should match the client table row for row, and byte for byte: %s', (_, props, messages) => {
    const server = renderToString(<CookiePolicyTable config={config} messages={messages} {...(props as object)} />);
    const expected = client(props, messages);
    expect(rows(server)).toEqual(rows(expected));
    expect(rows(server).length).toBeGreaterThan(props.category ? 2 : 10);
    expect(server).toBe(expected);
  });

  it('should show families as declared, string or RegExp, like the client table', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const families = defineConsentConfig({
      revision: 1,
      categories: { analytics: { title: 'Analytics', description: 'Visits.' } },
      cookies: [
        { name: '_ga_*', category: 'analytics', purpose: 'Session state', duration: { years: 1 } },
        { name: /^_pk_id\.\d+$/, category: 'analytics', purpose: 'Visitor', duration: { months: 13 } },
      ],
    });
    const server = renderToString(<CookiePolicyTable config={families} />);
    expect(rows(server).slice(1)).toEqual(['_ga_* | This website | Session state | 1 year | No', '_pk_id.* | This website | Visitor | 13 months | No']);
    expect(server).toBe(client({}, undefined, families));
    vi.restoreAllMocks();
  });
});
