import '../../src/styles/index.css';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../axe-violations';
import { ConsentBanner } from '../../src/components/banner';
import { ConsentPreferences } from '../../src/components/preferences';
import { defineConsentConfig } from '../../src/core/config';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { ConsentProvider } from '../../src/react/provider';
import { de, deExtra } from '../../src/locales/de';
import { embedConfig } from './reach-fixtures';

// Real browser events are not wrapped in act(); tests wait for the DOM instead.
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
afterEach(cleanup);

/** The same policy at an older revision, without a policy page. */
const olderConfig = defineConsentConfig({ ...embedConfig, revision: 1, policyUrl: undefined } as never) as unknown as typeof embedConfig;

function renderBanner(storage = memoryAdapter(), config: typeof olderConfig = embedConfig, messages?: typeof de) {
  const store = createConsentStore(config, { storage });
  render(
    <ConsentProvider store={store} messages={messages}>
      <ConsentBanner />
      <ConsentPreferences />
    </ConsentProvider>,
  );
  return store;
}

const banner = () => screen.findByRole('region', { name: /cookie/i });

describe('the policy link and the updated-policy notice in Chromium', () => {
  it('given config.policyUrl, the banner and the preferences dialog header link to it', async () => {
    renderBanner();
    const region = await banner();
    expect(within(region).getByRole('link', { name: 'Cookie policy' })).toHaveAttribute('href', '/cookie-policy');
    await userEvent.click(within(region).getByRole('button', { name: 'Customize' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cookie preferences' });
    expect(within(dialog).getByRole('link', { name: 'Cookie policy' })).toHaveAttribute('href', '/cookie-policy');
    expect(await axeViolations()).toEqual([]);
  });

  it('given no policyUrl, there is no link', async () => {
    renderBanner(memoryAdapter(), olderConfig);
    expect(within(await banner()).queryByRole('link')).toBeNull();
  });

  it('on a first visit, the banner greets with the first-visit text', async () => {
    renderBanner();
    const region = await banner();
    expect(region).toHaveTextContent('We use cookies');
    expect(region).not.toHaveTextContent('We updated our cookie policy');
  });

  it('given a decision made under an older revision, the banner says the policy changed, not the first-visit text', async () => {
    const storage = memoryAdapter();
    const earlier = createConsentStore(olderConfig, { storage });
    earlier.acceptAll();
    const store = renderBanner(storage);
    const region = await banner();
    expect(region).toHaveTextContent('We updated our cookie policy');
    expect(region).toHaveTextContent('Our cookie policy has changed since you last made a choice');
    expect(region).not.toHaveTextContent('We use cookies');
    expect(store.getState().policyUpdated).toBe(true);
    // Nothing of the older decision holds meanwhile.
    expect(store.isGranted('marketing')).toBe(false);
    await userEvent.click(within(region).getByRole('button', { name: 'Reject all' }));
    expect(screen.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
    expect(store.getState().policyUpdated).toBe(false);
  });

  describe('in German, after a revision', () => {
    const revised = async (messages: typeof de) => {
      const storage = memoryAdapter();
      createConsentStore(olderConfig, { storage }).acceptAll();
      renderBanner(storage, embedConfig, messages);
      return screen.findByRole('region', { name: de.banner.label });
    };

    it('with deExtra, the banner says in German that the policy changed', async () => {
      const region = await revised({ ...de, ...deExtra });
      expect(region).toHaveTextContent(deExtra.notice.updatedTitle);
      expect(within(region).getByRole('link', { name: deExtra.notice.policyLink })).toBeInTheDocument();
    });

    it('without deExtra, it keeps the German first-visit words rather than switching to English', async () => {
      const region = await revised(de);
      expect(region).toHaveTextContent(de.banner.title);
      expect(region).not.toHaveTextContent('We updated our cookie policy');
    });
  });
});
