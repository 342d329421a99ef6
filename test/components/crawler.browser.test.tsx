import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { ConsentBanner } from '../../src/components/banner';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { ConsentProvider } from '../../src/react/provider';
import { embedConfig } from './reach-fixtures';

const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** Renders the banner as a browser reporting `agent` would (its own user agent when undefined). */
function renderAs(agent: string | undefined, props: Parameters<typeof ConsentBanner>[0] = {}) {
  if (agent) Object.defineProperty(navigator, 'userAgent', { value: agent, configurable: true });
  const store = createConsentStore(embedConfig, { storage: memoryAdapter() });
  render(
    <ConsentProvider store={store}>
      <ConsentBanner {...props} />
    </ConsentProvider>,
  );
  return store;
}

afterEach(() => {
  cleanup();
  // Back to the browser's own user agent (the prototype's getter).
  delete (navigator as { userAgent?: string }).userAgent;
});

describe('the banner and crawlers in Chromium', () => {
  it('given a person, the banner shows', async () => {
    renderAs(undefined);
    expect(await screen.findByRole('region', { name: 'Cookie consent' })).toBeVisible();
  });

  it('given a crawler rendering the page, no banner is rendered (and nothing is granted)', async () => {
    const store = renderAs(GOOGLEBOT);
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    expect(screen.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
    expect(document.body).not.toHaveTextContent('We use cookies');
    expect(store.isGranted('analytics')).toBe(false);
  });

  it('given hideFromCrawlers={false}, the crawler sees the banner', async () => {
    renderAs(GOOGLEBOT, { hideFromCrawlers: false });
    expect(await screen.findByRole('region', { name: 'Cookie consent' })).toBeVisible();
  });
});
