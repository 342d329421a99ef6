import type { MockInstance } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsentBanner } from '../../src/components/banner';
import type { ConsentConfig } from '../../src/core/config';
import { CookiePolicyTable } from '../../src/components/policy-table';
import { ConsentPreferences } from '../../src/components/preferences';
import { ar } from '../../src/locales/ar';
import { de } from '../../src/locales/de';
import { en } from '../../src/locales/en';
import { useProvidedMessages } from '../../src/components/use-provided-messages';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { shopConfig } from '../core/fixtures';
import { multilingualConfig } from './locale-fixtures';

// Malformed locale tags from a prop, the page or the config: none may reach Intl (which throws a
// RangeError on them), and each one refused is named in a development warning.

let warnings: MockInstance<typeof console.warn>;
beforeEach(() => {
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  document.documentElement.removeAttribute('lang');
  vi.restoreAllMocks();
});

const warned = () => warnings.mock.calls.map((call) => String(call[0]));

/** The locale and dir every component receives from the provider. */
function Probe() {
  const { locale, dir } = useProvidedMessages('Probe').provided;
  return <output data-locale={locale} data-dir={dir} />;
}
const chosen = () => {
  const output = document.querySelector('output')!;
  return { locale: output.dataset.locale, dir: output.dataset.dir };
};

type Props = Partial<Parameters<typeof ConsentProvider>[0]>;
const page = (props: Props, config: ConsentConfig = shopConfig as ConsentConfig) => (
  <ConsentProvider config={config} storage={memoryAdapter()} {...(props as object)}>
    <Probe />
    <CookiePolicyTable />
  </ConsentProvider>
);

describe('useLocale with malformed tags', () => {
  it('given locale="en_US" (a route segment), should render the policy table, reading it as en-US, with a warning', () => {
    render(page({ locale: 'en_US' }));
    expect(chosen().locale).toBe('en-US');
    expect(screen.getByRole('rowheader', { name: '_ga' }).closest('tr')!.textContent).toContain('2 years');
    expect(warned()).toContainEqual(expect.stringMatching(/locale "en_US" is read as "en-US"/));
  });

  it('given locale="de_AT" and messages [en, de], should pick the German ones', () => {
    render(page({ locale: 'de_AT', messages: [en, de] }, multilingualConfig));
    expect(chosen().locale).toBe('de-AT');
    expect(document.querySelector('.ck-table-caption')!.textContent).toBe('Notwendig');
  });

  it.each([['english!'], [''], ['x-private'], [42]])('given the refused locale %j, should fall back to the next candidate and warn naming it', (bad) => {
    render(page({ locale: bad as string, messages: [en, de] }, multilingualConfig));
    // No locale prop left: the config's default, as with no prop at all.
    expect(chosen().locale).toBe('en');
    expect(screen.getAllByRole('table').length).toBeGreaterThan(0);
    expect(warned()).toContainEqual(expect.stringContaining(`locale ${typeof bad == 'string' ? `"${bad}"` : '(a number)'} is not a language tag`));
  });

  it('given a refused locale prop and <html lang="de">, should follow the page, the next candidate', () => {
    document.documentElement.lang = 'de';
    render(page({ locale: 'deutsch!', messages: [en, de] }, multilingualConfig));
    expect(chosen().locale).toBe('de');
  });

  it('given no locale prop and <html lang="de_DE">, should read it as de-DE and serve German', () => {
    document.documentElement.lang = 'de_DE';
    render(page({ messages: [en, de] }, multilingualConfig));
    expect(chosen().locale).toBe('de');
  });

  // defineConsentConfig refuses such a list in development; a production build lets it through.
  const unchecked = (locales: string[]) => ({ ...shopConfig, locales }) as ConsentConfig;

  it('given a refused first entry of config.locales, should default to the next one, with a warning', () => {
    const config = unchecked(['german!', 'de']);
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja']);
    render(page({}, config));
    expect(chosen().locale).toBe('de');
    expect(warned()).toContainEqual(expect.stringContaining('config.locales "german!" is not a language tag'));
  });

  it('given only refused tags anywhere, should use en', () => {
    const config = unchecked(['??']);
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja']);
    render(page({ locale: '!!', messages: [{ ...de, locale: '--' }] }, config));
    expect(chosen().locale).toBe('en');
    expect(screen.getAllByRole('table').length).toBeGreaterThan(0);
    expect(warned()).toContainEqual(expect.stringContaining('messages.locale "--" is not a language tag'));
  });

  it('given a messages object whose locale is spelled de_DE, should still serve it for locale="de"', () => {
    render(page({ locale: 'de', messages: [en, { ...de, locale: 'de_DE' }] }, multilingualConfig));
    expect(screen.getAllByRole('columnheader', { name: de.table.purpose })).not.toHaveLength(0);
  });

  it('given a messages dir that is neither ltr nor rtl, should take it from the locale, with a warning', () => {
    const { unmount } = render(page({ locale: 'ar', messages: { ...ar, dir: 'RTL' as 'rtl' } }, multilingualConfig));
    expect(chosen().dir).toBe('rtl');
    expect(document.querySelector('.ck-policy')!.getAttribute('dir')).toBe('rtl');
    expect(warned()).toContainEqual(expect.stringContaining(`messages.dir "RTL" is neither 'ltr' nor 'rtl'`));
    unmount();
    render(page({ locale: 'en', messages: { dir: {} as 'ltr' } }));
    expect(chosen().dir).toBe('ltr');
    expect(warned()).toContainEqual(expect.stringContaining('messages.dir (a object) is neither'));
  });

  it('given a refused locale that renders again and again, should warn once, not on every render', () => {
    const { rerender } = render(page({ locale: 'english!', messages: { dir: 'down' as 'ltr' } }));
    for (let i = 0; i < 5; i++) rerender(page({ locale: 'english!', messages: { dir: 'down' as 'ltr' } }));
    expect(warned().filter((message) => message.includes('locale "english!" is not a language tag'))).toHaveLength(1);
    expect(warned().filter((message) => message.includes('messages.dir "down"'))).toHaveLength(1);
    // Another mistake is still reported.
    rerender(page({ locale: 'en_GB' }));
    expect(warned()).toContainEqual(expect.stringContaining('locale "en_GB" is read as "en-GB"'));
  });

  it.each([['en_US'], ['english!']])('given locale=%j, should open the preferences dialog and show its durations', async (locale) => {
    const user = userEvent.setup();
    render(
      <ConsentProvider config={shopConfig} storage={memoryAdapter()} locale={locale}>
        <ConsentBanner />
        <ConsentPreferences />
      </ConsentProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Customize' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    expect(within(dialog).getByText('_ga').closest('li')!.textContent).toContain('2 years');
  });
});
