import { render, screen, within } from '@testing-library/react';
import { ConsentBanner } from '../../src/components/banner';
import { ConsentPreferences } from '../../src/components/preferences';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { ConsentProvider } from '../../src/react/provider';
import { balancedMasteringConfig as config } from '../../stories/demo/balanced-mastering';

// Real browser events are not wrapped in act(); tests wait for the DOM instead.
// (Testing Library turns the act environment on in its own beforeAll, registered earlier.)
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

// Its own file, so its page has never loaded the dialog before.
test('the preferences dialog code is fetched on first open, not before', async () => {
  const fetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('preferences-dialog'));
  render(
    <ConsentProvider store={createConsentStore(config, { storage: memoryAdapter() })}>
      <ConsentBanner />
      <ConsentPreferences />
    </ConsentProvider>,
  );
  const banner = screen.getByRole('region', { name: 'Cookie consent' });
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(fetched()).toBe(false);
  within(banner).getByRole('button', { name: 'Customize' }).click();
  expect(await screen.findByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy();
  expect(fetched()).toBe(true);
});
