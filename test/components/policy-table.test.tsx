import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import { CookiePolicyTable } from '../../src/components/policy-table';
import { defineConsentConfig } from '../../src/core/config';
import { formatCookieName, formatDuration } from '../../src/components/format-duration';
import { ConsentProvider } from '../../src/react/provider';
import { render } from '@testing-library/react';
import { config, renderWithConsent } from './helpers';

// Row header first, then the cells, as a screen reader announces a row.
const rowCells = (row: HTMLElement) => [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')];
const cellTexts = (row: HTMLElement) => rowCells(row).map((cell) => cell.textContent);
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

/** The seed policy's cookie lists: "Essential Cookies" → ["auth-token: Keeps you logged in (7 days)", …]. */
function seedCookieLists(): Map<string, string[]> {
  const text = readFileSync(resolve(__dirname, '../fixtures/cookie-policy.txt'), 'utf8');
  const section = text.slice(text.indexOf('2. Types of Cookies We Use'), text.indexOf('3. Cookie Purposes'));
  const lists = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of section.split('\n').map((l) => l.trim())) {
    const heading = /^(\w+) Cookies$/.exec(line);
    if (heading) lists.set(heading[1]!, (current = []));
    else if (line.startsWith('•') && current) current.push(line.replace(/^•\s*/, ''));
  }
  return lists;
}

