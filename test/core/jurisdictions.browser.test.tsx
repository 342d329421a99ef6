import '../../src/styles/index.css';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { ConsentBanner } from '../../src/components/banner';
import { PrivacyChoicesLink } from '../../src/components/privacy-choices-link';
import { readCookie } from '../../src/core/cookie-jar';
import { decodeConsentRecord } from '../../src/core/record';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent } from '../../src/react/use-consent';
import { shopConfig } from './fixtures';
import { useTestPage } from '../browser-page';

// The key rows of the jurisdiction table (test/core/jurisdictions.test.ts) in Chromium, as a
// visitor meets them: a page that shows the banner where the model asks for one and "Your Privacy
// Choices" outside opt-in regions (as the README suggests), with the consent cookie a browser keeps.

useTestPage();

/** What runs, in words a page could show: the granted categories. */
function Granted() {
  const { choices, model } = useConsent();
  return (
    <>
      <output aria-label="Granted">{shopConfig.categoryIds.filter((id) => choices[id] === 'granted').join(' ')}</output>
      {model !== 'opt-in' && <PrivacyChoicesLink />}
    </>
  );
}

/** A page load in `region`: the cookie is whatever earlier loads left. */
function visit(region: string, gpc = false) {
  cleanup();
  render(
    <ConsentProvider config={shopConfig} region={region} gpc={gpc} doNotTrack={false}>
      <main>
        <h1>Shop</h1>
        <Granted />
      </main>
      <ConsentBanner />
    </ConsentProvider>,
  );
}

const granted = () => screen.getByRole('status', { name: 'Granted' }).textContent;
const banner = () => screen.queryByRole('region', { name: 'Cookie consent' });
const choicesLink = () => screen.queryByRole('button', { name: /Your Privacy Choices/ });

/** The stored decision's advertising choice, model and region, or null when nothing is stored. */
const stored = () => {
  const result = decodeConsentRecord(readCookie('ck_consent'), shopConfig.categoryIds);
  return result.ok ? [result.record.choices.advertising, result.record.model, result.record.region] : null;
};

async function openChoices() {
  await userEvent.click(choicesLink()!);
  return screen.findByRole('dialog', { name: 'Your privacy choices' });
}

async function confirmAdvertising(on: boolean) {
  const dialog = await openChoices();
  const advertising = within(dialog).getByRole('switch', { name: /Advertising/ });
  if ((advertising.getAttribute('aria-checked') === 'true') !== on) await userEvent.click(advertising);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm my choices' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

describe('first visit per jurisdiction', () => {
  test.each<[string, string, boolean, { banner: boolean; link: boolean; granted: string; stored: unknown }]>([
    ['EU (DE)', 'DE', false, { banner: true, link: false, granted: 'essential', stored: null }],
    ['EU (DE) with GPC', 'DE', true, { banner: true, link: false, granted: 'essential', stored: null }],
    ['California', 'US-CA', false, { banner: false, link: true, granted: 'essential advertising', stored: null }],
    ['California with GPC', 'US-CA', true, { banner: false, link: true, granted: 'essential', stored: [false, 'opt-out', 'US-CA'] }],
    ['rest of world (JP)', 'JP', false, { banner: false, link: true, granted: 'essential functional analytics advertising', stored: null }],
    ['rest of world (JP) with GPC', 'JP', true, { banner: false, link: true, granted: 'essential functional analytics', stored: [false, 'none', 'JP'] }],
  ])('%s: what shows, what runs, what is stored', async (_, region, gpc, expected) => {
    visit(region, gpc);
    await waitFor(() => expect(granted()).toBe(expected.granted));
    if (expected.banner) await waitFor(() => expect(banner()).toBeVisible());
    else expect(banner()).toBeNull();
    expect(!!choicesLink()).toBe(expected.link);
    await waitFor(() => expect(stored()).toEqual(expected.stored));
  });
});

test('GPC in California: the dialog says the signal was honoured and its switch is off; the opt-out outlives the signal', async () => {
  visit('US-CA', true);
  const dialog = await openChoices();
  await waitFor(() => expect(within(dialog).getByText(/We have honoured it/)).toBeVisible());
  expect(within(dialog).getByRole('switch', { name: /Advertising/ })).toHaveAttribute('aria-checked', 'false');
  // Next load without GPC: still opted out, until the person opts in.
  visit('US-CA', false);
  await waitFor(() => expect(granted()).toBe('essential'));
});

test('opt out, then opt in, in California: each holds across page loads', async () => {
  visit('US-CA');
  await confirmAdvertising(false);
  expect(stored()).toEqual([false, 'opt-out', 'US-CA']);
  visit('US-CA');
  await waitFor(() => expect(granted()).toBe('essential'));
  await confirmAdvertising(true);
  visit('US-CA');
  await waitFor(() => expect(granted()).toBe('essential advertising'));
  expect(stored()).toEqual([true, 'opt-out', 'US-CA']);
});

test('travelling EU → California → EU: an EU refusal stands in California; an opt-in made there is asked again in the EU', async () => {
  visit('DE');
  await waitFor(() => expect(banner()).toBeVisible());
  await userEvent.click(within(banner()!).getByRole('button', { name: 'Reject all' }));
  await waitFor(() => expect(banner()).toBeNull());
  expect(stored()).toEqual([false, 'opt-in', 'DE']);

  // In California: the EU decision stands, refusals included: no banner, advertising stays off.
  visit('US-CA');
  await waitFor(() => expect(granted()).toBe('essential'));
  expect(banner()).toBeNull();
  await confirmAdvertising(true);
  await waitFor(() => expect(granted()).toBe('essential advertising'));
  expect(stored()).toEqual([true, 'opt-out', 'US-CA']);

  // Back in the EU: a decision made under opt-out is not opt-in consent; the banner asks again.
  visit('DE');
  await waitFor(() => expect(banner()).toBeVisible());
  expect(granted()).toBe('essential');
  expect(choicesLink()).toBeNull();
});

test('a tab that slept through a reset made in another tab, woken with GPC on, stores its opt-out on top of the reset, never over it', async () => {
  let gpcOn = false;
  Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => gpcOn });
  const record = () => decodeConsentRecord(readCookie('ck_consent'), shopConfig.categoryIds);
  const idle = () => new Promise((resolve) => setTimeout(resolve, 1100));
  try {
    const sleeping = createConsentStore(shopConfig, { region: 'US-CA', doNotTrack: false });
    let stop = sleeping.connect();
    await idle();
    sleeping.acceptAll();
    // The tab goes to sleep: it hears nothing from here on.
    stop();
    const other = createConsentStore(shopConfig, { region: 'US-CA', doNotTrack: false });
    const stopOther = other.connect();
    await idle();
    other.reset();
    const reset = record();
    expect(reset.ok && reset.record.method).toBe('reset');
    stopOther();
    // GPC is switched on, and the sleeping tab wakes up.
    gpcOn = true;
    stop = sleeping.connect();
    await vi.waitFor(() => expect(record()).toMatchObject({ ok: true, record: { method: 'gpc' } }), { timeout: 3000 });
    const optOut = record();
    // Applied to the reset: nothing the acceptance granted comes back, in the cookie or on the page.
    expect(optOut.ok && [optOut.record.choices, optOut.record.basis?.[1]]).toEqual([
      { essential: true, functional: false, analytics: false, advertising: false },
      reset.ok && reset.record.id,
    ]);
    expect(shopConfig.categoryIds.filter((id) => sleeping.isGranted(id))).toEqual(['essential']);
    stop();
  } finally {
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  }
});
