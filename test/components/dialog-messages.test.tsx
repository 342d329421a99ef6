import type { MockInstance } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { CategoryToggle } from '../../src/components/category-toggle';
import type { PartialConsentMessages } from '../../src/components/messages';
import { ConsentPreferences, type ConsentPreferencesProps } from '../../src/components/preferences';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { serviceConfig } from '../core/fixtures';
import { config as policyConfig, findSwitch } from './helpers';

// The lazily loaded dialogs resolve their text apart from `useMessages` (they may share no module
// with the first load), so a missing translation or CMS JSON must be held off there as well.

let warnings: MockInstance<typeof console.warn>;
beforeEach(() => {
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const warned = () => warnings.mock.calls.map((call) => String(call[0]));

async function openDialog(messages: PartialConsentMessages | undefined, props: ConsentPreferencesProps = {}, config: Parameters<typeof createConsentStore>[0] = policyConfig) {
  const store = createConsentStore(config, { storage: memoryAdapter() });
  render(
    <ConsentProvider store={store} messages={messages}>
      <ConsentPreferences {...props} />
    </ConsentProvider>,
  );
  act(() => store.openPreferences());
  return screen.findByRole('dialog', { name: 'Cookie preferences' });
}

const footer = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('button')
    .filter((button) => button.classList.contains('ck-button'))
    .map((button) => button.textContent);

describe('the preferences dialog with hostile messages', () => {
  it("given an undefined preferences.rejectAll on the provider (a missing translation), should keep Reject all named, and warn naming the key", async () => {
    const dialog = await openDialog({ preferences: { acceptAll: 'Alle akzeptieren', rejectAll: undefined } });
    expect(footer(dialog)).toEqual(['Alle akzeptieren', 'Reject all', 'Save preferences']);
    expect(within(dialog).getByRole('button', { name: 'Reject all' })).toBeTruthy();
    expect(warned()).toContainEqual(expect.stringContaining('messages.preferences.rejectAll'));
  });

  it("given an undefined rejectAll in ConsentPreferences' own messages, should keep Reject all named", async () => {
    const dialog = await openDialog(undefined, { messages: { rejectAll: undefined, save: '' } });
    expect(footer(dialog)).toEqual(['Accept all', 'Reject all', 'Save preferences']);
  });

  it('given objects and non-strings (CMS JSON), should render the defaults instead of crashing', async () => {
    const dialog = await openDialog(JSON.parse('{"preferences":{"title":{"text":"Cookies"},"acceptAll":null,"close":7}}'));
    expect(footer(dialog)).toEqual(['Accept all', 'Reject all', 'Save preferences']);
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('given a bad toggle entry, should keep "Always active" on the required category', async () => {
    const dialog = await openDialog(JSON.parse('{"toggle":{"alwaysActive":{"de":"Immer aktiv"}}}'));
    expect(within(dialog).getAllByText('Always active')).toHaveLength(1);
  });

  it('given an undefined table.session, should keep "Session" as the duration of session cookies', async () => {
    const dialog = await openDialog({ table: { session: undefined } });
    expect(within(dialog).getAllByText('Session')).toHaveLength(2);
  });

  it("given an object table.privacyPolicyLink, should keep each service's privacy policy link instead of crashing", async () => {
    const dialog = await openDialog(JSON.parse('{"table":{"privacyPolicyLink":{"text":"x"}}}'), {}, serviceConfig);
    expect(within(dialog).getByRole('link', { name: 'Stripe privacy policy' })).toBeTruthy();
  });
});

describe('the standalone CategoryToggle with hostile messages', () => {
  it('given an undefined alwaysActive, should keep the default', async () => {
    const store = createConsentStore(policyConfig, { storage: memoryAdapter() });
    render(
      <ConsentProvider store={store}>
        <CategoryToggle category="essential" messages={{ alwaysActive: undefined }} />
      </ConsentProvider>,
    );
    await findSwitch('Essential');
    expect(screen.getByText('Always active')).toBeTruthy();
  });
});
