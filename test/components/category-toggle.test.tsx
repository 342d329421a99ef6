import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CategoryToggle } from '../../src/components/category-toggle';
import { config, findSwitch, renderWithConsent, slowStorage, storedChoices } from './helpers';

describe('CategoryToggle', () => {
  test('should be a switch named by the visible category title and described by its description', () => {
    renderWithConsent(<CategoryToggle category="analytics" id="analytics-switch" />);
    const toggle = screen.getByRole('switch', { name: 'Analytics' });
    expect(toggle.id).toBe('analytics-switch');
    expect(screen.getByText('Analytics').closest('label')?.htmlFor).toBe('analytics-switch');
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Service improvement/);
    expect(toggle.getAttribute('data-state')).toBe('unchecked');
  });

  test('given no checked props, should show the stored grant and save each flip', async () => {
    const user = userEvent.setup();
    const { store } = renderWithConsent(<CategoryToggle category="analytics" />);
    const toggle = await findSwitch('Analytics');
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(storedChoices()).toEqual({ essential: true, functional: false, analytics: true });
    await user.click(screen.getByText('Analytics'));
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(storedChoices()?.analytics).toBe(false);
    store.acceptAll();
    expect(await screen.findByRole('switch', { name: 'Analytics', checked: true })).toBeTruthy();
  });

  test('with defaultChecked, should keep its state locally and store nothing', async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    renderWithConsent(<CategoryToggle category="functional" defaultChecked onCheckedChange={onCheckedChange} />);
    const toggle = await findSwitch('Functional');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(onCheckedChange).toHaveBeenCalledWith(false);
    expect(storedChoices()).toBeNull();
  });

  test('with checked, should follow its owner and store nothing', async () => {
    const user = userEvent.setup();
    const seen: boolean[] = [];
    function Owner() {
      const [on, setOn] = useState(false);
      return <CategoryToggle category="functional" checked={on} onCheckedChange={(next) => (seen.push(next), setOn(next))} />;
    }
    renderWithConsent(
      <>
        <Owner />
        <CategoryToggle category="analytics" checked={false} />
      </>,
    );
    await user.click(await findSwitch('Functional'));
    expect(seen).toEqual([true]);
    expect(screen.getByRole('switch', { name: 'Functional' }).getAttribute('aria-checked')).toBe('true');
    // A controlled toggle whose owner ignores the change stays put.
    await user.click(await findSwitch('Analytics'));
    expect(screen.getByRole('switch', { name: 'Analytics' }).getAttribute('aria-checked')).toBe('false');
    expect(storedChoices()).toBeNull();
  });

  test('for a required category, should be checked, disabled and "Always active" whatever the props say', async () => {
    const user = userEvent.setup();
    renderWithConsent(<CategoryToggle category="essential" checked={false} className="row" />);
    const toggle = (await findSwitch('Essential')) as HTMLButtonElement;
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(toggle.disabled).toBe(true);
    expect(toggle.getAttribute('data-disabled')).toBe('');
    const root = toggle.closest('.ck-toggle')!;
    expect(root.className).toBe('ck-toggle row');
    expect(root.getAttribute('data-disabled')).toBe('');
    expect(root.getAttribute('data-state')).toBe('checked');
    expect(root.textContent).toContain('Always active');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
  });

  test('with disabled, should not change', async () => {
    const user = userEvent.setup();
    renderWithConsent(<CategoryToggle category="analytics" disabled />);
    await user.click(await findSwitch('Analytics'));
    expect(screen.getByRole('switch', { name: 'Analytics' }).getAttribute('aria-checked')).toBe('false');
    expect(storedChoices()).toBeNull();
  });

  test('while Radix Switch loads, should show the same name, state and description on a pending switch, then the operable one', async () => {
    // Fresh modules: React.lazy resolves once per module instance, and earlier tests loaded it.
    vi.resetModules();
    const fresh = {
      ...(await import('../../src/components/category-toggle')),
      ...(await import('../../src/react/provider')),
      ...(await import('../../src/core/store')),
      ...(await import('../../src/storage/memory')),
    };
    render(
      <fresh.ConsentProvider store={fresh.createConsentStore(config, { storage: fresh.memoryAdapter() })}>
        <fresh.CategoryToggle category="functional" defaultChecked />
      </fresh.ConsentProvider>,
    );
    const pending = screen.getByRole('switch', { name: 'Functional' }) as HTMLButtonElement;
    expect(pending.hasAttribute('data-pending')).toBe(true);
    expect(pending.getAttribute('aria-checked')).toBe('true');
    expect(pending.getAttribute('data-state')).toBe('checked');
    expect(document.getElementById(pending.getAttribute('aria-describedby')!)?.textContent).toMatch(/^User experience/);
    const ready = (await findSwitch('Functional')) as HTMLButtonElement;
    expect(ready.disabled).toBe(false);
    expect(ready.getAttribute('aria-checked')).toBe('true');
  });

  test('while stored consent is still loading, the store-bound switch should be disabled and save nothing; once loaded it shows and keeps the stored grants', async () => {
    const user = userEvent.setup();
    const { storage, answer } = slowStorage({ functional: false, analytics: true });
    const { store } = renderWithConsent(
      <>
        <CategoryToggle category="functional" />
        <CategoryToggle category="analytics" defaultChecked={false} />
      </>,
      { store: { storage } },
    );
    const functional = (await findSwitch('Functional')) as HTMLButtonElement;
    expect(store.getState().status).toBe('loading');
    expect(functional.disabled).toBe(true);
    expect(functional.getAttribute('data-disabled')).toBe('');
    expect(functional.closest('.ck-toggle')?.getAttribute('data-disabled')).toBe('');
    await user.click(functional);
    expect(store.getState()).toMatchObject({ status: 'loading', decided: false });
    // A toggle that saves nothing has nothing to wait for.
    expect(((await findSwitch('Analytics')) as HTMLButtonElement).disabled).toBe(false);

    await answer();
    expect(functional.disabled).toBe(false);
    expect(functional.hasAttribute('data-disabled')).toBe(false);
    expect(functional.getAttribute('aria-checked')).toBe('false');
    await user.click(functional);
    expect(store.getState().choices).toMatchObject({ functional: 'granted', analytics: 'granted' });
  });

  test('given an undeclared category, should throw an error that names it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderWithConsent(<CategoryToggle category="marketing" />)).toThrow(/CategoryToggle: "marketing" is not a declared category/);
  });
});
