import { render, screen, within } from '@testing-library/react';
import { formatDuration } from '../../src/components/format-duration';
import type { DurationUnitNames } from '../../src/components/messages';
import { CookiePolicyTable } from '../../src/components/policy-table';
import { defineConsentConfig } from '../../src/core/config';
import { ConsentProvider } from '../../src/react/provider';
import { ga } from '../../src/locales/ga';
import { is } from '../../src/locales/is';
import { mt } from '../../src/locales/mt';

describe('formatDuration with unit names of the locale', () => {
  const icelandic: DurationUnitNames = { days: { one: '{n} dagur', other: '{n} dagar' } };

  test('given unit names, should pick the form by the language plural rule: Icelandic 21 is singular, 11 is not', () => {
    expect([1, 2, 11, 21].map((days) => formatDuration({ days }, 'is', 'Lota', icelandic))).toEqual(['1 dagur', '2 dagar', '11 dagar', '21 dagur']);
  });

  test('given a category the names leave out, should fall back to their other form', () => {
    expect(formatDuration({ days: 3 }, 'ga', 'Seisiún', { days: { other: '{n} lá' } })).toBe('3 lá');
  });

  test('given a form without {n}, should name the count by the word alone, as Maltese says two days', () => {
    expect(formatDuration({ days: 2 }, 'mt', mt.table.session, mt.table.units)).toBe('jumejn');
    expect(formatDuration({ years: 2 }, 'mt', mt.table.session, mt.table.units)).toBe('sentejn');
  });

  test('Irish hours follow the five plural forms: uair, huaire (3–6), n-uaire (7–10)', () => {
    expect([1, 2, 3, 7, 11].map((hours) => formatDuration({ hours }, 'ga', ga.table.session, ga.table.units))).toEqual([
      '1 uair an chloig',
      '2 uair an chloig',
      '3 huaire an chloig',
      '7 n-uaire an chloig',
      '11 uair an chloig',
    ]);
  });

  test('given names for some units only, should spell the others with Intl, and join several units as a list', () => {
    const text = formatDuration({ days: 1, hours: 12 }, 'de', 'Sitzung', { days: { other: '{n} Tag(e)' } });
    expect(text).toBe('1 Tag(e), 12 Stunden');
  });

  test('given no unit names, should write what Intl writes', () => {
    expect(formatDuration({ days: 2 }, 'de', 'Sitzung')).toBe('2 Tage');
    expect(formatDuration('session', 'is', is.table.session, is.table.units)).toBe(is.table.session);
  });
});

test('given the Maltese locale, the cookie policy table writes durations with its own unit names, not Intl abbreviations', () => {
  const config = defineConsentConfig({
    revision: 1,
    categories: { analytics: { title: 'Analitika', description: 'Jgħodd iż-żjarat.' } },
    cookies: [
      { name: '_ga', category: 'analytics', provider: 'Google', purpose: 'ID', duration: { years: 2 } },
      { name: 'x', category: 'analytics', purpose: 'Test', duration: { days: 5 } },
    ],
  });
  render(
    <ConsentProvider config={config} messages={mt}>
      <CookiePolicyTable />
    </ConsentProvider>,
  );
  const table = screen.getByRole('table', { name: 'Analitika' });
  const durations = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[2]!.textContent);
  // Intl (Node 20's ICU) would write "2 y" and "5 d".
  expect(durations).toEqual(['sentejn', '5 ġranet']);
});