describe('CookiePolicyTable', () => {
  test('should render one captioned table per category with column headers', () => {
    renderWithConsent(<CookiePolicyTable showServices={false} />);
    const tables = screen.getAllByRole('table');
    expect(tables.map((t) => t.querySelector('caption')?.textContent)).toEqual(['Essential', 'Functional', 'Analytics']);
    expect(screen.getByRole('table', { name: 'Analytics' })).toBe(tables[2]);
    const headers = within(tables[0]!).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Cookie', 'Provider', 'Purpose', 'Duration', 'Third party']);
    for (const header of headers) expect(header.getAttribute('scope')).toBe('col');
    expect(within(tables[0]!).getAllByRole('rowheader').map((h) => h.getAttribute('scope'))).toEqual(['row', 'row', 'row']);
  });

  test('rendering the reference config should reproduce the cookie lists of the reference policy exactly', () => {
    renderWithConsent(<CookiePolicyTable showServices={false} />);
    const seed = seedCookieLists();
    expect([...seed.keys()]).toEqual(['Essential', 'Functional', 'Analytics']);
    for (const [category, lines] of seed) {
      const rows = bodyRows(screen.getByRole('table', { name: category }));
      const rendered = rows.map((row) => {
        const [name, , purpose, duration] = cellTexts(row);
        return `${name}: ${purpose} (${duration})`;
      });
      expect(rendered).toEqual(lines);
    }
  });

  test('should name the provider and say whether a third party sets the cookie', () => {
    renderWithConsent(<CookiePolicyTable category="analytics" showServices={false} />);
    const rows = bodyRows(screen.getByRole('table', { name: 'Analytics' }));
    expect(cellTexts(rows[0]!)).toEqual(['_ga', 'Google Analytics', 'Google Analytics visitor ID', '2 years', 'Yes']);
    expect(cellTexts(rows[2]!)).toEqual(['usage-stats', 'This website', 'Feature usage tracking', '30 days', 'No']);
    // Each cell carries its column name for the stacked narrow layout.
    expect(rowCells(rows[0]!).map((c) => c.getAttribute('data-label'))).toEqual([
      'Cookie',
      'Provider',
      'Purpose',
      'Duration',
      'Third party',
    ]);
  });

  test('with category, should show only that category and its services', () => {
    renderWithConsent(<CookiePolicyTable category="essential" />);
    const tables = screen.getAllByRole('table');
    expect(tables.map((t) => t.querySelector('caption')?.textContent)).toEqual(['Essential', 'Third-party services']);
    expect(within(tables[1]!).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Stripe', 'Supabase']);
  });

  test('should list the third-party services with a safe link to each privacy policy', () => {
    renderWithConsent(<CookiePolicyTable />);
    const services = screen.getByRole('table', { name: 'Third-party services' });
    expect(within(services).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Service',
      'Purpose',
      'Data collected',
      'Control',
      'Duration',
      'Privacy policy',
    ]);
    const rows = bodyRows(services);
    // As the reference policy's "Third-Party Cookies" section words them.
    expect(rows.map((row) => cellTexts(row).slice(0, 5))).toEqual([
      ['Stripe', 'Secure payment processing and fraud detection', 'Payment method preferences and session security', "Managed by Stripe's privacy policy", 'Varies by cookie type'],
      ['Supabase', 'User authentication and session management', 'Login state and security tokens', 'Essential for account functionality', 'Session or 7 days'],
      ['Google Analytics', 'Website usage statistics and performance', 'Page views, session duration, user flow', 'Can be disabled in browser settings', 'Up to 2 years'],
    ]);
    const link = within(services).getByRole('link', { name: 'Stripe privacy policy' });
    expect(link.getAttribute('href')).toBe('https://stripe.com/privacy');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('with showServices false, should leave the services out', () => {
    renderWithConsent(<CookiePolicyTable showServices={false} />);
    expect(screen.queryByRole('table', { name: 'Third-party services' })).toBeNull();
  });

  test('should show pattern names readably and durations in the locale', () => {
    const config = defineConsentConfig({
      revision: 1,
      categories: { analytics: { title: 'Statistik', description: 'Zählt Besuche.' } },
      cookies: [
        { name: /^_ga_/, category: 'analytics', provider: 'Google Analytics', purpose: 'Sitzungsstatus', duration: { years: 2 } },
        { name: 'x', category: 'analytics', purpose: 'Test', duration: { days: 1, hours: 12 } },
      ],
    });
    render(
      <ConsentProvider config={config} messages={{ locale: 'de', table: { session: 'Sitzung' } }}>
        <CookiePolicyTable />
      </ConsentProvider>,
    );
    const rows = bodyRows(screen.getByRole('table', { name: 'Statistik' }));
    expect(cellTexts(rows[0]!)).toEqual(['_ga_*', 'Google Analytics', 'Sitzungsstatus', '2 Jahre', 'Yes']);
    expect(cellTexts(rows[1]!)[3]).toBe('1 Tag, 12 Stunden');
  });

  test('given a config that skipped validation (a production build) with a javascript: policy link, should render no href', () => {
    const valid = defineConsentConfig({
      revision: 1,
      categories: { analytics: { title: 'Analytics', description: 'Counts visits.' } },
      services: [{ name: 'Tracker', category: 'analytics', purpose: 'Stats', data: 'Visits', privacyPolicyUrl: 'https://example.com/privacy' }],
    });
    const unchecked = { ...valid, services: [{ ...valid.services[0]!, privacyPolicyUrl: 'javascript:alert(1)' }] } as typeof valid;
    render(
      <ConsentProvider config={unchecked}>
        <CookiePolicyTable />
      </ConsentProvider>,
    );
    const table = screen.getByRole('table', { name: 'Third-party services' });
    const link = table.querySelector('a')!;
    expect(link.textContent).toBe('Tracker privacy policy');
    expect(link.getAttribute('href')).toBeNull();
    // No service declares control or duration: no empty columns.
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Service', 'Purpose', 'Data collected', 'Privacy policy']);
  });
});

describe('formatDuration and formatCookieName', () => {
  test('durations read as words', () => {
    expect(formatDuration('session', 'en', 'Session')).toBe('Session');
    expect(formatDuration({ days: 7 }, 'en', 'Session')).toBe('7 days');
    expect(formatDuration({ hours: 24 }, 'en', 'Session')).toBe('24 hours');
    expect(formatDuration({ years: 1 }, 'en', 'Session')).toBe('1 year');
    expect(formatDuration({ months: 6 }, 'fr', 'Session')).toMatch(/^6\smois$/);
    expect(formatDuration({ days: 30 }, 'es', 'Sesión')).toBe('30 días');
  });

  test('simple patterns become wildcards; others stay visible as patterns', () => {
    expect(formatCookieName('auth-token')).toBe('auth-token');
    expect(formatCookieName(/^_ga_/)).toBe('_ga_*');
    expect(formatCookieName(/^_ga_[A-Z0-9]+$/)).toBe('_ga_*');
    expect(formatCookieName(/^_pk_id\.\d+$/)).toBe('_pk_id.*');
    expect(formatCookieName(/^_hj.*/)).toBe('_hj*');
    expect(formatCookieName(/session$/)).toBe('*session');
    expect(formatCookieName(/^(a|b)$/)).toBe('/^(a|b)$/');
    expect(formatCookieName(/^ab?c$/)).toBe('/^ab?c$/');
  });

  test('given a service name with $&, $` and $\', the privacy link should show the name as written', () => {
    const name = "Ad$&Co$`x$'";
    const config = defineConsentConfig({
      revision: 1,
      categories: { analytics: { title: 'Analytics', description: 'Counts visits.' } },
      services: [{ name, category: 'analytics', purpose: 'Stats', data: 'Visits', privacyPolicyUrl: 'https://example.com/privacy' }],
    });
    render(
      <ConsentProvider config={config}>
        <CookiePolicyTable />
      </ConsentProvider>,
    );
    expect(screen.getByRole('link').textContent).toBe(`${name} privacy policy`);
    expect(screen.getByRole('rowheader').textContent).toBe(name);
  });

  test('given optional fields that are not text and skipped validation (a production build), should render the table without them', () => {
    const valid = defineConsentConfig({
      revision: 1,
      categories: { analytics: { title: 'Analytics', description: 'Counts visits.' } },
      cookies: [{ name: '_ga', category: 'analytics', provider: 'Google', purpose: 'Visitor ID', duration: { years: 2 } }],
      services: [{ name: 'Tracker', category: 'analytics', purpose: 'Stats', data: 'Visits', control: 'Opt out', duration: '2 years', privacyPolicyUrl: 'https://example.com/privacy' }],
    });
    const object = { toString: () => 'object' };
    const unchecked = {
      ...valid,
      cookies: [{ ...valid.cookies[0]!, provider: object }],
      services: [{ ...valid.services[0]!, control: object, duration: ['2 years'] }],
    } as unknown as typeof valid;
    render(
      <ConsentProvider config={unchecked}>
        <CookiePolicyTable />
      </ConsentProvider>,
    );
    expect(cellTexts(bodyRows(screen.getByRole('table', { name: 'Analytics' }))[0]!)).toEqual(['_ga', '', 'Visitor ID', '2 years', 'Yes']);
    expect(cellTexts(bodyRows(screen.getByRole('table', { name: 'Third-party services' }))[0]!)).toEqual(['Tracker', 'Stats', 'Visits', '', '', 'Tracker privacy policy']);
  });

  test('every piece of config text sits in its own <bdi>, apart from the library\'s words', () => {
    const { container } = renderWithConsent(<CookiePolicyTable />);
    const configTexts = new Set<unknown>();
    for (const id of config.categoryIds) configTexts.add(config.categories[id].title);
    for (const cookie of config.cookies) for (const value of [cookie.provider, cookie.purpose, formatCookieName(cookie.name)]) if (value) configTexts.add(value);
    for (const service of config.services) for (const value of [service.name, service.purpose, service.data, service.control, service.duration]) if (value) configTexts.add(value);
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const seen: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const inBdi = node.parentElement?.tagName === 'BDI';
      // A config text is alone in its <bdi>; the library's words never are in one.
      expect(inBdi, JSON.stringify(node.textContent)).toBe(configTexts.has(node.textContent!));
      if (inBdi) seen.push(node.textContent!);
    }
    expect(new Set(seen)).toEqual(configTexts);
  });
});

describe('CookiePolicyTable: declared storage keys', () => {
  const withStorage = defineConsentConfig({
    revision: 1,
    categories: {
      essential: { required: true, title: 'Essential', description: 'Login.' },
      analytics: { title: 'Analytics', description: 'Visits.' },
      marketing: { title: 'Marketing', description: 'Ads.' },
    },
    cookies: [{ name: '_ga', category: 'analytics', purpose: 'Visitor ID', duration: { years: 2 } }],
    storage: [
      { key: 'user-preferences', category: 'essential', purpose: 'Saves your settings', duration: { days: 30 } },
      { key: 'upload-draft', area: 'session', category: 'essential', purpose: 'A partly filled form', duration: 'session' },
      { key: '_hjSession_*', category: 'analytics', provider: 'Hotjar', purpose: 'Session state', duration: { minutes: 30 } },
      { key: 'ads-seen', category: 'marketing', purpose: 'Ads already shown', duration: { days: 7 } },
    ],
  });

  test('should list each key in its category table, with where it is kept, its purpose, duration and provider', () => {
    render(
      <ConsentProvider config={withStorage}>
        <CookiePolicyTable showServices={false} />
      </ConsentProvider>,
    );
    // A category with keys and no cookies gets its table too.
    expect(screen.getAllByRole('table').map((table) => table.querySelector('caption')?.textContent)).toEqual(['Essential', 'Analytics', 'Marketing']);
    expect(bodyRows(screen.getByRole('table', { name: 'Essential' })).map(cellTexts)).toEqual([
      ['user-preferences localStorage', 'This website', 'Saves your settings', '30 days', 'No'],
      ['upload-draft sessionStorage', 'This website', 'A partly filled form', 'Session', 'No'],
    ]);
    expect(bodyRows(screen.getByRole('table', { name: 'Analytics' })).map(cellTexts)).toEqual([
      ['_ga', 'This website', 'Visitor ID', '2 years', 'No'],
      ['_hjSession_* localStorage', 'Hotjar', 'Session state', '30 minutes', 'Yes'],
    ]);
  });
});
