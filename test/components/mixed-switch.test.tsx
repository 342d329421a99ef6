import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CategoryToggle } from '../../src/components/category-toggle';
import type { PartialConsentMessages } from '../../src/components/messages';
import { ConsentPreferences } from '../../src/components/preferences';
import { createConsentStore } from '../../src/core/store';
import { de } from '../../src/locales/de';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { serviceConfig } from '../core/fixtures';
import { findSwitch } from './helpers';

// A switch has no mixed state in ARIA: a screen reader hears "off" for a category that is partly
// on. The description has to tell what the half-drawn switch shows.

const MIXED = 'Some services are on; switching on allows them all.';

/** The description a screen reader reads after the switch's name and state: its aria-describedby, resolved. */
const description = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent?.trim())
    .join(' ');

/** A store where Analytics is granted with Hotjar refused (and Google Analytics granted). */
function partlyOn() {
  const store = createConsentStore(serviceConfig, { storage: memoryAdapter(), gpc: false, doNotTrack: false });
  store.save({ analytics: true, 'service:hotjar': false } as never);
  return store;
}

async function openDialog(messages?: PartialConsentMessages) {
  const store = partlyOn();
  render(
    <ConsentProvider store={store as never} messages={messages}>
      <ConsentPreferences />
    </ConsentProvider>,
  );
  act(() => store.openPreferences());
  const dialog = await screen.findByRole('dialog');
  return { store, dialog, toggle: (name: string) => within(dialog).getByRole('switch', { name }) };
}

describe('a category switch with some of its services on', () => {
  test('given the dialog, should be described as partly on before its own description, and read as off rather than an unsupported "mixed"', async () => {
    const { toggle } = await openDialog();
    expect(description(toggle('Analytics'))).toBe(`${MIXED} Counts visits.`);
    expect(toggle('Analytics').getAttribute('aria-checked')).toBe('false');
    // Drawn half on all the same.
    expect(toggle('Analytics').getAttribute('data-state')).toBe('mixed');
    // Nothing about it is shown: the drawing is the visible form.
    expect(screen.getByText(MIXED).hidden).toBe(true);
  });

  test('given the dialog, should not describe a switch that is wholly on or off as partly on', async () => {
    const { toggle } = await openDialog();
    expect(description(toggle('Functional'))).toBe('Remembers your settings.');
    expect(description(toggle('Google Analytics'))).toBe('Usage statistics');
    expect(description(toggle('Hotjar'))).toBe('Heatmaps');
    expect(description(toggle('Essential'))).toBe('Always active Login and security.');
  });

  test('after a flip in the dialog, should turn every service of the category on and drop the partial description; saved, the services are granted', async () => {
    const user = userEvent.setup();
    const { store, dialog, toggle } = await openDialog();
    await user.click(toggle('Analytics'));
    expect([toggle('Analytics'), toggle('Google Analytics'), toggle('Hotjar')].map((control) => control.getAttribute('aria-checked'))).toEqual(['true', 'true', 'true']);
    expect(description(toggle('Analytics'))).toBe('Counts visits.');
    // One service off again: partly on, and described so once more.
    await user.click(toggle('Hotjar'));
    expect(description(toggle('Analytics'))).toBe(`${MIXED} Counts visits.`);
    await user.click(toggle('Analytics'));
    await user.click(within(dialog).getByRole('button', { name: 'Save preferences' }));
    expect(store.isGranted('service:hotjar' as never)).toBe(true);
    expect(store.isGranted('service:ga' as never)).toBe(true);
  });

  test("given a locale, should describe the partial state in the locale's words", async () => {
    const { toggle } = await openDialog(de);
    const analytics = toggle('Analytics');
    expect(description(analytics)).toBe(`${de.toggle.mixed} Counts visits.`);
  });

  test('given CategoryToggle bound to the store, should be described as partly on, and a flip should grant every service', async () => {
    const user = userEvent.setup();
    const store = partlyOn();
    render(
      <ConsentProvider store={store as never}>
        <CategoryToggle category={'analytics' as never} />
      </ConsentProvider>,
    );
    const toggle = await findSwitch('Analytics');
    expect(description(toggle)).toBe(`${MIXED} Counts visits.`);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    await user.click(toggle);
    expect(store.isGranted('service:hotjar' as never)).toBe(true);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(description(toggle)).toBe('Counts visits.');
  });

  test('given a controlled mixed CategoryToggle with its own text, should read that text, also on the switch shown while Radix loads', async () => {
    render(
      <ConsentProvider store={partlyOn() as never}>
        <CategoryToggle category={'analytics' as never} checked="mixed" messages={{ mixed: 'Partly on.' }} />
      </ConsentProvider>,
    );
    expect(description(screen.getByRole('switch', { name: 'Analytics' }))).toBe('Partly on. Counts visits.');
    expect(description(await findSwitch('Analytics'))).toBe('Partly on. Counts visits.');
  });
});
