import '../../src/styles/index.css';
import { render, screen, within, waitFor, cleanup } from '@testing-library/react';
import { commands, page, userEvent } from 'vitest/browser';
import { axeViolations } from '../axe-violations';
import { focusForKeyboard } from '../browser-page';
import { ConsentBanner } from '../../src/components/banner';
import { ConsentPreferences } from '../../src/components/preferences';
import { CookiePolicyTable } from '../../src/components/policy-table';
import { CategoryToggle } from '../../src/components/category-toggle';
import { ConsentSettingsButton } from '../../src/components/settings-button';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { ConsentProvider } from '../../src/react/provider';
import type { PartialConsentMessages } from '../../src/components/messages';
import { balancedMasteringConfig as config } from '../../stories/demo/balanced-mastering';

// Real browser events are not wrapped in act(); tests wait for the DOM instead.
// (Testing Library turns the act environment on in its own beforeAll, registered earlier.)
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

// VITE_CK_SCREENSHOTS=1 saves a screenshot of each state under __screenshots__/ui/ (git-ignored).
const SHOTS = import.meta.env.VITE_CK_SCREENSHOTS ? '__screenshots__/ui' : undefined;

function renderPage(options: { modal?: boolean; messages?: PartialConsentMessages; decided?: boolean } = {}) {
  const store = createConsentStore(config, { storage: memoryAdapter() });
  if (options.decided) store.rejectAll();
  const result = render(
    <ConsentProvider store={store} messages={options.messages}>
      <header>
        <a href="#top" style={{ color: 'inherit' }}>
          Balanced Mastering home
        </a>
      </header>
      <main>
        <h1>Balanced Mastering</h1>
        <p>Upload your tracks and get them mastered.</p>
        <h2>Cookie policy</h2>
        <CookiePolicyTable />
        <ConsentSettingsButton />
      </main>
      <ConsentBanner modal={options.modal} />
      <ConsentPreferences />
    </ConsentProvider>,
  );
  return { ...result, store };
}

const banner = () => screen.getByRole('region', { name: 'Cookie consent' });
const button = (name: string, within_: HTMLElement = document.body) => within(within_).getByRole('button', { name });
const openDialog = () => screen.findByRole('dialog', { name: 'Cookie preferences' });

/** Saves a screenshot once entrance animations have finished (only with VITE_CK_SCREENSHOTS). */
async function shoot(name: string, element?: Element) {
  if (!SHOTS) return;
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  await page.screenshot({ path: `${SHOTS}/${name}.png`, element });
}

function setTheme(theme: 'light' | 'dark') {
  document.documentElement.dataset.ckTheme = theme;
  // The policy table takes the page's colours; this page follows the theme like a real site would.
  document.body.style.background = theme === 'dark' ? '#1c1c1f' : '#fff';
  document.body.style.color = theme === 'dark' ? '#f4f4f5' : '#18181b';
}

beforeEach(async () => {
  await page.viewport(1024, 768);
  document.body.style.margin = '0';
  document.body.style.fontFamily = 'system-ui, sans-serif';
  setTheme('light');
});
afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('data-ck-theme');
  document.documentElement.style.scrollPaddingBottom = '';
  document.documentElement.style.paddingBottom = '';
});

