import '../../src/styles/index.css';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../axe-violations';
import { ConsentBanner } from '../../src/components/banner';
import { PrivacyChoicesLink } from '../../src/components/privacy-choices-link';
import { decodeConsentRecord } from '../../src/core/record';
import { readCookie } from '../../src/core/cookie-jar';
import { ConsentProvider } from '../../src/react/provider';
import { shopConfig } from '../core/fixtures';
import { useTestPage } from '../browser-page';

// The key rows of the jurisdiction table in a real browser, with the consent cookie the page keeps.

useTestPage();

function page(region: string, gpc: boolean) {
  render(
    <ConsentProvider config={shopConfig} region={region} gpc={gpc} doNotTrack={false}>
      <main>
        <h1>Shop</h1>
      </main>
      <ConsentBanner />
      <footer>
        <PrivacyChoicesLink />
      </footer>
    </ConsentProvider>,
  );
}

/** The stored decision's advertising choice and model, or null when nothing is stored. */
const stored = () => {
  const result = decodeConsentRecord(readCookie('ck_consent'), shopConfig.categoryIds);
  return result.ok ? [result.record.choices.advertising, result.record.model, result.record.region] : null;
};

const openChoices = async () => {
  await userEvent.click(screen.getByRole('button', { name: /Your Privacy Choices/ }));
  return screen.findByRole('dialog', { name: 'Your privacy choices' });
};

describe('first visit in California', () => {
  test('without GPC: no banner, no cookie, the sale/sharing switch on in the dialog, no axe violations', async () => {
    page('US-CA', false);
    const dialog = await openChoices();
    expect(screen.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
    expect(stored()).toBeNull();
    expect(within(dialog).getByRole('switch', { name: /Advertising/ })).toHaveAttribute('aria-checked', 'true');
    expect(await axeViolations()).toEqual([]);
  });

  test('with GPC: the opt-out is stored with no click, and the dialog says the signal was honoured, no axe violations', async () => {
    page('US-CA', true);
    await waitFor(() => expect(stored()).toEqual([false, 'opt-out', 'US-CA']));
    const dialog = await openChoices();
    expect(within(dialog).getByRole('switch', { name: /Advertising/ })).toHaveAttribute('aria-checked', 'false');
    expect(within(dialog).getByText(/We have honoured it/)).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  test('opt out, then opt in: each is stored in the cookie', async () => {
    page('US-CA', false);
    let dialog = await openChoices();
    await userEvent.click(within(dialog).getByRole('switch', { name: /Advertising/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm my choices' }));
    await waitFor(() => expect(stored()).toEqual([false, 'opt-out', 'US-CA']));
    dialog = await openChoices();
    await userEvent.click(within(dialog).getByRole('switch', { name: /Advertising/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm my choices' }));
    await waitFor(() => expect(stored()).toEqual([true, 'opt-out', 'US-CA']));
  });
});

test('travelling: a California decision is asked again in Germany, where the banner shows', async () => {
  page('US-CA', true);
  await waitFor(() => expect(stored()).not.toBeNull());
  cleanup();
  page('DE', false);
  expect(await screen.findByRole('region', { name: 'Cookie consent' })).toBeVisible();
});
