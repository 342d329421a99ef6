import '../../src/styles/index.css';
import { cleanup, render, screen, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import type { ConsentMessages } from '../../src/components/messages';
import { ConsentBanner } from '../../src/components/banner';
import { ConsentPreferences } from '../../src/components/preferences';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { balancedMasteringConfig as config } from '../../stories/demo/balanced-mastering';
import { measureBanner, PHONE, visibleSwitches } from './screen-share';

// Every shipped locale, found on disk: a locale added later is measured without touching this file.
const LOCALES = Object.values(import.meta.glob<Record<string, ConsentMessages>>('../../src/locales/*.ts', { eager: true })).flatMap(
  (module) => Object.values(module),
);

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  document.body.style.margin = '0';
  document.body.style.fontFamily = 'system-ui, sans-serif';
});
afterEach(() => {
  cleanup();
  document.documentElement.style.cssText = '';
});

const renderConsent = (ui: React.ReactNode, messages?: Partial<ConsentMessages>) =>
  render(
    <ConsentProvider store={createConsentStore(config, { storage: memoryAdapter() })} messages={messages}>
      {ui}
    </ConsentProvider>,
  );

test('there is more than one shipped locale to measure', () => {
  expect(LOCALES.map((messages) => messages.locale)).toEqual(expect.arrayContaining(['en', 'de']));
});

describe('at 375 × 667 (a phone in portrait)', () => {
  for (const messages of LOCALES) {
    test(`${messages.locale}: the banner covers at most 40% of the screen, with every button in view`, async () => {
      const share = await measureBanner(messages);
      expect(share.share).toBeLessThanOrEqual(0.4);
      expect(share.buttonsVisible).toBe(true);
    });

    test(`${messages.locale}: the preferences show at least three categories' switches without scrolling`, async () => {
      expect(await visibleSwitches(messages)).toBeGreaterThanOrEqual(3);
    });
  }

  test('in English the whole banner text shows at once: nothing to scroll, and no extra stop for the Tab key', async () => {
    const share = await measureBanner();
    expect(share.textScrolls).toBe(false);
    expect(share.share).toBeLessThan(0.4);
    await page.viewport(PHONE.width, PHONE.height);
    renderConsent(<ConsentBanner />);
    const text = document.querySelector<HTMLElement>('.ck-banner-text')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text.tabIndex).toBe(-1);
  });

  test('the preferences are a full-height sheet with a two-column footer: Accept all beside Reject all, Save preferences below', async () => {
    await page.viewport(PHONE.width, PHONE.height);
    renderConsent(<ConsentPreferences defaultOpen />);
    const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    const box = dialog.getBoundingClientRect();
    expect([box.top, box.left, box.width, box.height]).toEqual([0, 0, PHONE.width, PHONE.height]);
    const [accept, reject, save] = ['Accept all', 'Reject all', 'Save preferences'].map((name) =>
      within(dialog).getByRole('button', { name }).getBoundingClientRect(),
    );
    expect(accept!.top).toBe(reject!.top);
    expect(accept!.width).toBeCloseTo(reject!.width, 1);
    expect(save!.top).toBeGreaterThanOrEqual(accept!.bottom);
    expect(save!.bottom).toBeLessThanOrEqual(PHONE.height);
  });

  test('category descriptions are collapsed until their disclosure opens them', async () => {
    await page.viewport(PHONE.width, PHONE.height);
    renderConsent(<ConsentPreferences defaultOpen />);
    const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    const analytics = within(dialog).getByRole('switch', { name: 'Analytics' });
    const description = document.getElementById(analytics.getAttribute('aria-describedby')!)!;
    expect(description).not.toBeVisible();
    // Still the switch's description for a screen reader.
    expect(analytics).toHaveAccessibleDescription(/^Service improvement/);
    const disclosure = within(dialog).getByRole('button', { name: 'Analytics', expanded: false });
    expect(disclosure.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    await userEvent.click(disclosure);
    expect(description).toBeVisible();
    expect(within(description.closest('li')!).getByText(/Cookies used/)).toBeVisible();
    await userEvent.click(disclosure);
    expect(description).not.toBeVisible();
  });
});

test('on a wide screen the dialog is a centred card with every description shown and no disclosures', async () => {
  await page.viewport(1280, 800);
  renderConsent(<ConsentPreferences defaultOpen />);
  const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
  const box = dialog.getBoundingClientRect();
  expect(box.width).toBeLessThan(1280);
  expect(box.left + box.width / 2).toBeCloseTo(640, 0);
  expect(within(dialog).getByText(/^Service improvement/)).toBeVisible();
  expect(within(dialog).queryByRole('button', { name: 'Analytics' })).toBeNull();
});

test('the banner lays out from its container, not the viewport: in a narrow column of a wide screen it stacks as on a phone', async () => {
  await page.viewport(1280, 800);
  renderConsent(
    // A transform makes the column the containing block of the fixed banner, as in a design tool's frame.
    <div style={{ width: 340, height: 600, transform: 'translateZ(0)' }}>
      <ConsentBanner />
    </div>,
  );
  const region = screen.getByRole('region', { name: 'Cookie consent' });
  expect(region.getBoundingClientRect().width).toBe(340);
  const [accept, reject, customize] = within(region).getAllByRole('button').map((b) => b.getBoundingClientRect());
  expect(accept!.top).toBe(reject!.top);
  expect(customize!.top).toBeGreaterThanOrEqual(accept!.bottom);
  // Each answer on one line: no button wraps its label.
  for (const box of [accept!, reject!, customize!]) expect(box.height).toBeLessThan(50);
  expect(region.querySelector('.ck-banner-text')!.getBoundingClientRect().bottom).toBeLessThanOrEqual(accept!.top);
});
