import { useState } from 'react';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsentBanner } from '../../src/components/banner';
import { ConsentPreferences } from '../../src/components/preferences';
import { ConsentSettingsButton } from '../../src/components/settings-button';
import { renderWithConsent, slowStorage, storedChoices } from './helpers';

const setup = (ui = <ConsentPreferences />) => {
  const user = userEvent.setup();
  const rendered = renderWithConsent(
    <>
      <ConsentBanner />
      {ui}
    </>,
  );
  const open = async () => {
    await user.click(screen.getByRole('button', { name: 'Customize' }));
    return screen.findByRole('dialog', { name: 'Cookie preferences' });
  };
  return { user, open, ...rendered };
};

const switches = (dialog: HTMLElement) => within(dialog).getAllByRole('switch');

describe('ConsentPreferences', () => {
  test('given a decision that changes while it is open (a reset, another tab), should show it on the switches the person has not touched, and save that', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    act(() => store.openPreferences());
    const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    const analytics = within(dialog).getByRole('switch', { name: 'Analytics' });
    expect(analytics.getAttribute('aria-checked')).toBe('true');
    // The person turns Functional off; then the decision is withdrawn elsewhere.
    await user.click(within(dialog).getByRole('switch', { name: 'Functional' }));
    act(() => store.reset());
    // Analytics, untouched, shows the withdrawal; Functional keeps the person's edit.
    expect(analytics.getAttribute('aria-checked')).toBe('false');
    expect(within(dialog).getByRole('switch', { name: 'Functional' }).getAttribute('aria-checked')).toBe('false');
    await user.click(within(dialog).getByRole('button', { name: 'Save preferences' }));
    // Save stores what the switches showed, not the grant from before the withdrawal.
    expect(storedChoices()).toEqual({ essential: true, functional: false, analytics: false });
  });


  test('before it is opened, should render nothing (its code loads on first open)', () => {
    setup();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('when opened, should be a modal dialog labelled by its heading and described by its text', async () => {
    const { open } = setup();
    const dialog = await open();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const heading = within(dialog).getByRole('heading', { name: 'Cookie preferences' });
    expect(dialog.getAttribute('aria-labelledby')).toBe(heading.id);
    const description = document.getElementById(dialog.getAttribute('aria-describedby')!);
    expect(description?.textContent).toMatch(/Choose which kinds of cookies/);
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  test('should list one row per category with a named, described switch and its cookies', async () => {
    const { open } = setup();
    const dialog = await open();
    const items = within(dialog).getAllByRole('listitem').filter((li) => li.classList.contains('ck-category'));
    expect(items).toHaveLength(3);
    expect(switches(dialog).map((s) => (s as HTMLButtonElement).labels[0]?.textContent)).toEqual(['Essential', 'Functional', 'Analytics']);
    const analytics = within(dialog).getByRole('switch', { name: 'Analytics' });
    expect(analytics.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(analytics.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Service improvement/);
    const summary = within(items[2]!).getByText('Cookies used (3)');
    expect(summary.tagName).toBe('SUMMARY');
    expect(within(items[2]!).getByText('_gid').closest('li')?.textContent).toContain('24 hours');
  });

  test('should order its buttons as the banner does: Accept all, Reject all (alike), then Save preferences (secondary)', async () => {
    const { open } = setup();
    const dialog = await open();
    const footer = dialog.querySelector<HTMLElement>('.ck-dialog-footer')!;
    const buttons = within(footer).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Save preferences']);
    expect(buttons.map((b) => b.className)).toEqual(['ck-button', 'ck-button', 'ck-button ck-button-secondary']);
  });

  test('should give each category a disclosure named by its title that opens and closes its description on narrow screens', async () => {
    const { open, user } = setup();
    const dialog = await open();
    const disclosure = within(dialog).getByRole('button', { name: 'Functional', expanded: false });
    const row = disclosure.closest('li')!;
    expect(row.hasAttribute('data-expanded')).toBe(false);
    await user.click(disclosure);
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    expect(row.hasAttribute('data-expanded')).toBe(true);
    // Only this category opened.
    expect(within(dialog).getByRole('button', { name: 'Analytics' }).getAttribute('aria-expanded')).toBe('false');
    await user.click(disclosure);
    expect(row.hasAttribute('data-expanded')).toBe(false);
    // The switch keeps its own name and description whichever way the disclosure is.
    expect(within(row).getByRole('switch', { name: 'Functional' }).getAttribute('aria-describedby')).toBeTruthy();
  });

  test('should show the required category as checked, disabled and "Always active"', async () => {
    const { open } = setup();
    const dialog = await open();
    const essential = within(dialog).getByRole('switch', { name: 'Essential' });
    expect(essential.getAttribute('aria-checked')).toBe('true');
    expect((essential as HTMLButtonElement).disabled).toBe(true);
    expect(essential.getAttribute('data-disabled')).toBe('');
    expect(essential.closest('.ck-toggle')?.textContent).toContain('Always active');
    const describedBy = essential.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(describedBy[0]).toBe('Always active');
  });

  test('should render each piece of config text in its own <bdi>, apart from the library\'s words', async () => {
    const { open } = setup();
    const dialog = await open();
    for (const text of ['Essential', 'Analytics', '_gid', 'Google Analytics session ID']) expect(within(dialog).getByText(text).tagName).toBe('BDI');
    expect(within(dialog).getByText(/^Service improvement/).tagName).toBe('BDI');
    expect(within(dialog).getByText('Always active').closest('bdi')).toBeNull();
    expect(within(dialog).getAllByText('24 hours')[0]!.closest('bdi')).toBeNull();
  });

  test('given an undecided visitor, should start every optional switch off (no pre-ticked boxes)', async () => {
    const { open } = setup();
    const dialog = await open();
    expect(within(dialog).getByRole('switch', { name: 'Functional' }).getAttribute('aria-checked')).toBe('false');
    expect(within(dialog).getByRole('switch', { name: 'Analytics' }).getAttribute('aria-checked')).toBe('false');
  });

  test('toggling alone should change the switch but store nothing', async () => {
    const { open, user, store } = setup();
    const dialog = await open();
    const analytics = within(dialog).getByRole('switch', { name: 'Analytics' });
    await user.click(analytics);
    expect(analytics.getAttribute('aria-checked')).toBe('true');
    expect(analytics.getAttribute('data-state')).toBe('checked');
    expect(storedChoices()).toBeNull();
    expect(store.getState().choices.analytics).toBe('undecided');
  });

  test('Save should store exactly the chosen subset, close, and hide the banner', async () => {
    const { open, user } = setup();
    const dialog = await open();
    await user.click(within(dialog).getByRole('switch', { name: 'Analytics' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save preferences' }));
    expect(storedChoices()).toEqual({ essential: true, functional: false, analytics: true });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
    // The opener (Customize) is gone with the banner: focus is not left on a removed node.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(document.activeElement).toBe(document.body);
  });

  test('when reopened, should show the saved state', async () => {
    const { open, user } = setup(
      <>
        <ConsentPreferences />
        <ConsentSettingsButton />
      </>,
    );
    const dialog = await open();
    await user.click(within(dialog).getByRole('switch', { name: 'Functional' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save preferences' }));
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    const again = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    expect(within(again).getByRole('switch', { name: 'Functional' }).getAttribute('aria-checked')).toBe('true');
    expect(within(again).getByRole('switch', { name: 'Analytics' }).getAttribute('aria-checked')).toBe('false');
  });

  test('Escape should close without saving the draft, and a reopen starts from the stored state', async () => {
    const { open, user, store } = setup();
    let dialog = await open();
    await user.click(within(dialog).getByRole('switch', { name: 'Analytics' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(storedChoices()).toBeNull();
    expect(store.getState().decided).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Customize' }));
    dialog = await open();
    expect(within(dialog).getByRole('switch', { name: 'Analytics' }).getAttribute('aria-checked')).toBe('false');
  });

  test('the close button should close without saving', async () => {
    const { open, user } = setup();
    const dialog = await open();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(storedChoices()).toBeNull();
  });

  test('Accept all and Reject all in the dialog should persist', async () => {
    const { open, user } = setup(
      <>
        <ConsentPreferences />
        <ConsentSettingsButton />
      </>,
    );
    let dialog = await open();
    await user.click(within(dialog).getByRole('button', { name: 'Accept all' }));
    expect(storedChoices()).toEqual({ essential: true, functional: true, analytics: true });
    await user.click(screen.getByRole('button', { name: 'Cookie settings' }));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Reject all' }));
    expect(storedChoices()).toEqual({ essential: true, functional: false, analytics: false });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('should be controllable with open / onOpenChange', async () => {
    const user = userEvent.setup();
    const changes: boolean[] = [];
    function Controlled() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Manage
          </button>
          <ConsentPreferences
            open={open}
            onOpenChange={(next) => {
              changes.push(next);
              setOpen(next);
            }}
            classNames={{ content: 'panel', button: 'btn' }}
            messages={{ title: 'Your privacy choices' }}
          />
        </>
      );
    }
    renderWithConsent(<Controlled />);
    await user.click(screen.getByRole('button', { name: 'Manage' }));
    const dialog = await screen.findByRole('dialog', { name: 'Your privacy choices' });
    expect(dialog.className).toBe('ck-dialog panel');
    expect(within(dialog).getByRole('button', { name: 'Accept all' }).className).toBe('ck-button btn');
    expect(within(dialog).getByRole('button', { name: 'Save preferences' }).className).toBe('ck-button ck-button-secondary btn');
    await user.keyboard('{Escape}');
    expect(changes).toEqual([false]);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Manage' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save preferences' }));
    expect(changes).toEqual([false, false]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(storedChoices()).toEqual({ essential: true, functional: false, analytics: false });
  });

  test('opened while stored consent is still loading, should disable the switches and every saving button, then show the stored choices', async () => {
    const user = userEvent.setup();
    const { storage, answer } = slowStorage({ functional: false, analytics: true });
    const { store } = renderWithConsent(<ConsentPreferences defaultOpen />, { store: { storage } });
    const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    const saving = ['Accept all', 'Reject all', 'Save preferences'].map((name) => within(dialog).getByRole('button', { name }) as HTMLButtonElement);
    expect(saving.map((button) => button.disabled)).toEqual([true, true, true]);
    for (const name of ['Functional', 'Analytics']) {
      const toggle = within(dialog).getByRole('switch', { name }) as HTMLButtonElement;
      expect(toggle.disabled).toBe(true);
      expect(toggle.getAttribute('data-disabled')).toBe('');
    }
    await user.click(saving[1]!);
    expect(store.getState()).toMatchObject({ status: 'loading', decided: false, preferencesOpen: true });

    await answer();
    expect(saving.map((button) => button.disabled)).toEqual([false, false, false]);
    const analytics = within(dialog).getByRole('switch', { name: 'Analytics' }) as HTMLButtonElement;
    expect(analytics.disabled).toBe(false);
    expect(analytics.getAttribute('aria-checked')).toBe('true');
    await user.click(within(dialog).getByRole('button', { name: 'Save preferences' }));
    expect(store.getState().choices).toMatchObject({ functional: 'denied', analytics: 'granted' });
  });

  test('with defaultOpen, should open on mount through the store', async () => {
    const { store } = renderWithConsent(<ConsentPreferences defaultOpen />);
    expect(await screen.findByRole('dialog')).toBeTruthy();
    expect(store.getState().preferencesOpen).toBe(true);
  });
});
