import '../../src/styles/index.css';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { userEvent } from 'vitest/browser';
import { ConsentBanner } from '../../src/components/banner';
import { ConsentEmbed } from '../../src/components/consent-embed';
import { ConsentPrompt } from '../../src/components/consent-prompt';
import { CookiePolicyTable } from '../../src/components/policy-table';
import { ConsentPreferences } from '../../src/components/preferences';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { ar, arExtra } from '../../src/locales/ar';
import { de, deExtra } from '../../src/locales/de';
import { en, enExtra } from '../../src/locales/en';
import { multilingualConfig as config } from '../react/locale-fixtures';
import { useTestPage } from '../browser-page';

// A site with a language switcher: the provider's `locale` changes while the page is in use.

useTestPage();

const messages = [
  { ...en, ...enExtra },
  { ...de, ...deExtra },
  { ...ar, ...arExtra },
];

function renderSite() {
  const store = createConsentStore(config, { storage: memoryAdapter() });
  let setLocale!: (locale: string) => void;
  function Site() {
    const [locale, set] = useState('en');
    setLocale = set;
    return (
      <ConsentProvider store={store} locale={locale} messages={messages}>
        <main>
          <ConsentEmbed src="https://www.example.com/embed/1" title="Demo" category="analytics" />
          <CookiePolicyTable />
        </main>
        <ConsentBanner />
        <ConsentPreferences />
        <ConsentPrompt />
      </ConsentProvider>
    );
  }
  render(<Site />);
  return { store, switchTo: (locale: string) => act(() => setLocale(locale)) };
}

describe('switching the locale at run time', () => {
  it('should re-render the banner, the table and an embed placeholder in place, in the new language and direction', async () => {
    const { switchTo } = renderSite();
    const banner = await screen.findByRole('region', { name: en.banner.label });
    const embed = document.querySelector('.ck-embed')!;
    expect(embed.querySelector('.ck-embed-notice')!.textContent).toContain('Analytics');

    await switchTo('de');
    expect(banner.isConnected).toBe(true);
    expect(within(banner).getByRole('heading').textContent).toBe(de.banner.title);
    expect(within(banner).getByRole('button', { name: de.banner.acceptAll })).toBeTruthy();
    expect(banner.querySelector('a')!.getAttribute('href')).toBe('/de/cookies');
    expect(document.querySelector('.ck-table-caption')!.textContent).toBe('Notwendig');
    expect(document.querySelector('.ck-embed')).toBe(embed);
    expect(embed.querySelector('.ck-embed-notice')!.textContent).toContain('Statistik');
    expect(within(embed as HTMLElement).getByRole('button', { name: deExtra.embed.loadOnce })).toBeTruthy();

    await switchTo('ar');
    expect(banner.getAttribute('dir')).toBe('rtl');
    expect(embed.getAttribute('dir')).toBe('rtl');
    expect(document.querySelector('.ck-policy')!.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(banner).direction).toBe('rtl');
    expect(within(banner).getByRole('heading').textContent).toBe(ar.banner.title);
  });

  it('with the preferences dialog open, should keep it open, its unsaved switches, the focused switch and consent state', async () => {
    const { store, switchTo } = renderSite();
    store.save({ analytics: true });
    store.openPreferences();
    const dialog = await screen.findByRole('dialog', { name: en.preferences.title });
    const analytics = await within(dialog).findByRole('switch', { name: 'Analytics' });
    // An unsaved change in the dialog's draft, and the focus on that switch.
    await userEvent.click(analytics);
    expect(analytics.getAttribute('aria-checked')).toBe('false');
    expect(document.activeElement).toBe(analytics);

    await switchTo('de');
    await waitFor(() => expect(dialog.querySelector('.ck-dialog-title')!.textContent).toBe(de.preferences.title));
    expect(dialog.isConnected).toBe(true);
    expect(screen.getByRole('dialog')).toBe(dialog);
    // The same switch element, now named in German, still focused and still off (the draft survived).
    expect(within(dialog).getByRole('switch', { name: 'Statistik' })).toBe(analytics);
    expect(document.activeElement).toBe(analytics);
    expect(analytics.getAttribute('aria-checked')).toBe('false');
    expect(within(dialog).getByText('Besucherkennung')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: de.preferences.save })).toBeTruthy();
    expect(dialog.querySelector('.ck-service a')!.getAttribute('href')).toBe('https://policies.google.com/privacy?hl=de');
    // Consent state is the store's, untouched by the switch.
    expect(store.getState().choices.analytics).toBe('granted');
    expect(store.getState().decided).toBe(true);

    // The draft still saves from the German dialog.
    await userEvent.click(within(dialog).getByRole('button', { name: de.preferences.save }));
    await waitFor(() => expect(store.getState().choices.analytics).toBe('denied'));
  });

  it('with the consent prompt open, should re-word it in place and keep it open', async () => {
    const { store, switchTo } = renderSite();
    const answer = store.requestConsent('service:ga');
    const prompt = await screen.findByRole('dialog', { name: 'Allow Google Analytics?' });
    expect(prompt.textContent).toContain('Visit statistics');

    await switchTo('de');
    expect(prompt.isConnected).toBe(true);
    expect(prompt.querySelector('h2')!.textContent).toBe(deExtra.prompt.title.replace('{name}', 'Google Analytics'));
    expect(prompt.textContent).toContain('Besuchsstatistik');
    expect(prompt.querySelector('a')!.getAttribute('href')).toBe('https://policies.google.com/privacy?hl=de');
    await userEvent.click(within(prompt).getByRole('button', { name: deExtra.prompt.allow }));
    await expect(answer).resolves.toBe(true);
  });
});