describe('keyboard only', () => {
  test('Tab reaches the banner buttons, Enter on Customize opens the dialog, Tab wraps inside, Escape returns to Customize', async () => {
    renderPage();
    const customize = button('Customize', banner());
    // The page's own controls come first, then the banner, in document order.
    const reached: string[] = [];
    for (let i = 0; i < 8 && document.activeElement !== customize; i++) {
      await userEvent.tab();
      reached.push(document.activeElement?.textContent ?? '');
    }
    expect(reached.slice(-3)).toEqual(['Accept all', 'Reject all', 'Customize']);
    await userEvent.keyboard('{Enter}');
    const dialog = await openDialog();
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    const first = document.activeElement;
    // Tab through every control: focus never leaves the dialog and comes back round to the first.
    const seen = new Set<Element | null>([first]);
    for (let i = 0; i < 20; i++) {
      await userEvent.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
      if (document.activeElement === first) break;
      seen.add(document.activeElement);
    }
    expect(document.activeElement).toBe(first);
    expect([...seen].map((el) => el?.textContent)).toEqual(
      expect.arrayContaining(['Cookies used (3)', 'Reject all', 'Accept all', 'Save preferences']),
    );
    await userEvent.tab({ shift: true });
    expect(document.activeElement?.textContent).toBe('Save preferences');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(customize));
  });

  test('Space flips a switch, Save persists it, focus does not end on a removed node', async () => {
    const { store } = renderPage();
    await focusForKeyboard(button('Customize', banner()));
    await userEvent.keyboard('{Enter}');
    const dialog = await openDialog();
    await focusForKeyboard(within(dialog).getByRole('switch', { name: 'Functional' }));
    await userEvent.keyboard(' ');
    expect(within(dialog).getByRole('switch', { name: 'Functional' }).getAttribute('aria-checked')).toBe('true');
    expect(store.getState().decided).toBe(false);
    await focusForKeyboard(within(dialog).getByRole('button', { name: 'Save preferences' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(store.getState().choices).toEqual({ essential: 'granted', functional: 'granted', analytics: 'denied' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.activeElement).toBe(document.body);
  });

  test('modal banner: Escape does not dismiss it, focus stays inside, and it comes back after the preferences close', async () => {
    renderPage({ modal: true });
    const dialog = screen.getByRole('dialog', { name: 'We use cookies' }) as HTMLDialogElement;
    expect(dialog.matches(':modal')).toBe(true);
    // First focus is on the heading, favouring none of the three answers.
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: 'We use cookies' }));
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{Escape}');
    expect(dialog.matches(':modal')).toBe(true);
    for (let i = 0; i < 4; i++) {
      await userEvent.tab();
      expect(dialog.contains(document.activeElement) || document.activeElement === document.body).toBe(true);
    }
    await focusForKeyboard(button('Customize', dialog));
    await userEvent.keyboard('{Enter}');
    const preferences = await openDialog();
    expect(dialog.open).toBe(false);
    await waitFor(() => expect(preferences.contains(document.activeElement)).toBe(true));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(dialog.matches(':modal')).toBe(true));
    await waitFor(() => expect(document.activeElement).toBe(button('Customize', dialog)));
  });
});

describe('banner layout', () => {
  test('given a long description on a short viewport, the banner keeps to 40% of the screen: its text scrolls and every button stays in view', async () => {
    await page.viewport(375, 400);
    renderPage({ messages: { banner: { description: 'Long text. '.repeat(120) } } });
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
    const rect = banner().getBoundingClientRect();
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.bottom).toBeLessThanOrEqual(window.innerHeight + 1);
    expect(rect.height).toBeLessThanOrEqual(0.4 * window.innerHeight + 0.5);
    const text = banner().querySelector<HTMLElement>('.ck-banner-text')!;
    expect(text.scrollHeight).toBeGreaterThan(text.clientHeight);
    // Text that scrolls can be reached, and scrolled, from the keyboard.
    await waitFor(() => expect(text.tabIndex).toBe(0));
    // The buttons do not scroll with the text.
    expect(banner().scrollHeight).toBeLessThanOrEqual(banner().clientHeight);
    for (const control of within(banner()).getAllByRole('button')) {
      const box = control.getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(rect.top);
      expect(box.bottom).toBeLessThanOrEqual(rect.bottom);
    }
  });

  test('given text that scrolls, it is in the tab order as soon as the banner has rendered, before the next frame (an axe run or a Tab can come first)', async () => {
    await page.viewport(375, 400);
    renderPage({ messages: { banner: { description: 'Long text. '.repeat(120) } } });
    const text = banner().querySelector<HTMLElement>('.ck-banner-text')!;
    expect(text.tabIndex).toBe(0);
  });

  test('the modal banner is as tall as its content: no gap between the text and the buttons', async () => {
    await page.viewport(1024, 800);
    renderPage({ modal: true });
    const dialog = screen.getByRole('dialog', { name: 'We use cookies' });
    const text = dialog.querySelector('.ck-banner-text')!.getBoundingClientRect();
    const description = dialog.querySelector('.ck-banner-description')!.getBoundingClientRect();
    expect(text.bottom - description.bottom).toBeLessThan(2);
  });
});

