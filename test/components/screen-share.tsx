import { render, screen, within, cleanup } from '@testing-library/react';
import { page } from 'vitest/browser';
import type { ReactElement } from 'react';
import { ConsentBanner, type ConsentBannerProps } from '../../src/components/banner';
import { ConsentPreferences } from '../../src/components/preferences';
import type { PartialConsentMessages } from '../../src/components/messages';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { balancedMasteringConfig } from '../../stories/demo/balanced-mastering';

/** A phone in portrait: the screen the mobile figures are measured on. */
export const PHONE = { width: 375, height: 667 } as const;

/** What a person sees of the banner on one screen. */
export interface BannerShare {
  /** Fraction of the screen's area the banner covers (0 to 1). */
  share: number;
  /** The banner's height in CSS pixels. */
  height: number;
  /** Every button lies fully inside the screen. */
  buttonsVisible: boolean;
  /** The text needs scrolling to be read in full. */
  textScrolls: boolean;
}

async function settled() {
  await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
}

const inside = (box: DOMRect) => box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight + 0.5 && box.right <= window.innerWidth + 0.5;

/** Renders `ui` in a provider for an undecided visitor of the reference policy, with `messages`. */
function renderWith(ui: ReactElement, messages?: PartialConsentMessages) {
  return render(
    <ConsentProvider store={createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() })} messages={messages}>
      {ui}
    </ConsentProvider>,
  );
}

/**
 * Measures the banner at `size` (a phone by default) with `messages`: its share of the screen,
 * whether its buttons are all on screen and whether its text scrolls. Reusable for every locale:
 * `measureBanner(de)`. Leaves nothing rendered behind.
 */
export async function measureBanner(
  messages?: PartialConsentMessages,
  props: ConsentBannerProps = {},
  size: { width: number; height: number } = PHONE,
): Promise<BannerShare> {
  await page.viewport(size.width, size.height);
  renderWith(<ConsentBanner {...props} />, messages);
  try {
    const banner = document.querySelector<HTMLElement>('.ck-banner')!;
    await settled();
    const box = banner.getBoundingClientRect();
    const visible = {
      width: Math.max(0, Math.min(box.right, window.innerWidth) - Math.max(box.left, 0)),
      height: Math.max(0, Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0)),
    };
    const text = banner.querySelector<HTMLElement>('.ck-banner-text') ?? banner;
    return {
      share: (visible.width * visible.height) / (window.innerWidth * window.innerHeight),
      height: box.height,
      buttonsVisible: within(banner).getAllByRole('button').every((button) => inside(button.getBoundingClientRect())),
      textScrolls: text.scrollHeight > text.clientHeight + 1 || banner.scrollHeight > banner.clientHeight + 1,
    };
  } finally {
    cleanup();
  }
}

/**
 * Opens the preferences dialog at `size` (a phone by default) with `messages` and counts the
 * category switches a person sees without scrolling: fully on screen and not hidden behind the
 * dialog's own header or footer. Leaves nothing rendered behind.
 */
export async function visibleSwitches(messages?: PartialConsentMessages, size: { width: number; height: number } = PHONE): Promise<number> {
  await page.viewport(size.width, size.height);
  renderWith(<ConsentPreferences defaultOpen />, messages);
  try {
    const dialog = await screen.findByRole('dialog');
    await settled();
    const body = dialog.querySelector<HTMLElement>('.ck-dialog-body') ?? dialog;
    const view = body.getBoundingClientRect();
    return within(dialog)
      .getAllByRole('switch')
      .filter((control) => {
        const box = control.getBoundingClientRect();
        return inside(box) && box.top >= view.top - 0.5 && box.bottom <= view.bottom + 0.5 && box.height > 0;
      }).length;
  } finally {
    cleanup();
  }
}
