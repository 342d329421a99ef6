import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ConsentBanner } from '../../src/components/banner';
import { CookiePolicyTable } from '../../src/components/policy-table';
import { CategoryToggle } from '../../src/components/category-toggle';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { ar } from '../../src/locales/ar';
import { de } from '../../src/locales/de';
import { en } from '../../src/locales/en';
import { fr } from '../../src/locales/fr';
import { multilingualConfig as config } from './locale-fixtures';

const languages = (list: string[]) => vi.spyOn(navigator, 'languages', 'get').mockReturnValue(list);

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  vi.restoreAllMocks();
});

const page = (props: { locale?: string; messages?: Parameters<typeof ConsentProvider>[0]['messages'] } = {}) => (
  <ConsentProvider config={config} storage={memoryAdapter()} {...props}>
    <ConsentBanner />
    <CookiePolicyTable />
  </ConsentProvider>
);

const bannerTitle = () => document.querySelector('.ck-banner-title')!.textContent;
const caption = () => document.querySelector('.ck-table-caption')!.textContent;

describe('locale selection in ConsentProvider', () => {
  it('given a DOM shim whose window is not the global object (jsdom in a bench), should detect the locale, listen on window and keep the banner mounted', async () => {
    const globals = globalThis as { addEventListener?: unknown; removeEventListener?: unknown };
    const saved = [globals.addEventListener, globals.removeEventListener];
    const shimWindow = { addEventListener: vi.fn(), removeEventListener: vi.fn() };
    delete globals.addEventListener;
    delete globals.removeEventListener;
    vi.stubGlobal('window', shimWindow);
    try {
      document.documentElement.lang = 'de';
      const { unmount } = render(page({ messages: [en, de] }));
      expect(await screen.findByRole('heading', { name: de.banner.title })).toBeTruthy();
      expect(shimWindow.addEventListener).toHaveBeenCalledWith('languagechange', expect.any(Function));
      unmount();
    } finally {
      vi.unstubAllGlobals();
      [globals.addEventListener, globals.removeEventListener] = saved;
    }
  });

  it('given locale="de", should show German messages and the config\'s German text', async () => {
    render(page({ locale: 'de', messages: [en, de] }));
    expect(await screen.findByRole('heading', { name: de.banner.title })).toBeTruthy();
    expect(caption()).toBe('Notwendig');
    expect(document.querySelector('.ck-banner-link')!.getAttribute('href')).toBe('/de/cookies');
  });

  it('given no locale prop, should follow <html lang> before navigator.languages', async () => {
    document.documentElement.lang = 'de-AT';
    languages(['ar', 'en']);
    render(page({ messages: [en, de, ar] }));
    await screen.findByRole('heading', { name: de.banner.title });
    expect(caption()).toBe('Notwendig');
  });

  it('given no locale prop and no usable <html lang>, should follow navigator.languages in order', async () => {
    document.documentElement.lang = 'ja';
    languages(['fr', 'ar-EG', 'de']);
    render(page({ messages: [en, de, ar] }));
    await screen.findByRole('heading', { name: ar.banner.title });
    expect(caption()).toBe('ضرورية');
  });

  it("given no language the app supports, should use the config's default locale", async () => {
    languages(['ja', 'ko']);
    render(page({ messages: [de, en] }));
    await screen.findByRole('heading', { name: en.banner.title });
    expect(caption()).toBe('Essential');
  });

  it('given only the config declares locales (no messages), should detect among them: config text follows, messages stay English', async () => {
    languages(['de-DE']);
    render(page());
    await screen.findByRole('heading', { name: en.banner.title });
    expect(caption()).toBe('Notwendig');
  });

  it('given one messages object (as before locales could switch), should show it whatever the browser prefers', async () => {
    languages(['fr']);
    render(
      <ConsentProvider config={{ ...config, locales: undefined }} storage={memoryAdapter()} messages={de}>
        <ConsentBanner />
      </ConsentProvider>,
    );
    await screen.findByRole('heading', { name: de.banner.title });
  });

  it('given a locale the messages list lacks, should show English messages with that locale\'s config text', async () => {
    render(page({ locale: 'ar', messages: [en, fr] }));
    await screen.findByRole('heading', { name: en.banner.title });
    expect(caption()).toBe('ضرورية');
  });

  it.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['de', 'ltr'],
  ])('given locale %s, dir should be %s on the banner and the table', async (locale, dir) => {
    // No messages for he or fa: dir follows the locale itself.
    render(page({ locale, messages: [en, de, ar] }));
    await screen.findByRole('region');
    expect(document.querySelector('.ck-banner')!.getAttribute('dir')).toBe(dir);
    expect(document.querySelector('.ck-policy')!.getAttribute('dir')).toBe(dir);
  });

  it('after the locale prop changes, should re-render the texts in place, keeping the store and its state', async () => {
    const store = createConsentStore(config, { storage: memoryAdapter() });
    let setLocale!: (locale: string) => void;
    function App() {
      const [locale, set] = useState('en');
      setLocale = set;
      return (
        <ConsentProvider store={store} locale={locale} messages={[en, de]}>
          <CategoryToggle category="analytics" />
          <CookiePolicyTable />
        </ConsentProvider>
      );
    }
    render(<App />);
    act(() => store.save({ analytics: true }));
    const label = await screen.findByText('Analytics', { selector: '.ck-toggle-label bdi' });
    await act(async () => setLocale('de'));
    expect(label.isConnected).toBe(true);
    expect(label.textContent).toBe('Statistik');
    expect(caption()).toBe('Notwendig');
    expect(store.getState().choices.analytics).toBe('granted');
  });

  it("after the browser's languages change (languagechange), should switch the detected locale", async () => {
    const list = languages(['en']);
    render(page({ messages: [en, de] }));
    await screen.findByRole('heading', { name: en.banner.title });
    list.mockReturnValue(['de']);
    await act(async () => void dispatchEvent(new Event('languagechange')));
    expect(bannerTitle()).toBe(de.banner.title);
  });
});
