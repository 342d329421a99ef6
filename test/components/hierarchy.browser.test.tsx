import baseCss from '../../src/styles/base.css?raw';
import dialogCss from '../../src/styles/dialog.css?raw';
import toggleCss from '../../src/styles/toggle.css?raw';
import tableCss from '../../src/styles/table.css?raw';
import { cleanup, render, screen, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { focusForKeyboard } from '../browser-page';
import { ConsentBanner } from '../../src/components/banner';
import { ConsentPreferences } from '../../src/components/preferences';
import { CookiePolicyTable } from '../../src/components/policy-table';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { balancedMasteringConfig as config } from '../../stories/demo/balanced-mastering';

// The theme's parts as separate stylesheets, so that a test can load base.css alone.
const sheets = [baseCss, dialogCss, toggleCss, tableCss].map((css) => {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
});
const useTheme = (parts = sheets) => document.head.append(...parts);

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  document.body.style.margin = '0';
  document.body.style.fontFamily = 'system-ui, sans-serif';
});
beforeEach(async () => {
  await page.viewport(1024, 768);
  useTheme();
});
afterEach(() => {
  cleanup();
  for (const sheet of sheets) sheet.remove();
  document.documentElement.removeAttribute('data-ck-theme');
  document.documentElement.style.cssText = '';
});

function renderConsent(ui: React.ReactNode, decided = false) {
  const store = createConsentStore(config, { storage: memoryAdapter() });
  if (decided) store.rejectAll();
  render(<ConsentProvider store={store}>{ui}</ConsentProvider>);
  return store;
}

/** WCAG relative luminance and contrast of CSS colours as computed (`rgb(…)`). */
function luminance(color: string) {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};
const background = (element: Element) => getComputedStyle(element).backgroundColor;

describe('hover and pressed', () => {
  for (const name of ['Reject all', 'Customize']) {
    test(`${name}: hover and pressed change its colour, never its opacity`, async () => {
      renderConsent(<ConsentBanner />);
      const button = screen.getByRole('button', { name });
      const rest = background(button);
      await userEvent.hover(button);
      const hover = background(button);
      expect(hover).not.toBe(rest);
      expect(getComputedStyle(button).opacity).toBe('1');
      // Space held down on a focused button is its pressed (:active) state.
      await focusForKeyboard(button);
      await userEvent.keyboard('{Space>}');
      expect(button.matches(':active')).toBe(true);
      const pressed = background(button);
      expect(pressed).not.toBe(rest);
      expect(pressed).not.toBe(hover);
      expect(getComputedStyle(button).opacity).toBe('1');
      await userEvent.unhover(button);
      button.blur();
      await userEvent.keyboard('{/Space}');
    });
  }

  test('Accept all and Reject all stay alike under hover: the same change for both', async () => {
    renderConsent(<ConsentBanner />);
    const [accept, reject] = ['Accept all', 'Reject all'].map((name) => screen.getByRole('button', { name }));
    await userEvent.hover(accept!);
    const acceptHover = background(accept!);
    await userEvent.hover(reject!);
    expect(background(reject!)).toBe(acceptHover);
    await userEvent.hover(document.documentElement, { position: { x: 0, y: 0 } });
  });
});

describe('dark theme', () => {
  for (const page of ['#000000', '#121212', '#18181b', '#1c1c1f', '#15171b']) {
    test(`the banner and the dialog stand out from a ${page} page by at least 1.25:1`, async () => {
      document.documentElement.dataset.ckTheme = 'dark';
      document.body.style.background = page;
      renderConsent(
        <>
          <ConsentBanner />
          <ConsentPreferences defaultOpen />
        </>,
      );
      const dialog = await screen.findByRole('dialog');
      const pageColor = getComputedStyle(document.body).backgroundColor;
      expect(contrast(background(document.querySelector('.ck-banner')!), pageColor)).toBeGreaterThanOrEqual(1.25);
      expect(contrast(background(dialog), pageColor)).toBeGreaterThanOrEqual(1.25);
      document.body.style.background = '';
    });
  }
});

test('the first paint needs base.css alone: the banner looks the same without the other parts', async () => {
  const styleOf = () =>
    [document.querySelector('.ck-banner')!, ...document.querySelectorAll('.ck-banner *')].map((element) => {
      const s = getComputedStyle(element);
      return [element.className, s.display, s.gridTemplateColumns, s.font, s.color, s.backgroundColor, s.padding, s.margin, s.borderRadius].join('|');
    });
  renderConsent(<ConsentBanner />);
  const whole = styleOf();
  for (const sheet of sheets.slice(1)) sheet.remove();
  expect(styleOf()).toEqual(whole);
});

test('the dialog needs base.css, dialog.css and toggle.css only: it looks the same without the table\'s part', async () => {
  renderConsent(<ConsentPreferences defaultOpen />);
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findAllByRole('switch');
  const styleOf = () =>
    [dialog, ...dialog.querySelectorAll('*')].map((element) => {
      const s = getComputedStyle(element);
      return [element.className, s.display, s.gridTemplateColumns, s.font, s.color, s.backgroundColor, s.padding, s.outlineStyle].join('|');
    });
  const whole = styleOf();
  sheets[3]!.remove();
  expect(styleOf()).toEqual(whole);
});

test('in the dialog, cookie names, purposes and durations each start at one x in their category', async () => {
  renderConsent(<ConsentPreferences defaultOpen />);
  const dialog = await screen.findByRole('dialog');
  const details = dialog.querySelector<HTMLDetailsElement>('.ck-category:last-child details')!;
  details.open = true;
  const rows = [...details.querySelectorAll('.ck-cookie-list > li')];
  expect(rows).toHaveLength(3);
  for (const column of [0, 1, 2]) {
    const starts = rows.map((row) => Math.round(row.children[column]!.getBoundingClientRect().left));
    expect(new Set(starts).size, `column ${column}: ${starts}`).toBe(1);
  }
});

describe('the policy table as narrow cards', () => {
  test('each card is headed by its cookie name, larger than the values, with no label; the labels are quiet', async () => {
    await page.viewport(375, 700);
    renderConsent(<CookiePolicyTable />, true);
    const table = screen.getByRole('table', { name: 'Analytics' });
    const [heading] = within(table).getAllByRole('rowheader');
    const [provider] = within(table).getAllByRole('cell');
    expect(getComputedStyle(heading!, '::before').content).toBe('none');
    const name = heading!.querySelector('.ck-cookie-name')!;
    expect(parseFloat(getComputedStyle(name).fontSize)).toBeGreaterThan(parseFloat(getComputedStyle(provider!).fontSize));
    const label = getComputedStyle(provider!, '::before');
    expect(label.content).toBe('"Provider"');
    expect(Number(label.fontWeight)).toBeLessThan(Number(getComputedStyle(heading!).fontWeight));
    expect(parseFloat(label.fontSize)).toBeLessThan(parseFloat(getComputedStyle(provider!).fontSize));
    expect(label.color).not.toBe(getComputedStyle(provider!).color);
  });
});
