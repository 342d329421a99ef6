import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsentBanner } from '../../src/components/banner';
import { PrivacyChoicesLink } from '../../src/components/privacy-choices-link';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { shopConfig } from '../core/fixtures';

/** A page in `region` with the banner and the link in its footer, as the demo site has them. */
function page(region: string | undefined, gpc = false, storage = memoryAdapter(), models?: Parameters<typeof ConsentBanner>[0]['models']) {
  const store = createConsentStore(shopConfig, { storage, region, gpc, doNotTrack: false });
  render(
    <ConsentProvider store={store}>
      <ConsentBanner models={models} />
      <footer>
        <PrivacyChoicesLink />
      </footer>
    </ConsentProvider>,
  );
  return store;
}

const openChoices = async () => {
  await userEvent.click(screen.getByRole('button', { name: /Your Privacy Choices/ }));
  return screen.findByRole('dialog', { name: 'Your privacy choices' });
};

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => vi.restoreAllMocks());

describe('PrivacyChoicesLink and the banner per jurisdiction', () => {
  it.each([
    ['DE (opt-in)', 'DE', true],
    ['no region (opt-in)', undefined, true],
    ['US-CA (opt-out)', 'US-CA', false],
    ['US-WA (notice-only)', 'US-WA', false],
    ['JP (none)', 'JP', false],
  ])('first visit in %s: the banner shows only under opt-in', async (_, region, shown) => {
    page(region);
    await waitFor(() => expect(!!screen.queryByRole('region', { name: 'Cookie consent' })).toBe(shown));
  });

  it('given models that include opt-out, the banner shows in California too', async () => {
    page('US-CA', false, memoryAdapter(), ['opt-in', 'opt-out']);
    expect(await screen.findByRole('region', { name: 'Cookie consent' })).toBeTruthy();
  });

  it('the link carries its text and the opt-out icon with its alternative text (or none)', () => {
    render(
      <ConsentProvider store={createConsentStore(shopConfig, { storage: memoryAdapter(), region: 'US-CA' })}>
        <PrivacyChoicesLink />
        <PrivacyChoicesLink iconAlt="" />
        <PrivacyChoicesLink iconAlt="Opt-out icon" messages={{ link: 'Do Not Sell or Share My Personal Information' }} />
      </ConsentProvider>,
    );
    const [first, bare, custom] = screen.getAllByRole('button');
    expect(first!.textContent).toBe('Your Privacy Choices');
    expect(within(first!).getByRole('img').getAttribute('aria-label')).toBe('California Consumer Privacy Act (CCPA) Opt-Out Icon');
    expect(within(bare!).queryByRole('img')).toBeNull();
    expect([within(custom!).getByRole('img').getAttribute('aria-label'), custom!.textContent]).toEqual(['Opt-out icon', 'Do Not Sell or Share My Personal Information']);
  });

  it('first visit in California without GPC: the dialog shows the sale/sharing switch on, and nothing else', async () => {
    page('US-CA');
    const dialog = await openChoices();
    expect(within(dialog).getAllByRole('switch')).toEqual([within(dialog).getByRole('switch', { name: /Advertising/ })]);
    expect(within(dialog).getByRole('switch').getAttribute('aria-checked')).toBe('true');
    expect(within(dialog).queryByText(/Global Privacy Control/)).toBeNull();
  });

  it('first visit in California with GPC: the switch is off and the dialog says the signal was honoured', async () => {
    page('US-CA', true);
    const dialog = await openChoices();
    expect(within(dialog).getByRole('switch').getAttribute('aria-checked')).toBe('false');
    expect(within(dialog).getByText(/Global Privacy Control signal. We have honoured it/)).toBeTruthy();
  });

  it('given an opt-out made elsewhere while the dialog is open (another tab), should show it and confirm it, not sell again', async () => {
    const store = page('US-CA');
    const dialog = await openChoices();
    const sale = within(dialog).getByRole('switch');
    expect(sale.getAttribute('aria-checked')).toBe('true');
    act(() => store.save({ advertising: false }));
    expect(sale.getAttribute('aria-checked')).toBe('false');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm my choices' }));
    expect(store.isGranted('advertising')).toBe(false);
  });

  it('opt out, then opt in, from the dialog: each is stored and the other categories keep their choice', async () => {
    const store = page('US-CA');
    store.save({ analytics: true });
    let dialog = await openChoices();
    await userEvent.click(within(dialog).getByRole('switch'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm my choices' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect([store.isGranted('advertising'), store.isGranted('analytics'), store.getState().record?.model]).toEqual([false, true, 'opt-out']);
    dialog = await openChoices();
    expect(within(dialog).getByRole('switch').getAttribute('aria-checked')).toBe('false');
    await userEvent.click(within(dialog).getByRole('switch'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm my choices' }));
    expect([store.isGranted('advertising'), store.isGranted('analytics')]).toEqual([true, true]);
  });
});