/** What makes a button look more or less prominent. */
const look = (b: Element) => {
  const s = getComputedStyle(b);
  return [s.fontWeight, s.fontSize, s.backgroundColor, s.color, s.borderTopWidth, s.borderTopColor, s.borderRadius, s.opacity].join('|');
};

describe('equal choices and target sizes', () => {
  for (const width of [1024, 375]) {
    test(`at ${width}px Accept all and Reject all have the same size and the same look; Customize is secondary`, async () => {
      await page.viewport(width, 700);
      renderPage();
      const [accept, reject, customize] = within(banner()).getAllByRole('button').map((b) => [b, b.getBoundingClientRect()] as const);
      expect(Math.abs(accept![1].width - reject![1].width)).toBeLessThan(0.5);
      expect(Math.abs(accept![1].height - reject![1].height)).toBeLessThan(0.5);
      expect(look(accept![0])).toBe(look(reject![0]));
      expect(getComputedStyle(customize![0]).backgroundColor).not.toBe(getComputedStyle(accept![0]).backgroundColor);
      for (const [, box] of [accept!, reject!, customize!]) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(44);
        // The banner fits the screen and every button is fully visible.
        expect(box.right).toBeLessThanOrEqual(width);
      }
      if (width === 375) {
        // Side by side, Customize below across both.
        expect(accept![1].top).toBe(reject![1].top);
        expect(customize![1].top).toBeGreaterThanOrEqual(accept![1].bottom);
        expect(customize![1].width).toBeCloseTo(reject![1].right - accept![1].left, 0);
      } else {
        expect(new Set([accept![1].top, reject![1].top, customize![1].top]).size).toBe(1);
      }
    });
  }

  test('every control in the banner, the dialog and the footer is at least 24 × 24 px', async () => {
    renderPage();
    const bannerButtons = within(banner()).getAllByRole('button');
    await userEvent.click(bannerButtons[2]!);
    const dialog = await openDialog();
    const controls = [
      ...bannerButtons,
      ...within(dialog).getAllByRole('button'),
      ...within(dialog).getAllByRole('switch'),
      ...dialog.querySelectorAll('summary'),
      document.querySelector('.ck-settings-button')!,
    ];
    expect(controls.length).toBeGreaterThan(9);
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      expect(box.width, control.outerHTML).toBeGreaterThanOrEqual(24);
      expect(box.height, control.outerHTML).toBeGreaterThanOrEqual(24);
    }
  });

  test('in the dialog too, Accept all and Reject all share one size and look, in the banner\'s order; Save preferences is secondary', async () => {
    renderPage();
    await userEvent.click(button('Customize', banner()));
    const dialog = await openDialog();
    const footer = dialog.querySelector('.ck-dialog-footer')!;
    const buttons = within(footer as HTMLElement).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Save preferences']);
    const [accept, reject, save] = buttons.map((b) => b.getBoundingClientRect());
    expect(Math.abs(accept!.width - reject!.width)).toBeLessThan(0.5);
    expect(Math.abs(accept!.height - reject!.height)).toBeLessThan(0.5);
    expect(accept!.left).toBeLessThan(reject!.left);
    expect(look(buttons[0]!)).toBe(look(buttons[1]!));
    // Same look as the banner's buttons of the same rank (the banner is hidden from the tree meanwhile).
    const inBanner = document.querySelectorAll('.ck-banner .ck-button');
    expect(look(buttons[0]!)).toBe(look(inBanner[0]!));
    expect(look(buttons[2]!)).toBe(look(inBanner[2]!));
    expect(save!.height).toBeGreaterThanOrEqual(44);
  });
});

