import { act, render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import baseCss from '../../src/styles/base.css?raw';
import dialogCss from '../../src/styles/dialog.css?raw';
import toggleCss from '../../src/styles/toggle.css?raw';
import privacyChoicesCss from '../../src/styles/privacy-choices.css?raw';
import { axeViolations } from '../axe-violations';
import { ConsentPreferences } from '../../src/components/preferences';
import { PrivacyChoicesLink } from '../../src/components/privacy-choices-link';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { shopConfig } from '../core/fixtures';
import { useTestPage } from '../browser-page';

/**
 * A page that loads `consentkit/banner.css` (the first paint's rules) gets the dialogs' rules with
 * their lazily loaded code; a page with the whole theme, or with no theme, gets nothing added.
 */

useTestPage(() => document.querySelectorAll('style[data-test-sheet], style[data-ck-part]').forEach((style) => style.remove()));

/** Loads stylesheets as the app would, in this order. */
const sheets = (...css: string[]) =>
  css.forEach((text) => {
    const style = document.createElement('style');
    style.setAttribute('data-test-sheet', '');
    style.textContent = text;
    document.head.append(style);
  });

const added = () => [...document.querySelectorAll<HTMLStyleElement>('style[data-ck-part]')].map((style) => `${style.dataset.ckPart} ${style.nonce || '-'}`);

/** Opens the preferences dialog through the store and returns it. */
async function openPreferences() {
  const store = createConsentStore(shopConfig, { storage: memoryAdapter(), gpc: false });
  render(
    <ConsentProvider store={store} nonce="n0nce">
      <ConsentPreferences />
    </ConsentProvider>,
  );
  act(() => store.openPreferences());
  const dialog = await screen.findByRole('dialog');
  return { store, dialog, overlay: dialog.parentElement! };
}

describe('the dialogs bring their own rules to a page with banner.css alone', () => {
  test('given banner.css, opening the preferences adds the dialog and switch rules once, with the nonce, and the dialog is laid out as a card over the page', async () => {
    sheets(baseCss);
    const { store, dialog, overlay } = await openPreferences();
    expect(added()).toEqual(['dialog n0nce', 'toggle n0nce']);
    expect(getComputedStyle(overlay).position).toBe('fixed');
    expect(getComputedStyle(dialog).display).toBe('flex');
    // Each switch is laid out beside its category title, as with the whole theme.
    expect(getComputedStyle(dialog.querySelector('.ck-toggle')!).display).toBe('grid');
    expect(await axeViolations()).toEqual([]);

    act(() => store.closePreferences());
    act(() => store.openPreferences());
    await screen.findByRole('dialog');
    expect(added()).toEqual(['dialog n0nce', 'toggle n0nce']);
  });

  test('given the whole theme, nothing is added', async () => {
    sheets(baseCss, dialogCss, toggleCss, privacyChoicesCss);
    const { overlay } = await openPreferences();
    expect(getComputedStyle(overlay).position).toBe('fixed');
    expect(added()).toEqual([]);
  });

  test('given no consentkit stylesheet (an app that styles the parts itself), nothing is added and the dialog stays unstyled', async () => {
    const { overlay } = await openPreferences();
    expect(added()).toEqual([]);
    expect(getComputedStyle(overlay).position).toBe('static');
  });

  test("given the app's own rule for the dialog, loaded before banner.css, the app's rule still wins over the added ones", async () => {
    sheets('.ck-dialog { background: rgb(1, 2, 3); }', baseCss);
    const { dialog } = await openPreferences();
    expect(added()).toContain('dialog n0nce');
    expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(1, 2, 3)');
  });

  test('given banner.css in an opt-out region, the Your Privacy Choices link is styled at first paint, and its dialog adds the dialog, switch and GPC-note rules', async () => {
    sheets(baseCss);
    render(
      <ConsentProvider config={shopConfig} region="US-CA" gpc doNotTrack={false} nonce="n0nce">
        <PrivacyChoicesLink />
      </ConsentProvider>,
    );
    const link = screen.getByRole('button', { name: /Your Privacy Choices/ });
    expect(getComputedStyle(link).display).toBe('inline-flex');
    await userEvent.click(link);
    const dialog = await screen.findByRole('dialog', { name: 'Your privacy choices' });
    expect(added()).toEqual(['dialog n0nce', 'toggle n0nce', 'privacy-choices n0nce']);
    expect(getComputedStyle(dialog.querySelector('.ck-gpc-honoured')!).fontWeight).toBe('600');
  });
});
