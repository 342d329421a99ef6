import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsentBanner } from '../../src/components/banner';
import { CategoryToggle } from '../../src/components/category-toggle';
import { englishMessages, type ConsentMessages } from '../../src/components/messages';
import { CookiePolicyTable } from '../../src/components/policy-table';
import { ConsentPreferences } from '../../src/components/preferences';
import { ConsentSettingsButton } from '../../src/components/settings-button';
import { defineConsentConfig } from '../../src/core/config';
import { createConsentStore } from '../../src/core/store';
import { de } from '../../src/locales/de';
import { en } from '../../src/locales/en';
import { es } from '../../src/locales/es';
import { fr } from '../../src/locales/fr';
import { ConsentProvider } from '../../src/react/provider';
import { render } from '@testing-library/react';
import { renderWithConsent } from './helpers';

/** Every string leaf as "section.key" → value. */
function leaves(messages: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    if (value && typeof value === 'object') for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}

// Words that are spelled the same in English and the locale.
const SAME_AS_ENGLISH: Record<string, string[]> = { es: ['table.no'] };

describe('locales', () => {
  test('English is the default set', () => {
    expect(en).toBe(englishMessages);
  });

  test.each([
    ['de', de],
    ['fr', fr],
    ['es', es],
  ] as [string, ConsentMessages][])('%s should translate every string', (code, messages) => {
    const english = leaves(englishMessages);
    const translated = leaves(messages);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    expect(messages.locale).toBe(code);
    expect(messages.dir).toBe('ltr');
    for (const [key, value] of translated) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
      if (key === 'dir' || SAME_AS_ENGLISH[code]?.includes(key)) continue;
      expect(value, `${code} ${key} is still English`).not.toBe(english.get(key));
    }
    expect(messages.table.privacyPolicyLink).toContain('{name}');
  });

  test('German messages should reach every component, durations included', async () => {
    const user = userEvent.setup();
    renderWithConsent(
      <>
        <ConsentBanner />
        <ConsentPreferences />
        <CookiePolicyTable category="essential" />
      </>,
      { messages: de },
    );
    const banner = screen.getByRole('region', { name: 'Cookie-Einwilligung' });
    expect(within(banner).getAllByRole('button').map((b) => b.textContent)).toEqual(['Alle akzeptieren', 'Alle ablehnen', 'Anpassen']);
    const table = screen.getByRole('table', { name: 'Essential' });
    expect(within(table).getAllByRole('cell').map((c) => c.textContent)).toContain('7 Tage');
    expect(within(table).getAllByRole('cell').map((c) => c.textContent)).toContain('Sitzung');
    await user.click(within(banner).getByRole('button', { name: 'Anpassen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cookie-Einstellungen' });
    expect(within(dialog).getByText('Immer aktiv')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Auswahl speichern' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Schließen' })).toBeTruthy();
  });

  test('provider and component overrides should merge one level deep, the component winning, and keep the other strings', () => {
    renderWithConsent(<ConsentBanner messages={{ acceptAll: 'OK' }} />, { messages: { banner: { title: 'Cookies?', acceptAll: 'Fine' } } });
    const banner = screen.getByRole('region', { name: englishMessages.banner.label });
    expect(within(banner).getByRole('heading').textContent).toBe('Cookies?');
    expect(within(banner).getAllByRole('button').map((b) => b.textContent)).toEqual(['OK', englishMessages.banner.rejectAll, englishMessages.banner.customize]);
    expect(englishMessages.banner.title).toBe('We use cookies');
  });
});

describe('right-to-left', () => {
  test('given dir rtl in the messages, every component root should carry dir="rtl"', async () => {
    const user = userEvent.setup();
    const arabic = { locale: 'ar', dir: 'rtl', banner: { label: 'موافقة ملفات تعريف الارتباط', customize: 'تخصيص' } } as const;
    renderWithConsent(
      <>
        <ConsentBanner />
        <ConsentPreferences />
        <CategoryToggle category="analytics" />
        <CookiePolicyTable />
      </>,
      { messages: arabic },
    );
    expect(screen.getByRole('region', { name: arabic.banner.label }).getAttribute('dir')).toBe('rtl');
    expect(screen.getAllByRole('switch')[0]!.closest('.ck-toggle')!.getAttribute('dir')).toBe('rtl');
    expect(screen.getAllByRole('table')[0]!.closest('.ck-policy')!.getAttribute('dir')).toBe('rtl');
    // Arabic numerals and unit words come from Intl for the "ar" locale.
    expect(screen.getAllByRole('table')[0]!.textContent).not.toContain('7 days');
    await user.click(screen.getByRole('button', { name: 'تخصيص' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.getAttribute('dir')).toBe('rtl');
  });
});

describe('no raw HTML', () => {
  test('markup in config text and messages should render as text, never as elements', async () => {
    const user = userEvent.setup();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const config = defineConsentConfig({
      revision: 1,
      categories: {
        essential: { required: true, title: 'Essential', description: hostile },
        analytics: { title: `<b>Analytics</b>`, description: hostile },
      },
      cookies: [{ name: 'a', category: 'analytics', purpose: hostile, duration: 'session', provider: hostile }],
      services: [{ name: hostile, category: 'analytics', purpose: hostile, data: hostile, privacyPolicyUrl: 'https://example.com/privacy' }],
    });
    const store = createConsentStore(config);
    const { container } = render(
      <ConsentProvider store={store} messages={{ banner: { description: hostile } }}>
        <ConsentBanner />
        <ConsentPreferences />
        <CookiePolicyTable />
        <ConsentSettingsButton />
      </ConsentProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Customize' }));
    await screen.findByRole('dialog');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(container.textContent).toContain(hostile);
    expect(screen.getByRole('switch', { name: '<b>Analytics</b>' })).toBeTruthy();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
