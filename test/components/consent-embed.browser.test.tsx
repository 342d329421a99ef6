import '../../src/styles/index.css';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../axe-violations';
import { focusForKeyboard } from '../browser-page';
import { ConsentEmbed } from '../../src/components/consent-embed';
import { googleMapsEmbed, spotifyEmbed, vimeoEmbed, youtubeEmbed } from '../../src/components/embed-presets';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { ConsentProvider } from '../../src/react/provider';
import { interceptRequests } from '../integrations/intercept';
import { embedConfig } from './reach-fixtures';

// Real browser events are not wrapped in act(); tests wait for the DOM instead.
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

const VIDEO = 'https://www.youtube-nocookie.com/embed/ck-test-video';
const VIMEO = 'https://player.vimeo.com/video/ck-test?dnt=1';
const MAP = 'https://www.google.com/maps/embed?pb=ck-test-map';
/** Every request that reached the fake third parties, by URL. */
let requests: string[] = [];
let stop: () => Promise<void>;

beforeAll(async () => {
  // The third parties, served from the test: each request is counted and answered with a page.
  stop = await interceptRequests(['https://www.youtube-nocookie.com/*', 'https://www.google.com/maps/*', 'https://open.spotify.com/*', 'https://player.vimeo.com/*'], ({ request }) => {
    requests.push(request.url);
    return new Response('<!doctype html><title>player</title><p>third party</p>', { headers: { 'content-type': 'text/html' } });
  });
});
afterAll(() => stop());
beforeEach(() => {
  requests = [];
});
afterEach(cleanup);

function renderEmbeds(ui?: React.ReactNode) {
  const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
  render(
    <ConsentProvider store={store}>
      <main>
        <h1>Launch</h1>
        {ui ?? (
          <>
            <ConsentEmbed preset={youtubeEmbed} src={VIDEO} title="Launch video" />
            <ConsentEmbed preset={youtubeEmbed} src={`${VIDEO}-2`} title="Second video" />
          </>
        )}
        <p data-testid="below">Text below the embeds.</p>
      </main>
    </ConsentProvider>,
  );
  return store;
}

