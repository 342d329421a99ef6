import '../../src/styles/index.css';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../axe-violations';
import { CategoryToggle } from '../../src/components/category-toggle';
import { ConsentProvider } from '../../src/react/provider';
import { serviceConfig } from '../core/fixtures';
import { useTestPage } from '../browser-page';
import { newServiceStore, openServicePreferences } from './service-preferences';

// Real browser events are not wrapped in act(); tests wait for the DOM instead.
useTestPage(() => delete document.documentElement.dataset.ckTheme);

const openPreferences = openServicePreferences;

describe('the preferences dialog: services under their category', () => {
  test("each service links its own privacy policy, outside the switch's description", async () => {
    const { dialog, toggle } = await openPreferences();
    for (const service of serviceConfig.services.filter((s) => s.id)) {
      expect(within(dialog).getByRole('link', { name: `${service.name} privacy policy` })).toHaveAttribute('href', service.privacyPolicyUrl);
    }
    expect(toggle('Hotjar')).toHaveAccessibleDescription('Heatmaps');
    expect(await axeViolations()).toEqual([]);
  });

  test('should show each service with an id as a switch in a group named by its category; a required category\'s services are on and locked', async () => {
    const { dialog, toggle } = await openPreferences();
    const analytics = within(dialog).getByRole('group', { name: 'Analytics' });
    expect(within(analytics).getAllByRole('switch')).toEqual([
      within(analytics).getByRole('switch', { name: 'Google Analytics' }),
      within(analytics).getByRole('switch', { name: 'Hotjar' }),
    ]);
    // Each is described by its purpose.
    expect(toggle('Hotjar')).toHaveAccessibleDescription('Heatmaps');
    expect(toggle('Stripe')).toHaveAttribute('aria-checked', 'true');
    expect(toggle('Stripe')).toBeDisabled();
    // A service without an id (Cloudflare) is only listed in the policy; a category without services has no group.
    expect(within(dialog).queryByRole('switch', { name: 'Cloudflare' })).toBeNull();
    expect(within(dialog).queryByRole('group', { name: 'Functional' })).toBeNull();
    // Nothing is pre-ticked before a decision.
    expect([toggle('Analytics'), toggle('Google Analytics'), toggle('Hotjar')].map((control) => control.getAttribute('aria-checked'))).toEqual(['false', 'false', 'false']);
  });

  test('a category switch should set all its services, and one service off should show the category as mixed', async () => {
    const { toggle } = await openPreferences();
    await userEvent.click(toggle('Analytics'));
    expect([toggle('Analytics'), toggle('Google Analytics'), toggle('Hotjar')].map((control) => control.getAttribute('aria-checked'))).toEqual(['true', 'true', 'true']);

    await userEvent.click(toggle('Hotjar'));
    // Drawn half on; read as off (ARIA has no mixed switch), its description saying some are on.
    expect(toggle('Analytics')).toHaveAttribute('data-state', 'mixed');
    expect(toggle('Analytics')).toHaveAttribute('aria-checked', 'false');
    expect(toggle('Analytics')).toHaveAccessibleDescription(/^Some services are on/);
    expect(toggle('Analytics').closest('.ck-category')).toHaveAttribute('data-state', 'mixed');
    // Half on looks different from on and from off.
    const colours = (control: HTMLElement) => getComputedStyle(control).backgroundImage + getComputedStyle(control).backgroundColor;
    expect(colours(toggle('Analytics'))).not.toBe(colours(toggle('Google Analytics')));
    expect(colours(toggle('Analytics'))).not.toBe(colours(toggle('Hotjar')));

    // From mixed, a flip turns them all on; another turns them all off.
    await userEvent.click(toggle('Analytics'));
    expect([toggle('Analytics'), toggle('Google Analytics'), toggle('Hotjar')].map((control) => control.getAttribute('aria-checked'))).toEqual(['true', 'true', 'true']);
    await userEvent.click(toggle('Analytics'));
    expect([toggle('Analytics'), toggle('Google Analytics'), toggle('Hotjar')].map((control) => control.getAttribute('aria-checked'))).toEqual(['false', 'false', 'false']);
  });

  test('a service switched on should turn its category on (mixed), and the last one switched off should turn it off', async () => {
    const { toggle } = await openPreferences();
    await userEvent.click(toggle('Google Analytics'));
    expect(toggle('Analytics')).toHaveAttribute('data-state', 'mixed');
    await userEvent.click(toggle('Hotjar'));
    expect(toggle('Analytics')).toHaveAttribute('aria-checked', 'true');
    await userEvent.click(toggle('Hotjar'));
    await userEvent.click(toggle('Google Analytics'));
    expect(toggle('Analytics')).toHaveAttribute('aria-checked', 'false');
  });

  test('after saving one service off in a granted category, the store should keep it denied and the category granted, and its cookies should be gone', async () => {
    const { store, dialog, toggle } = await openPreferences((store) => store.acceptAll());
    document.cookie = '_hjSessionUser_42=abc; Path=/';
    document.cookie = '_ga=GA1.1; Path=/';
    expect(toggle('Analytics')).toHaveAttribute('aria-checked', 'true');
    await userEvent.click(toggle('Hotjar'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save preferences' }));
    expect(store.isGranted('analytics')).toBe(true);
    expect(store.isGranted('service:ga' as never)).toBe(true);
    expect(store.isGranted('service:hotjar' as never)).toBe(false);
    expect(document.cookie).not.toContain('_hjSessionUser_42');
    expect(document.cookie).toContain('_ga=GA1.1');

    // Opened again, the dialog shows the stored mixed state.
    store.openPreferences();
    const reopened = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    expect(within(reopened).getByRole('switch', { name: 'Analytics' })).toHaveAttribute('data-state', 'mixed');
    expect(within(reopened).getByRole('switch', { name: 'Hotjar' })).toHaveAttribute('aria-checked', 'false');
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const dir of ['ltr', 'rtl'] as const) {
      test(`${theme} ${dir}: the dialog with a mixed category and its services has no axe violations`, async () => {
        document.documentElement.dataset.ckTheme = theme;
        const { toggle } = await openPreferences((store) => store.save({ analytics: true, 'service:hotjar': false } as never), dir === 'rtl' ? dir : undefined);
        expect(toggle('Analytics')).toHaveAttribute('data-state', 'mixed');
        await Promise.all(document.getAnimations().map((animation) => animation.finished));
        expect(await axeViolations()).toEqual([]);
      });
    }
  }
});

describe('CategoryToggle bound to the store', () => {
  test('should read mixed while its category is granted with a service refused, and a flip should grant every service', async () => {
    const store = newServiceStore();
    store.save({ analytics: true, 'service:hotjar': false } as never);
    render(
      <ConsentProvider store={store as never}>
        <CategoryToggle category={'analytics' as never} />
      </ConsentProvider>,
    );
    // The Radix switch replaces the pending one once its code has loaded.
    await vi.waitFor(() => expect(screen.getByRole('switch', { name: 'Analytics' })).not.toBeDisabled());
    expect(screen.getByRole('switch', { name: 'Analytics' })).toHaveAttribute('data-state', 'mixed');
    await userEvent.click(screen.getByRole('switch', { name: 'Analytics' }));
    expect(store.isGranted('service:hotjar' as never)).toBe(true);
    expect(screen.getByRole('switch', { name: 'Analytics' })).toHaveAttribute('aria-checked', 'true');
  });
});
