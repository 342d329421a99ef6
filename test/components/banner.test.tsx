import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsentBanner } from '../../src/components/banner';
import { ConsentPreferences } from '../../src/components/preferences';
import { ConsentSettingsButton } from '../../src/components/settings-button';
import { config, renderWithConsent, storedChoices } from './helpers';
import { createConsentStore } from '../../src/core/store';
import { render } from '@testing-library/react';
import { ConsentProvider } from '../../src/react/provider';

describe('ConsentBanner', () => {
  test('given an undecided visitor, should show a labelled region with Accept all and Reject all alike, then Customize', () => {
    renderWithConsent(<ConsentBanner />);
    const region = screen.getByRole('region', { name: 'Cookie consent' });
    expect(within(region).getByRole('heading', { name: 'We use cookies' })).toBeTruthy();
    expect(region.getAttribute('aria-describedby')).toBeTruthy();
    const buttons = within(region).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Customize']);
    for (const button of buttons) {
      expect(button.tagName).toBe('BUTTON');
      expect(button.getAttribute('type')).toBe('button');
    }
    // Same element, same classes for the two answers: no "dark pattern" where one looks lighter.
    // Customize, which decides nothing, is the secondary button.
    const [accept, reject, customize] = buttons;
    expect(accept!.className).toBe('ck-button');
    expect(reject!.className).toBe(accept!.className);
    expect(customize!.className).toBe('ck-button ck-button-secondary');
  });

  test('by default, should be a bar at the bottom edge', () => {
    renderWithConsent(<ConsentBanner />);
    const region = screen.getByRole('region', { name: 'Cookie consent' });
    expect(region.dataset.layout).toBe('bar');
    expect(region.hasAttribute('data-position')).toBe(false);
  });

  test('given layout="box" and a position, should be a labelled region marked with both for the theme', () => {
    renderWithConsent(<ConsentBanner layout="box" position="top-start" />);
    const region = screen.getByRole('region', { name: 'Cookie consent' });
    expect(region.tagName).toBe('DIV');
    expect(region.dataset.layout).toBe('box');
    expect(region.dataset.position).toBe('top-start');
  });

  test('given layout="modal", should render the blocking dialog, as the modal prop does', () => {
    const first = renderWithConsent(<ConsentBanner layout="modal" />);
    const dialog = screen.getByRole('dialog', { name: 'We use cookies' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.dataset.layout).toBe('modal');
    first.unmount();
    document.cookie = 'ck_consent=; Max-Age=0; Path=/';
    renderWithConsent(<ConsentBanner modal />);
    expect(screen.getByRole('dialog', { name: 'We use cookies' }).dataset.layout).toBe('modal');
  });

  test('given position="top", should keep a top scroll padding on the page while shown, and restore it when hidden', async () => {
    const user = userEvent.setup();
    document.documentElement.style.scrollPaddingTop = '7px';
    renderWithConsent(<ConsentBanner position="top" />);
    // jsdom has no layout, so the measured height is 0; the browser tests check the real value.
    expect(document.documentElement.style.scrollPaddingTop).toBe('0px');
    expect(document.documentElement.style.scrollPaddingBottom).toBe('');
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(document.documentElement.style.scrollPaddingTop).toBe('7px');
    document.documentElement.style.scrollPaddingTop = '';
  });

  test('given storage that has not answered yet, should render nothing until it does (no flash)', async () => {
    let answer!: (value: string | undefined) => void;
    const pending = new Promise<string | undefined>((resolve) => (answer = resolve));
    renderWithConsent(<ConsentBanner />, { store: { storage: { get: () => pending, set() {}, remove() {} } } });
    expect(screen.queryByRole('region')).toBeNull();
    await act(async () => answer(undefined));
    expect(screen.getByRole('region', { name: 'Cookie consent' })).toBeTruthy();
  });

  test('given a stored decision, should not render', async () => {
    const user = userEvent.setup();
    const first = renderWithConsent(<ConsentBanner />);
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    first.unmount();
    renderWithConsent(<ConsentBanner />);
    expect(screen.queryByRole('region')).toBeNull();
  });

  test('after Accept all, should store every category granted and hide', async () => {
    const user = userEvent.setup();
    renderWithConsent(<ConsentBanner />);
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(storedChoices()).toEqual({ essential: true, functional: true, analytics: true });
    expect(screen.queryByRole('region')).toBeNull();
  });

  test('after Reject all, should store only the required category and hide', async () => {
    const user = userEvent.setup();
    renderWithConsent(<ConsentBanner />);
    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(storedChoices()).toEqual({ essential: true, functional: false, analytics: false });
    expect(screen.queryByRole('region')).toBeNull();
  });

  test('after Customize, should open the preferences dialog and store nothing', async () => {
    const user = userEvent.setup();
    const { store } = renderWithConsent(
      <>
        <ConsentBanner />
        <ConsentPreferences />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Customize' }));
    expect(store.getState().preferencesOpen).toBe(true);
    expect(await screen.findByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy();
    expect(storedChoices()).toBeNull();
  });

  test('given the visitor ignores it and presses Escape, should grant nothing and keep asking', async () => {
    const user = userEvent.setup();
    const { store } = renderWithConsent(<ConsentBanner />);
    await user.keyboard('{Escape}');
    expect(store.getState().decided).toBe(false);
    expect(store.getState().choices).toEqual({ essential: 'granted', functional: 'undecided', analytics: 'undecided' });
    expect(storedChoices()).toBeNull();
    expect(screen.getByRole('region')).toBeTruthy();
  });

  test('while shown, should keep a bottom scroll padding on the page and remove it when hidden', async () => {
    const user = userEvent.setup();
    document.documentElement.style.scrollPaddingBottom = '';
    renderWithConsent(<ConsentBanner />);
    // jsdom has no layout, so the measured height is 0; the browser test checks the real value.
    expect(document.documentElement.style.scrollPaddingBottom).toBe('0px');
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(document.documentElement.style.scrollPaddingBottom).toBe('');
  });

  test('with modal, should render a labelled dialog that Escape does not dismiss', async () => {
    const user = userEvent.setup();
    renderWithConsent(<ConsentBanner modal />);
    const dialog = screen.getByRole('dialog', { name: 'We use cookies' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
    dialog.focus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'We use cookies' }).hasAttribute('open')).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Reject all' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(storedChoices()).toEqual({ essential: true, functional: false, analytics: false });
  });

  test('should apply className, classNames and per-instance messages', () => {
    renderWithConsent(
      <ConsentBanner className="mine" classNames={{ root: 'root', title: 't', description: 'd', actions: 'a', button: 'b' }} messages={{ acceptAll: 'Allow everything' }} />,
      { messages: { banner: { rejectAll: 'Only necessary' } } },
    );
    const region = screen.getByRole('region');
    expect(region.className).toBe('ck-banner mine root');
    expect(screen.getByRole('heading').className).toBe('ck-banner-title t');
    expect(screen.getByRole('button', { name: 'Allow everything' }).className).toBe('ck-button b');
    expect(screen.getByRole('button', { name: 'Only necessary' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Customize' })).toBeTruthy();
  });

  test('outside a provider, should throw an error naming the component', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<ConsentBanner />)).toThrow(/ConsentBanner must be used inside <ConsentProvider>/);
  });
});

describe('ConsentSettingsButton', () => {
  test('should be a "Cookie settings" button that reopens the preferences after a decision', async () => {
    const user = userEvent.setup();
    const store = createConsentStore(config);
    store.rejectAll();
    const onClick = vi.fn();
    render(
      <ConsentProvider store={store}>
        <ConsentSettingsButton className="footer-link" onClick={onClick} aria-describedby="x" />
        <ConsentPreferences />
      </ConsentProvider>,
    );
    const button = screen.getByRole('button', { name: 'Cookie settings' });
    expect(button.getAttribute('type')).toBe('button');
    expect(button.className).toBe('ck-settings-button footer-link');
    expect(button.getAttribute('aria-describedby')).toBe('x');
    await user.click(button);
    expect(onClick).toHaveBeenCalledOnce();
    expect(await screen.findByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy();
  });

  test('should stay closed when its onClick prevents the default', async () => {
    const user = userEvent.setup();
    const { store } = renderWithConsent(<ConsentSettingsButton onClick={(event) => event.preventDefault()}>Privacy</ConsentSettingsButton>);
    await user.click(screen.getByRole('button', { name: 'Privacy' }));
    expect(store.getState().preferencesOpen).toBe(false);
  });
});
