import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { connectGoogleConsentMode } from '../../src/integrations/google-consent-mode';
import { balancedMasteringConfig } from '../../stories/demo/balanced-mastering';

const commands = () => (window.dataLayer ?? []).map((entry) => Array.from(entry as ArrayLike<unknown>));

describe('connectGoogleConsentMode', () => {
  beforeEach(() => {
    window.dataLayer = [];
  });

  it('given no decision, should push a denied default for every mapped signal and no update', () => {
    const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });
    connectGoogleConsentMode(store, { analytics: ['analytics_storage'], functional: ['functionality_storage'] });
    expect(commands()).toEqual([['consent', 'default', { analytics_storage: 'denied', functionality_storage: 'denied' }]]);
  });

  it('after a decision, should push one update with the granted signals, and nothing for an unrelated change', () => {
    const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });
    connectGoogleConsentMode(store, { analytics: ['analytics_storage'], functional: ['functionality_storage'] });
    store.save({ analytics: true, functional: false });
    store.openPreferences();
    expect(commands().slice(1)).toEqual([['consent', 'update', { analytics_storage: 'granted', functionality_storage: 'denied' }]]);
  });

  it('given a returning visitor who accepted, should push the update at once', () => {
    const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });
    store.acceptAll();
    window.dataLayer = [];
    connectGoogleConsentMode(store, { analytics: ['analytics_storage'] });
    expect(commands()).toEqual([
      ['consent', 'default', { analytics_storage: 'denied' }],
      ['consent', 'update', { analytics_storage: 'granted' }],
    ]);
  });

  it('given a signal mapped from two categories, should grant it only when both are granted', () => {
    const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });
    connectGoogleConsentMode(store, { analytics: ['ad_storage'], functional: ['ad_storage'] });
    store.save({ analytics: true, functional: false });
    // Still denied, as in the default: nothing new to tell Google.
    expect(commands()).toEqual([['consent', 'default', { ad_storage: 'denied' }]]);
    store.save({ functional: true });
    expect(commands().at(-1)).toEqual(['consent', 'update', { ad_storage: 'granted' }]);
  });
});
