import type { MockInstance } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ConsentBanner } from '../../src/components/banner';
import type { PartialConsentMessages } from '../../src/components/messages';
import { CookiePolicyTable } from '../../src/components/policy-table';
import { useMessages } from '../../src/components/use-messages';
import { englishBanner } from '../../src/components/english-banner';
import { createConsentStore } from '../../src/core/store';
import { ga } from '../../src/locales/ga';
import { ConsentContext } from '../../src/react/context';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { shopConfig } from '../core/fixtures';

// Messages from an i18n library or a CMS: a missing translation (undefined) or a non-string must
// neither blank a default nor reach React as a child.

let warnings: MockInstance<typeof console.warn>;
beforeEach(() => {
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const warned = () => warnings.mock.calls.map((call) => String(call[0]));
const store = () => createConsentStore(shopConfig, { storage: memoryAdapter() });
const buttons = () => screen.getAllByRole('button').map((button) => button.textContent);

// An i18n lookup that misses 'banner.rejectAll'.
const t = (key: string): string => ({ 'banner.acceptAll': 'Alle akzeptieren' } as Record<string, string>)[key]!;

describe('useMessages with hostile values', () => {
  it('given an undefined entry (a missing translation), should keep the default so that Reject all stays named like Accept all, and warn naming the key', () => {
    render(
      <ConsentProvider store={store()} messages={{ banner: { acceptAll: t('banner.acceptAll'), rejectAll: t('banner.rejectAll') } }}>
        <ConsentBanner />
      </ConsentProvider>,
    );
    expect(buttons()).toEqual(['Alle akzeptieren', 'Reject all', 'Customize']);
    expect(screen.getByRole('button', { name: 'Reject all' })).toBeTruthy();
    expect(warned()).toContainEqual(expect.stringContaining('messages.banner.rejectAll is not a string (undefined)'));
  });

  it('given a missing translation in a banner that renders again, should warn once, not on every render', () => {
    const messages = () => ({ banner: { rejectAll: t('banner.rejectAll') } });
    const { rerender } = render(
      <ConsentProvider store={store()} messages={messages()}>
        <ConsentBanner />
      </ConsentProvider>,
    );
    const shop = store();
    for (let i = 0; i < 5; i++)
      rerender(
        <ConsentProvider store={shop} messages={messages()}>
          <ConsentBanner />
        </ConsentProvider>,
      );
    expect(buttons()).toEqual(['Accept all', 'Reject all', 'Customize']);
    expect(warned().filter((message) => message.includes('messages.banner.rejectAll is not a string'))).toHaveLength(1);
  });

  it('given an object entry (CMS JSON), should render the default instead of crashing, and warn', () => {
    render(
      <ConsentProvider store={store()} messages={JSON.parse('{"banner":{"title":{"text":"Cookies"},"acceptAll":null,"customize":7}}')}>
        <ConsentBanner />
      </ConsentProvider>,
    );
    expect(screen.getByRole('heading', { name: englishBanner.title })).toBeTruthy();
    expect(buttons()).toEqual(['Accept all', 'Reject all', 'Customize']);
    expect(warned()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('messages.banner.title is not a string (object)'),
        expect.stringContaining('messages.banner.acceptAll is not a string (null)'),
        expect.stringContaining('messages.banner.customize is not a string (number)'),
      ]),
    );
  });

  it("given an empty string, should keep the default: a blank label would leave a button nameless", () => {
    render(
      <ConsentProvider store={store()} messages={{ banner: { rejectAll: '' } }}>
        <ConsentBanner />
      </ConsentProvider>,
    );
    expect(buttons()).toEqual(['Accept all', 'Reject all', 'Customize']);
    expect(warned()).toContainEqual(expect.stringContaining('messages.banner.rejectAll is empty'));
  });

  it("given hostile values in a component's own messages prop, should keep the defaults there too", () => {
    render(
      <ConsentProvider store={store()}>
        <ConsentBanner messages={{ rejectAll: undefined, title: { de: 'x' } as never, acceptAll: 'Allow all' }} />
      </ConsentProvider>,
    );
    expect(buttons()).toEqual(['Allow all', 'Reject all', 'Customize']);
    expect(screen.getByRole('heading', { name: englishBanner.title })).toBeTruthy();
    expect(warned()).toContainEqual(expect.stringContaining('messages.banner.rejectAll'));
  });

  it('given valid strings, should use them and warn about nothing', () => {
    render(
      <ConsentProvider store={store()} messages={{ banner: { rejectAll: 'Alle ablehnen' } }}>
        <ConsentBanner messages={{ acceptAll: 'Alle akzeptieren' }} />
      </ConsentProvider>,
    );
    expect(buttons()).toEqual(['Alle akzeptieren', 'Alle ablehnen', 'Customize']);
    expect(warnings).not.toHaveBeenCalled();
  });

  it("should keep a locale's table.units, the one entry that is an object", () => {
    render(
      <ConsentProvider store={store()} locale="ga" messages={ga}>
        <CookiePolicyTable />
      </ConsentProvider>,
    );
    // Irish names the year in its own words, in the dual: "2 bhliain".
    expect(screen.getByRole('rowheader', { name: '_ga' }).closest('tr')!.textContent).toContain('2 bhliain');
    expect(warnings).not.toHaveBeenCalled();
  });

  it("given a context whose dir is neither ltr nor rtl, should return 'ltr'", () => {
    let seen: unknown;
    function Probe() {
      seen = useMessages('Probe', 'banner', englishBanner).dir;
      return null;
    }
    render(
      <ConsentContext.Provider value={{ store: store() as never, messages: { dir: 'sideways', locale: 'en' } as unknown as PartialConsentMessages }}>
        <Probe />
      </ConsentContext.Provider>,
    );
    expect(seen).toBe('ltr');
  });
});
