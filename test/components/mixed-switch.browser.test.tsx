import '../../src/styles/index.css';
import { render, screen } from '@testing-library/react';
import { commands, userEvent } from 'vitest/browser';
import { axeViolations } from '../axe-violations';
import { CategoryToggle } from '../../src/components/category-toggle';
import { ConsentProvider } from '../../src/react/provider';
import { useTestPage } from '../browser-page';
import { newServiceStore, openServicePreferences } from './service-preferences';

// What a screen reader is told comes from Chromium's own accessibility tree, read over the
// DevTools protocol: that is where aria-checked="mixed" on a switch turns into "off".

useTestPage(() => delete document.documentElement.dataset.ckTheme);

const MIXED = 'Some services are on; switching on allows them all.';

/** A store where Analytics is granted with Hotjar refused (and Google Analytics granted). */
function partlyOn(store = newServiceStore()) {
  store.save({ analytics: true, 'service:hotjar': false } as never);
  return store;
}

/** The one switch named `name` in Chromium's accessibility tree. */
async function switchNode(name: string) {
  const nodes = await commands.accessibilityNodes('switch', name);
  expect(nodes, `switches named ${name}`).toHaveLength(1);
  return nodes[0]!;
}

const openPreferences = () => openServicePreferences(partlyOn);

describe('a category switch with some of its services on, as Chromium exposes it', () => {
  test('given the dialog, the browser should describe it as partly on, and a flip should turn every service on and drop the description', async () => {
    const { toggle } = await openPreferences();
    const partly = await switchNode('Analytics');
    // ARIA has no mixed switch: it is off, and the description says what is on.
    expect(partly.checked).toBe('false');
    expect(partly.description).toBe(`${MIXED} Counts visits.`);
    expect((await switchNode('Functional')).description).toBe('Remembers your settings.');
    expect((await switchNode('Google Analytics')).description).toBe('Usage statistics');

    await userEvent.click(toggle('Analytics'));
    await vi.waitFor(async () => expect(await switchNode('Analytics')).toMatchObject({ checked: 'true', description: 'Counts visits.' }));
    expect((await switchNode('Hotjar')).checked).toBe('true');
    expect((await switchNode('Google Analytics')).checked).toBe('true');
  });

  test('given the dialog partly on, should still look half on, apart from on and off', async () => {
    const { toggle } = await openPreferences();
    const look = (control: HTMLElement) => getComputedStyle(control).backgroundImage + getComputedStyle(control).backgroundColor;
    expect(look(toggle('Analytics'))).not.toBe(look(toggle('Google Analytics')));
    expect(look(toggle('Analytics'))).not.toBe(look(toggle('Hotjar')));
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`${theme}: the dialog with a partly-on category should have no axe violations`, async () => {
      document.documentElement.dataset.ckTheme = theme;
      await openPreferences();
      expect((await switchNode('Analytics')).description).toContain(MIXED);
      expect(await axeViolations()).toEqual([]);
    });
  }

  test('given CategoryToggle bound to the store, the browser should describe it as partly on, and no axe violation', async () => {
    render(
      <ConsentProvider store={partlyOn() as never}>
        <main>
          <h1>Account settings</h1>
          <CategoryToggle category={'analytics' as never} />
        </main>
      </ConsentProvider>,
    );
    await vi.waitFor(() => expect(screen.getByRole('switch', { name: 'Analytics' })).not.toBeDisabled());
    expect(await switchNode('Analytics')).toMatchObject({ checked: 'false', description: `${MIXED} Counts visits.` });
    expect(await axeViolations()).toEqual([]);
  });
});
