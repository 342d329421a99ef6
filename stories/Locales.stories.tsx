import { useId, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { ConsentBanner, ConsentProvider, createConsentStore, memoryAdapter, type ConsentMessages } from '../src/index';
import { storyConfig } from './support/consent';
import { nativeName, STORY_LOCALES } from './support/locales';
import './state-matrix.css';

/**
 * Every shipped locale's banner side by side, each in a phone-wide frame of its own: a fresh
 * provider with in-memory storage (nothing is saved, whatever is clicked), the locale's messages
 * and its direction. The same locales the toolbar's Locale menu lists; pick one there to see any
 * other component in it.
 */
const meta = {
  title: 'Components/Locales',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;

/** The banner's landmark name with the locale's tag: landmarks on one page must be told apart (pt and pt-BR name theirs alike). */
const labelled = (messages: ConsentMessages): ConsentMessages => ({
  ...messages,
  banner: { ...messages.banner, label: `${messages.banner.label} (${messages.locale})` },
});

function LocaleCell({ messages }: { messages: ConsentMessages }) {
  const headingId = useId();
  const [store] = useState(() => createConsentStore(storyConfig, { storage: memoryAdapter() }));
  return (
    <section className="story-cell" aria-labelledby={headingId} lang={messages.locale} dir={messages.dir}>
      <h2 id={headingId}>
        {nativeName(messages.locale)} <code>{messages.locale}</code>
      </h2>
      <ConsentProvider store={store} messages={labelled(messages)}>
        <div className="story-viewport">
          <ConsentBanner />
        </div>
      </ConsentProvider>
    </section>
  );
}

export const EveryLocale: StoryObj = {
  name: 'Every locale',
  render: () => (
    <div className="story-matrix" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 375px), 1fr))' }}>
      {Object.values(STORY_LOCALES).map((messages) => (
        <LocaleCell key={messages.locale} messages={messages} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const locales = Object.values(STORY_LOCALES);
    expect(locales.length).toBeGreaterThanOrEqual(36);
    const cells = await waitFor(() => {
      const found = [...canvasElement.querySelectorAll('.story-cell')];
      expect(found.map((cell) => cell.querySelectorAll('.ck-banner').length)).toEqual(locales.map(() => 1));
      return found;
    });
    // Once faded in: the buttons are visible, and axe checks the colours the banners end with.
    await waitFor(() => expect(canvasElement.ownerDocument.getAnimations().filter((animation) => animation.playState === 'running')).toEqual([]));
    for (const [index, messages] of locales.entries()) {
      const banner = cells[index]!.querySelector<HTMLElement>('.ck-banner')!;
      // Its own words and its own direction, whatever the toolbar says.
      expect(banner).toHaveAccessibleName(`${messages.banner.label} (${messages.locale})`);
      expect(banner).toHaveAttribute('dir', messages.dir);
      for (const name of [messages.banner.acceptAll, messages.banner.rejectAll, messages.banner.customize]) {
        expect(within(banner).getByRole('button', { name })).toBeVisible();
      }
    }
  },
};