describe('layout', () => {
  test('the page keeps a bottom scroll padding equal to the banner height, and drops it after a decision', async () => {
    renderPage();
    const height = banner().getBoundingClientRect().height;
    expect(height).toBeGreaterThan(40);
    // Measured by the banner's ResizeObserver, after layout and before the first paint.
    await waitFor(() => expect(parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom)).toBeCloseTo(height, 0));
    await page.viewport(375, 700);
    await waitFor(() => expect(parseFloat(document.documentElement.style.scrollPaddingBottom)).toBeCloseTo(banner().getBoundingClientRect().height, 0));
    expect(banner().getBoundingClientRect().height).toBeGreaterThan(height);
    await userEvent.click(button('Accept all', banner()));
    await waitFor(() => expect(document.documentElement.style.scrollPaddingBottom).toBe(''));
  });

  test('WCAG 2.4.11: given a footer link at the very end of the page, Tab scrolls it clear of the banner; after a decision the page is as before', async () => {
    document.documentElement.style.paddingBottom = '3px';
    const store = createConsentStore(config, { storage: memoryAdapter() });
    render(
      <ConsentProvider store={store}>
        <main>
          <a href="#top">Top</a>
          <div style={{ height: '150vh' }} />
        </main>
        <footer>
          <a href="#imprint">Imprint</a>
        </footer>
        <ConsentBanner />
      </ConsentProvider>,
    );
    // Once the banner's ResizeObserver has measured it (before the first paint).
    await waitFor(() => expect(document.documentElement.style.scrollPaddingBottom).not.toBe(''));
    await focusForKeyboard(screen.getByRole('link', { name: 'Top' }));
    await userEvent.tab();
    const link = screen.getByRole('link', { name: 'Imprint' });
    expect(document.activeElement).toBe(link);
    expect(link.getBoundingClientRect().bottom).toBeLessThanOrEqual(banner().getBoundingClientRect().top);

    // The banner grows on a narrow screen: the space at the end grows with it.
    await page.viewport(375, 700);
    await waitFor(() => expect(parseFloat(getComputedStyle(document.documentElement).paddingBottom)).toBeCloseTo(3 + banner().getBoundingClientRect().height, 0));
    link.blur();
    link.focus();
    expect(link.getBoundingClientRect().bottom).toBeLessThanOrEqual(banner().getBoundingClientRect().top);

    await userEvent.click(button('Reject all', banner()));
    await waitFor(() => expect(document.documentElement.style.paddingBottom).toBe('3px'));
    expect(document.documentElement.style.scrollPaddingBottom).toBe('');
  });

  test('the banner is fixed to the bottom of the viewport', async () => {
    renderPage();
    // Wait for the entrance animation (it slides up from 1rem below).
    await Promise.all(banner().getAnimations().map((animation) => animation.finished));
    const box = banner().getBoundingClientRect();
    expect(getComputedStyle(banner()).position).toBe('fixed');
    expect(Math.round(box.bottom)).toBe(document.documentElement.clientHeight);
  });

  test('in RTL the switch thumb moves to the left when checked', async () => {
    renderPage({ messages: { dir: 'rtl', locale: 'ar' } });
    await userEvent.click(button('Customize', banner()));
    const dialog = await openDialog();
    const toggle = within(dialog).getByRole('switch', { name: 'Analytics' });
    const thumb = toggle.firstElementChild!;
    const before = thumb.getBoundingClientRect().left;
    toggle.click();
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(thumb.getBoundingClientRect().left).toBeLessThan(before);
    // The switch column sits on the left of the row in RTL.
    expect(toggle.getBoundingClientRect().left).toBeLessThan(within(dialog).getByText('Analytics').getBoundingClientRect().left);
  });

  test('on a narrow screen the policy table stacks its cells, still exposing a table', async () => {
    await page.viewport(375, 700);
    renderPage({ decided: true });
    const table = screen.getByRole('table', { name: 'Analytics' });
    const cells = within(table).getAllByRole('cell');
    expect(getComputedStyle(cells[0]!).display).toBe('grid');
    expect(getComputedStyle(cells[0]!, '::before').content).toBe('"Provider"');
    expect(table.getBoundingClientRect().width).toBeLessThanOrEqual(375);
    expect(within(table).getAllByRole('columnheader')).toHaveLength(5);
  });
});