const placeholder = (title: string) => screen.getByRole('group', { name: title });
/** Waits long enough for an iframe that was (wrongly) added to have asked its origin. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 5000 });

describe('ConsentEmbed in Chromium', () => {
  it('given no decision, should create no iframe and send no request to the third party, whatever is rendered', async () => {
    renderEmbeds();
    await settle();
    expect(document.querySelector('iframe')).toBeNull();
    expect(requests).toEqual([]);
  });

  it('should show a card naming the service, its purpose and its privacy policy from the config, with two buttons', async () => {
    renderEmbeds();
    const card = placeholder('Launch video');
    expect(card).toHaveTextContent('This content is provided by YouTube');
    expect(card).toHaveTextContent('Plays videos hosted on YouTube');
    expect(within(card).getByRole('link', { name: 'YouTube privacy policy' })).toHaveAttribute('href', 'https://policies.google.com/privacy');
    expect(within(card).getByRole('button', { name: 'Load this once' })).toHaveAccessibleDescription('Launch video');
    expect(within(card).getByRole('button', { name: 'Always allow YouTube' })).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('after "Load this once", should load that embed only, save nothing, and move focus into it', async () => {
    const store = renderEmbeds();
    await userEvent.click(within(placeholder('Launch video')).getByRole('button', { name: 'Load this once' }));
    const frame = await screen.findByTitle('Launch video');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('src', VIDEO);
    expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    expect(document.activeElement).toBe(frame);
    await eventually(() => expect(requests).toEqual([VIDEO]));
    // The other video still waits, and no decision was stored.
    expect(placeholder('Second video')).toBeVisible();
    expect(store.getState().decided).toBe(false);
    expect(store.isGranted('marketing')).toBe(false);
  });

  it('after "Always allow YouTube", should save a grant of that service and load every YouTube embed, not another service of its category; withdrawal puts the cards back', async () => {
    const store = renderEmbeds(
      <>
        <ConsentEmbed preset={youtubeEmbed} src={VIDEO} title="Launch video" />
        <ConsentEmbed preset={youtubeEmbed} src={`${VIDEO}-2`} title="Second video" />
        <ConsentEmbed preset={vimeoEmbed} src={VIMEO} title="Vimeo video" />
      </>,
    );
    await userEvent.click(within(placeholder('Second video')).getByRole('button', { name: 'Always allow YouTube' }));
    await eventually(() => expect(document.querySelectorAll('iframe')).toHaveLength(2));
    expect(store.isGranted('service:youtube')).toBe(true);
    expect(store.isGranted('service:vimeo')).toBe(false);
    expect(placeholder('Vimeo video')).toBeVisible();
    expect(store.getState().record?.choices).toMatchObject({ marketing: true, functional: false, analytics: false });
    expect(store.getState().record?.services).toMatchObject({ youtube: true, vimeo: false });
    expect(document.activeElement).toBe(screen.getByTitle('Second video'));
    await eventually(() => expect([...requests].sort()).toEqual([VIDEO, `${VIDEO}-2`]));
    store.save({ marketing: false });
    await waitFor(() => expect(document.querySelector('iframe')).toBeNull());
    expect(placeholder('Launch video')).toBeVisible();
  });

  it('given the category already granted, should render the iframe at once', async () => {
    const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
    store.acceptAll();
    render(
      <ConsentProvider store={store}>
        <ConsentEmbed preset={googleMapsEmbed} src={MAP} title="Studio map" />
      </ConsentProvider>,
    );
    expect(screen.getByTitle('Studio map').tagName).toBe('IFRAME');
    await eventually(() => expect(requests).toEqual([MAP]));
  });

  it('is operable by keyboard alone: Tab reaches the link and both buttons, Enter loads', async () => {
    renderEmbeds(<ConsentEmbed preset={youtubeEmbed} src={VIDEO} title="Launch video" />);
    const heading = screen.getByRole('heading', { name: 'Launch' });
    heading.tabIndex = -1;
    await focusForKeyboard(heading);
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName('YouTube privacy policy');
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName('Load this once');
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName('Always allow YouTube');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(document.activeElement).toBe(screen.getByTitle('Launch video')));
    // Let the player's request be answered before the iframe is removed.
    await eventually(() => expect(requests).toEqual([VIDEO]));
    await settle();
  });

  it('given a category instead of a service, "Always allow" names and grants the category', async () => {
    const store = renderEmbeds(<ConsentEmbed src={MAP} title="Studio map" category="functional" service="Google Maps" />);
    await userEvent.click(screen.getByRole('button', { name: 'Always allow Functional' }));
    await eventually(() => expect(screen.getByTitle('Studio map').tagName).toBe('IFRAME'));
    expect(store.getState().record?.choices).toMatchObject({ functional: true, marketing: false });
    await eventually(() => expect(requests).toEqual([MAP]));
    await settle();
  });

  it.each([
    ['YouTube (16 / 9)', youtubeEmbed, VIDEO, 'marketing'],
    ['Google Maps (4 / 3)', googleMapsEmbed, MAP, 'functional'],
    ['Spotify (352px high)', spotifyEmbed, 'https://open.spotify.com/embed/track/ck-test', 'marketing'],
  ] as const)('%s: loading it shifts nothing on the page (no layout shift, the text below stays put)', async (_, preset, src, category) => {
    const store = renderEmbeds(
      <div style={{ width: 480 }}>
        <ConsentEmbed preset={preset} src={src} title="Embed" category={category} />
      </div>,
    );
    const below = screen.getByTestId('below');
    const box = document.querySelector('.ck-embed')!;
    const before = below.getBoundingClientRect().top;
    const boxBefore = box.getBoundingClientRect().height;
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value)));
    observer.observe({ type: 'layout-shift' });
    store.save({ [category]: true });
    const frame = await screen.findByTitle('Embed');
    await eventually(() => expect(requests).toEqual([src]));
    await settle();
    observer.disconnect();
    expect(frame.getBoundingClientRect().height).toBeCloseTo(boxBefore, 0);
    expect(below.getBoundingClientRect().top).toBe(before);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
    if (preset.height) expect(boxBefore).toBe(352);
    else expect(box.getBoundingClientRect().width / boxBefore).toBeCloseTo(preset === googleMapsEmbed ? 4 / 3 : 16 / 9, 1);
  });
});
