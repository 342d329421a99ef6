import '../../src/styles/index.css';
import { cleanup, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { page, userEvent } from 'vitest/browser';
import { focusForKeyboard } from '../browser-page';
import { ConsentBanner, type ConsentBannerProps } from '../../src/components/banner';
import type { PartialConsentMessages } from '../../src/components/messages';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { balancedMasteringConfig as config } from '../../stories/demo/balanced-mastering';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  document.body.style.margin = '0';
  document.body.style.fontFamily = 'system-ui, sans-serif';
});
beforeEach(async () => {
  await page.viewport(1024, 768);
});
afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('data-ck-theme');
  document.documentElement.style.cssText = '';
  document.body.style.background = '';
  document.body.style.color = '';
});

const RTL: PartialConsentMessages = { dir: 'rtl', locale: 'he' };

/** A page with links at its very start and end, behind the banner. */
function renderPage(props: ConsentBannerProps, messages?: PartialConsentMessages) {
  render(
    <ConsentProvider store={createConsentStore(config, { storage: memoryAdapter() })} messages={messages}>
      <header>
        <a href="#top" style={{ color: 'inherit' }}>
          Balanced Mastering home
        </a>
      </header>
      <main>
        <h1>Balanced Mastering</h1>
        <div style={{ height: '150vh' }} />
      </main>
      <footer>
        <a href="#imprint" style={{ color: 'inherit' }}>
          Imprint
        </a>
      </footer>
      <ConsentBanner {...props} />
    </ConsentProvider>,
  );
  return document.querySelector<HTMLElement>('.ck-banner')!;
}

// A frame first: the banner measures itself in its ResizeObserver, whose first call comes after
// that frame's animation callbacks and layout, before its paint; so the next frame has it.
const settled = async () => {
  for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
  await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
};
const look = (b: Element) => {
  const s = getComputedStyle(b);
  return [s.fontWeight, s.fontSize, s.backgroundColor, s.color, s.borderTopWidth, s.borderTopColor, s.borderRadius, s.opacity].join('|');
};

const LAYOUTS: ConsentBannerProps[] = [{ layout: 'bar' }, { layout: 'bar', position: 'top' }, { layout: 'box' }, { layout: 'box', position: 'top-start' }, { layout: 'modal' }];
const name = (props: ConsentBannerProps) => [props.layout, props.position].filter(Boolean).join(' ');

describe('every layout, in light and dark, left to right and right to left', () => {
  for (const props of LAYOUTS) {
    for (const theme of ['light', 'dark'] as const) {
      for (const dir of ['ltr', 'rtl'] as const) {
        test(`${name(props)}, ${theme}, ${dir}: no axe violation, Accept all and Reject all alike, every button on screen`, async () => {
          document.documentElement.dataset.ckTheme = theme;
          document.body.style.background = theme === 'dark' ? '#1c1c1f' : '#fff';
          document.body.style.color = theme === 'dark' ? '#f4f4f5' : '#18181b';
          const banner = renderPage(props, dir === 'rtl' ? RTL : undefined);
          // The pointer stays where an earlier test left it; park it in the corner, off every button.
          await userEvent.hover(document.documentElement, { position: { x: 0, y: 0 } });
          await settled();
          const result = await axe.run(document, { resultTypes: ['violations'] });
          expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
          const [accept, reject, customize] = within(banner).getAllByRole('button');
          expect(look(accept!)).toBe(look(reject!));
          expect(accept!.getBoundingClientRect().width).toBeCloseTo(reject!.getBoundingClientRect().width, 1);
          expect(look(customize!)).not.toBe(look(accept!));
          for (const button of [accept!, reject!, customize!]) {
            const box = button.getBoundingClientRect();
            expect(box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth).toBe(true);
          }
        });
      }
    }
  }
});

describe('positions', () => {
  const edges = (element: Element) => {
    const box = element.getBoundingClientRect();
    return { top: box.top, left: box.left, right: innerWidth - box.right, bottom: innerHeight - box.bottom, width: box.width };
  };

  test('a bar spans the width, at the bottom by default and at the top with position="top"', async () => {
    let banner = renderPage({});
    await settled();
    expect(edges(banner)).toMatchObject({ bottom: 0, left: 0, right: 0 });
    cleanup();
    banner = renderPage({ position: 'top' });
    await settled();
    expect(edges(banner)).toMatchObject({ top: 0, left: 0, right: 0 });
  });

  test('a box sits in the bottom corner at the end of the line: right in English, left in Hebrew', async () => {
    let banner = renderPage({ layout: 'box' });
    await settled();
    let box = edges(banner);
    expect(box.bottom).toBe(16);
    expect(box.right).toBe(16);
    expect(box.width).toBe(384);
    cleanup();
    banner = renderPage({ layout: 'box' }, RTL);
    await settled();
    box = edges(banner);
    expect(box.left).toBe(16);
    expect(box.bottom).toBe(16);
  });

  test('a box follows its position: top-start is the top left corner in English, top-end the top right, bottom is centred', async () => {
    let banner = renderPage({ layout: 'box', position: 'top-start' });
    await settled();
    expect(edges(banner)).toMatchObject({ top: 16, left: 16 });
    cleanup();
    banner = renderPage({ layout: 'box', position: 'top-end' });
    await settled();
    expect(edges(banner)).toMatchObject({ top: 16, right: 16 });
    cleanup();
    banner = renderPage({ layout: 'box', position: 'bottom' });
    await settled();
    const box = edges(banner);
    expect(box.bottom).toBe(16);
    expect(box.left).toBeCloseTo(box.right, 0);
  });

  test('the modal is centred, whatever the position', async () => {
    const banner = renderPage({ layout: 'modal', position: 'top-start' });
    await settled();
    const box = edges(banner);
    expect(box.left).toBeCloseTo(box.right, 0);
    expect(box.top).toBeCloseTo(box.bottom, 0);
  });
});

describe('WCAG 2.4.11: the focused element is never hidden behind the banner', () => {
  test('a top bar: Shift+Tab back to the first link of the page scrolls it below the bar', async () => {
    const banner = renderPage({ position: 'top' });
    await settled();
    const first = screen.getByRole('link', { name: 'Balanced Mastering home' });
    const last = screen.getByRole('link', { name: 'Imprint' });
    await focusForKeyboard(last);
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(first);
    expect(first.getBoundingClientRect().top).toBeGreaterThanOrEqual(banner.getBoundingClientRect().bottom);
    expect(parseFloat(document.documentElement.style.scrollPaddingTop)).toBeCloseTo(banner.getBoundingClientRect().height, 0);
  });

  test('a box: the space kept at the end of the page covers the box and its distance from the edge', async () => {
    const banner = renderPage({ layout: 'box' });
    await settled();
    const link = screen.getByRole('link', { name: 'Imprint' });
    await focusForKeyboard(screen.getByRole('link', { name: 'Balanced Mastering home' }));
    await userEvent.tab();
    expect(document.activeElement).toBe(link);
    expect(link.getBoundingClientRect().bottom).toBeLessThanOrEqual(banner.getBoundingClientRect().top);
    expect(parseFloat(document.documentElement.style.scrollPaddingBottom)).toBeCloseTo(banner.getBoundingClientRect().height + 16, 0);
  });
});