describe('text from the config', () => {
  test('given 20,000-character unbroken titles, descriptions and service names, the page and the dialog do not get wider', async () => {
    const long = 'W'.repeat(20_000);
    const wide = {
      ...config,
      categories: { ...config.categories, analytics: { ...config.categories.analytics, title: long, description: long } },
      cookies: config.cookies.map((cookie) => ({ ...cookie, purpose: long })),
      services: config.services.map((service) => ({ ...service, name: `${service.name}${long}`, data: long })),
    } as typeof config;
    render(
      <ConsentProvider config={wide} storage={memoryAdapter()}>
        <CookiePolicyTable />
        <CategoryToggle category="analytics" />
        <ConsentBanner />
        <ConsentPreferences />
      </ConsentProvider>,
    );
    await userEvent.click(button('Customize', banner()));
    const dialog = await openDialog();
    const root = document.documentElement;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    expect(dialog.getBoundingClientRect().right).toBeLessThanOrEqual(root.clientWidth);
    for (const part of [dialog, dialog.querySelector('.ck-dialog-body')!]) expect(part.scrollWidth).toBeLessThanOrEqual(part.clientWidth);
  });

  test('given a service name ending in an unterminated U+202E, the library\'s words in its privacy link still read left to right', () => {
    const hostile = { ...config, services: config.services.map((service, i) => (i ? service : { ...service, name: `Evil\u202E` })) } as typeof config;
    render(
      <ConsentProvider config={hostile} storage={memoryAdapter()}>
        <CookiePolicyTable />
      </ConsentProvider>,
    );
    const link = document.querySelector('.ck-table-services a')!;
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.textContent!.includes('privacy policy')) node = walker.nextNode();
    const start = node!.textContent!.indexOf('privacy policy');
    const left = (offset: number) => {
      const range = document.createRange();
      range.setStart(node!, offset);
      range.setEnd(node!, offset + 1);
      return range.getBoundingClientRect().left;
    };
    // "p" of "privacy" sits left of "y" of "policy", as English reads.
    expect(left(start)).toBeLessThan(left(start + 'privacy policy'.length - 1));
  });
});

describe('colour scheme', () => {
  afterEach(async () => {
    await commands.emulateColorScheme(null);
  });

  test('given prefers-color-scheme: dark and no data-ck-theme, the banner is dark and passes axe; data-ck-theme="light" wins over the preference', async () => {
    await commands.emulateColorScheme('dark');
    document.documentElement.removeAttribute('data-ck-theme');
    document.body.style.background = '#1c1c1f';
    document.body.style.color = '#f4f4f5';
    renderPage();
    expect(getComputedStyle(banner()).backgroundColor).toBe('rgb(48, 48, 54)');
    expect(await axeViolations()).toEqual([]);
    document.documentElement.dataset.ckTheme = 'light';
    expect(getComputedStyle(banner()).backgroundColor).toBe('rgb(255, 255, 255)');
  });
});

describe('axe-core', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const dir of ['ltr', 'rtl'] as const) {
      const messages: PartialConsentMessages | undefined = dir === 'rtl' ? { dir: 'rtl', locale: 'ar' } : undefined;

      test(`${theme} ${dir}: the banner and the page have no violations`, async () => {
        setTheme(theme);
        renderPage({ messages });
        expect(await axeViolations()).toEqual([]);
        await shoot(`banner-${theme}-${dir}`);
      });

      test(`${theme} ${dir}: the modal banner has no violations`, async () => {
        setTheme(theme);
        renderPage({ messages, modal: true });
        expect(await axeViolations()).toEqual([]);
        await shoot(`modal-${theme}-${dir}`);
      });

      test(`${theme} ${dir}: the open dialog has no violations`, async () => {
        setTheme(theme);
        renderPage({ messages });
        await userEvent.click(button('Customize', banner()));
        const dialog = await openDialog();
        within(dialog).getByRole('switch', { name: 'Functional' }).click();
        for (const details of dialog.querySelectorAll("details")) details.open = true;
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(await axeViolations()).toEqual([]);
        await shoot(`dialog-${theme}-${dir}`);
      });

      test(`${theme} ${dir}: the policy table has no violations`, async () => {
        setTheme(theme);
        renderPage({ messages, decided: true });
        expect(await axeViolations()).toEqual([]);
        await shoot(`policy-${theme}-${dir}`);
      });
    }
  }

  test('mobile screenshots (375 px)', async () => {
    if (!SHOTS) return;
    await page.viewport(375, 720);
    renderPage();
    await shoot("banner-mobile", banner());
    await userEvent.click(button('Customize', banner()));
    const dialog = await openDialog();
    dialog.querySelector('details')!.open = true;
    await new Promise((resolve) => setTimeout(resolve, 200));
    await shoot("dialog-mobile", dialog);
    cleanup();
    setTheme('dark');
    renderPage({ decided: true });
    await shoot("policy-mobile-dark", document.querySelector('.ck-policy')!);
  });
});
