import '../../src/styles/index.css';
import { useEffect } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { page } from 'vitest/browser';
import type { ConsentMessages } from '../../src/components/messages';
import { ConsentBanner } from '../../src/components/banner';
import { ConsentEmbed } from '../../src/components/consent-embed';
import { ConsentPrompt } from '../../src/components/consent-prompt';
import { youtubeEmbed } from '../../src/components/embed-presets';
import { ConsentPreferences } from '../../src/components/preferences';
import { PrivacyChoicesLink } from '../../src/components/privacy-choices-link';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { useConsent, type ConsentControls } from '../../src/react/use-consent';
import { memoryAdapter } from '../../src/storage/memory';
import { serviceConfig } from '../core/fixtures';
import { LOCALES } from '../locales/all-locales';
import { embedConfig } from './reach-fixtures';

// Every locale's texts in the parts beyond the banner (whose fit mobile.browser.test.tsx checks),
// on a phone (375 px) and a small phone (320 px): the preferences dialog with every category and
// its services open, the embed placeholder, the consent prompt and the opt-out dialog. Each part is
// mounted once per width and its locale switched in a loop, so 36 locales cost one mount.

const WIDTHS = [375, 320] as const;
const HEIGHT = 667;
const ALL = Object.values(LOCALES);

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  document.body.style.margin = '0';
  document.body.style.fontFamily = 'system-ui, sans-serif';
});
afterEach(() => cleanup());

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const settled = async () => {
  await frame();
  await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
};

