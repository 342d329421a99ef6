import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConsentEmbed, type ConsentEmbedProps } from '../../src/components/consent-embed';
import { vimeoEmbed, youtubeEmbed } from '../../src/components/embed-presets';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { ConsentProvider } from '../../src/react/provider';
import { embedConfig } from './reach-fixtures';

const YOUTUBE = 'https://www.youtube-nocookie.com/embed/a';
const VIMEO = 'https://player.vimeo.com/video/b';
const iframes = () => [...document.querySelectorAll('iframe')].map((frame) => frame.getAttribute('src'));

function setup(props: ConsentEmbedProps) {
  const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
  const ui = (next: ConsentEmbedProps) => (
    <ConsentProvider store={store}>
      <ConsentEmbed {...next} />
    </ConsentProvider>
  );
  const view = render(ui(props));
  return { store, rerender: (next: ConsentEmbedProps) => view.rerender(ui(next)) };
}

describe('ConsentEmbed: what loads an embed', () => {
  it('"Load this once" loads that source only: another video in the same place shows its card', () => {
    const { store, rerender } = setup({ preset: youtubeEmbed, src: YOUTUBE, title: 'Video' });
    fireEvent.click(screen.getByRole('button', { name: 'Load this once' }));
    expect(iframes()).toEqual([YOUTUBE]);
    rerender({ preset: vimeoEmbed, src: VIMEO, title: 'Video' });
    expect(iframes()).toEqual([]);
    expect(screen.getAllByRole('button', { name: 'Load this once' })).toHaveLength(1);
    // Nothing was saved for either.
    expect([store.isGranted('service:youtube'), store.isGranted('service:vimeo')]).toEqual([false, false]);
  });

  it('"Load this once" ends with the next decision: a withdrawal brings the card back', () => {
    const { store } = setup({ preset: youtubeEmbed, src: YOUTUBE, title: 'Video' });
    fireEvent.click(screen.getByRole('button', { name: 'Load this once' }));
    expect(iframes()).toEqual([YOUTUBE]);
    act(() => store.rejectAll());
    expect(iframes()).toEqual([]);
  });

  it('given "Load this once" before any decision, then a refusal, then a reset, should keep the card: the reset brings back no decision, not that moment', () => {
    const { store } = setup({ preset: youtubeEmbed, src: YOUTUBE, title: 'Video' });
    fireEvent.click(screen.getByRole('button', { name: 'Load this once' }));
    act(() => store.rejectAll());
    act(() => store.reset());
    expect(iframes()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Load this once' })).toBeTruthy();
  });

  it('given "Load this once", then a refusal and a reset before the page re-renders, should keep the card', () => {
    const { store } = setup({ preset: youtubeEmbed, src: YOUTUBE, title: 'Video' });
    fireEvent.click(screen.getByRole('button', { name: 'Load this once' }));
    act(() => {
      store.rejectAll();
      store.reset();
    });
    expect(iframes()).toEqual([]);
  });

  it.each([
    ['the category the service belongs to', 'marketing'],
    ['another granted category', 'functional'],
  ])('a refused service stays blocked when the embed also names %s', (_, category) => {
    const { store } = setup({ preset: youtubeEmbed, category, src: YOUTUBE, title: 'Video' });
    // Marketing and functional are granted (Vimeo and Maps wanted); YouTube is refused.
    act(() => store.save({ 'service:vimeo': true, 'service:youtube': false, functional: true }));
    expect(store.isGranted('service:youtube')).toBe(false);
    expect(iframes()).toEqual([]);
  });

  it('"Always allow" saves the service grant it names, or the category an embed names', () => {
    const { store } = setup({ preset: youtubeEmbed, src: YOUTUBE, title: 'Video' });
    fireEvent.click(screen.getByRole('button', { name: /Always allow YouTube/ }));
    expect([store.isGranted('service:youtube'), store.isGranted('service:vimeo')]).toEqual([true, false]);
    expect(iframes()).toEqual([YOUTUBE]);
    act(() => store.save({ 'service:youtube': false }));
    expect(iframes()).toEqual([]);
  });

  it('"Always allow" of a named category loads the service it grants with it', () => {
    const { store } = setup({ preset: youtubeEmbed, category: 'marketing', src: YOUTUBE, title: 'Video' });
    fireEvent.click(screen.getByRole('button', { name: /Always allow Marketing/ }));
    expect(store.isGranted('service:youtube')).toBe(true);
    expect(iframes()).toEqual([YOUTUBE]);
  });
});
