import { render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { CookiePolicyTable } from '../../src/components/policy-table';
import { ConsentProvider } from '../../src/react/provider';
import { CookiePolicyTable as ServerCookiePolicyTable } from '../../src/server';
import { memoryAdapter } from '../../src/storage/memory';
import { de } from '../../src/locales/de';
import { en } from '../../src/locales/en';
import { multilingualConfig as config } from '../react/locale-fixtures';

// What a reader of the policy page sees in each language: the config's own text, not only the
// library's column headers.
const expected = {
  en: { captions: ['Essential', 'Analytics'], cells: ['Your session', 'Visitor ID', 'Visit statistics', 'Pages viewed'], link: 'https://policies.google.com/privacy?hl=en' },
  de: { captions: ['Notwendig', 'Statistik'], cells: ['Ihre Sitzung', 'Besucherkennung', 'Besuchsstatistik', 'Aufgerufene Seiten'], link: 'https://policies.google.com/privacy?hl=de' },
};

function readTables(root: HTMLElement) {
  const captions = [...root.querySelectorAll('.ck-table-cookies caption')].map((node) => node.textContent);
  const cells = [...root.querySelectorAll('td bdi')].map((node) => node.textContent);
  const link = root.querySelector('.ck-table-services a')!.getAttribute('href');
  return { captions, cells, link };
}

describe.each(['en', 'de'] as const)('the policy table in %s', (locale) => {
  it('from the client component, should show the config text of that locale', () => {
    const { container } = render(
      <ConsentProvider config={config} storage={memoryAdapter()} locale={locale} messages={[en, de]}>
        <CookiePolicyTable />
      </ConsentProvider>,
    );
    const read = readTables(container);
    expect(read.captions).toEqual(expected[locale].captions);
    expect(read.cells).toEqual(expect.arrayContaining(expected[locale].cells));
    expect(read.link).toBe(expected[locale].link);
    expect(within(container).getAllByRole('columnheader')[0]!.textContent).toBe((locale === 'de' ? de : en).table.cookie);
  });

  it('from the server component, should show the same text, row for row', () => {
    const host = document.createElement('div');
    host.innerHTML = renderToStaticMarkup(<ServerCookiePolicyTable config={config} locale={locale} messages={locale === 'de' ? de : en} />);
    const read = readTables(host);
    expect(read.captions).toEqual(expected[locale].captions);
    expect(read.cells).toEqual(expect.arrayContaining(expected[locale].cells));
    expect(read.link).toBe(expected[locale].link);
  });
});

it('the server table, given only messages (no locale prop), should read the config text in the messages\' locale', () => {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(<ServerCookiePolicyTable config={config} messages={de} />);
  expect(readTables(host).captions).toEqual(expected.de.captions);
  // And with neither, the config's default locale.
  host.innerHTML = renderToStaticMarkup(<ServerCookiePolicyTable config={config} />);
  expect(readTables(host).captions).toEqual(expected.en.captions);
  expect(screen.queryByRole('table')).toBeNull();
});