/** A short name for an element in a failure message: its tag, first class and first words. */
const nameOf = (element: Element) =>
  `<${element.tagName.toLowerCase()}${element.classList[0] ? `.${element.classList[0]}` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;

/**
 * What does not fit in `root` at the current width: anything that reaches past either edge of the
 * screen, a box that hides or scrolls its content sideways, and a button whose label is clipped
 * (cut off or ellipsed: its content is wider or taller than its box). Empty when all fits.
 */
function misfits(root: Element): string[] {
  const found: string[] = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
    // Visually hidden text (clipped to a pixel for screen readers) is not meant to show.
    if (box.width <= 1 && box.height <= 1) continue;
    if (box.right > width + 0.5 || box.left < -0.5) found.push(`${nameOf(element)} reaches past the screen (${Math.round(box.left)}–${Math.round(box.right)})`);
    if (getComputedStyle(element).overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
      found.push(`${nameOf(element)} hides or scrolls its content sideways (${element.scrollWidth} > ${element.clientWidth})`);
    }
    if (element.matches(LABELS) && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) {
      found.push(`${nameOf(element)} clips its label`);
    }
    if (element.matches(LABELS)) for (const word of brokenWords(element)) found.push(`${nameOf(element)} breaks "${word}" across lines`);
  }
  return found;
}

/** Buttons, links and headings: short texts that must show whole, each word on one line. */
const LABELS = 'button, summary, a, h1, h2, h3, [role="heading"], .ck-button, .ck-dialog-title';
// A line may break after a hyphen ("Acceptar-les"), and anywhere in Chinese and Japanese: those
// are not words here.
const WORD = /[^\s\-\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+-?/gu;

/**
 * Words of `element`'s own text that the theme's `overflow-wrap: anywhere` had to break inside,
 * because they are wider than the box: "Datenschutz-" on one line and "einstellungen" on the next.
 */
function brokenWords(element: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.textContent!.matchAll(WORD)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      // One box per line the word is on.
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

/** One part of the UI to measure in every locale. */
interface Part {
  /** The part in a provider with `messages`. */
  render: (messages: ConsentMessages) => React.ReactElement;
  /** Brings it into the state to measure, once, in English. */
  open: () => Promise<void>;
  /** The element to measure. */
  root: () => Element;
  /** A text of the locale the part shows: proof that the switch reached it. */
  shows: (messages: ConsentMessages) => string;
}

/**
 * Mounts `part` at `width` in English and opens it, then switches to each of `locales` in turn and
 * measures it. Returns every misfit, prefixed with its locale.
 */
async function checkEveryLocale(width: number, part: Part, locales: readonly ConsentMessages[] = ALL) {
  await page.viewport(width, HEIGHT);
  const { rerender } = render(part.render(LOCALES.en));
  await part.open();
  const found: string[] = [];
  for (const messages of locales) {
    rerender(part.render(messages));
    await settled();
    expect(part.root().textContent, messages.locale).toContain(part.shows(messages));
    found.push(...misfits(part.root()).map((misfit) => `${messages.locale} at ${width} px: ${misfit}`));
  }
  return found;
}

/** Asks for the YouTube service once mounted, as a page's "Show video" button would. */
function AskOnMount({ consentKey }: { consentKey: string }) {
  const { requestConsent } = useConsent() as ConsentControls;
  useEffect(() => void requestConsent(consentKey), [requestConsent, consentKey]);
  return null;
}

const PARTS: Record<string, () => Part> = {
  'the banner': () => {
    const store = createConsentStore(serviceConfig, { storage: memoryAdapter() });
    return {
      render: (messages) => (
        <ConsentProvider store={store} messages={messages}>
          <ConsentBanner />
        </ConsentProvider>
      ),
      open: async () => void (await screen.findByRole('region')),
      root: () => document.querySelector('.ck-banner')!,
      shows: (messages) => messages.banner.customize,
    };
  },
  'the preferences dialog, with every category and its services open, and every cookie list': () => {
    const store = createConsentStore(serviceConfig, { storage: memoryAdapter() });
    return {
      render: (messages) => (
        <ConsentProvider store={store} messages={messages}>
          <ConsentPreferences defaultOpen />
        </ConsentProvider>
      ),
      open: async () => {
        const dialog = await screen.findByRole('dialog');
        for (const more of dialog.querySelectorAll<HTMLButtonElement>('.ck-more[aria-expanded="false"]')) more.click();
        await frame();
        for (const details of dialog.querySelectorAll('details')) details.open = true;
        expect(dialog.querySelectorAll('.ck-service').length).toBeGreaterThan(0);
      },
      root: () => screen.getByRole('dialog'),
      shows: (messages) => messages.preferences.save,
    };
  },
  'the embed placeholder': () => {
    const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
    return {
      render: (messages) => (
        <ConsentProvider store={store} messages={messages}>
          <main style={{ padding: 16 }}>
            <ConsentEmbed preset={youtubeEmbed} src="https://www.youtube-nocookie.com/embed/x" title="Launch video" />
          </main>
        </ConsentProvider>
      ),
      open: async () => void (await screen.findByRole('button', { name: 'Load this once' })),
      root: () => document.querySelector('main')!,
      shows: (messages) => messages.embed!.loadOnce,
    };
  },
  'the consent prompt, for a service with its privacy policy link': () => {
    const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
    return {
      render: (messages) => (
        <ConsentProvider store={store} messages={messages}>
          <ConsentPreferences />
          <ConsentPrompt />
          <AskOnMount consentKey="service:youtube" />
        </ConsentProvider>
      ),
      open: async () => void (await screen.findByRole('dialog', { name: 'Allow YouTube?' })),
      root: () => document.querySelector('dialog.ck-prompt')!,
      shows: (messages) => messages.prompt!.notNow,
    };
  },
  'the privacy choices link and its opt-out dialog, with the Global Privacy Control notice': () => {
    // In California with the signal on: the opt-out it stores stays in memory, not in the page's cookies.
    const store = createConsentStore(serviceConfig, { storage: memoryAdapter(), region: 'US-CA', gpc: true, doNotTrack: false });
    return {
      render: (messages) => (
        <ConsentProvider store={store} messages={messages}>
          <footer style={{ padding: 16 }}>
            <PrivacyChoicesLink />
          </footer>
        </ConsentProvider>
      ),
      open: async () => {
        screen.getByRole('button', { name: /Your Privacy Choices/ }).click();
        await screen.findByText(/Global Privacy Control/);
      },
      root: () => document.body,
      shows: (messages) => messages.privacyChoices!.gpcHonoured,
    };
  },
};

describe.each(WIDTHS)('every locale fits at %i px', (width) => {
  test.each(Object.keys(PARTS))('%s', async (name) => {
    expect(await checkEveryLocale(width, PARTS[name]!())).toEqual([]);
  }, 90_000); // 36 locales in one mount: seconds on an idle machine, far more on a busy one
});

test('the check finds what does not fit: a button label of one long word, and a dialog title wider than the screen', async () => {
  const wide: ConsentMessages = {
    ...LOCALES.de,
    locale: 'de-x-wide',
    preferences: { ...LOCALES.de.preferences, save: 'Datenschutzeinstellungsspeicherungsbestätigung' },
  };
  const found = await checkEveryLocale(320, PARTS['the preferences dialog, with every category and its services open, and every cookie list']!(), [wide]);
  expect(found.join('\n')).toMatch(/de-x-wide at 320 px: .*Datenschutzeinstellungs/);
});
