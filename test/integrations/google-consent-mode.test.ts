import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { connectGoogleConsentMode } from '../../src/integrations/google-consent-mode';
import { balancedMasteringConfig } from '../../stories/demo/balanced-mastering';

const allDenied = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'denied',
};

const commands = () => (window.dataLayer ?? []).map((entry) => Array.from(entry as ArrayLike<unknown>));

describe('connectGoogleConsentMode', () => {
  beforeEach(() => {
    window.dataLayer = [];
  });

  it('given no decision, should push a denied default for every signal, mapped or not, and no update', () => {
    const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });
    connectGoogleConsentMode(store, { analytics: ['analytics_storage'], functional: ['functionality_storage'] });
    expect(commands()).toEqual([['consent', 'default', allDenied]]);
  });

  it('given a signal mapped to a required category, should grant it in the default, before any decision, and never send an update for it', () => {
    const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });
    connectGoogleConsentMode(store, { essential: ['security_storage'], analytics: ['analytics_storage'] });
    expect(commands()).toEqual([['consent', 'default', { ...allDenied, security_storage: 'granted' }]]);
    store.rejectAll();
    expect(commands()).toHaveLength(1);
    store.acceptAll();
    expect(commands().at(-1)).toEqual(['consent', 'update', { security_storage: 'granted', analytics_storage: 'granted' }]);
  });

  it('given a dataLayer whose push throws, or none that can be pushed to, decisions are still stored and announced', () => {
    const throwing = {
      push() {
        throw new Error('tag manager broke');
      },
    };
    for (const dataLayer of [throwing, Object.freeze([]), 'not an array']) {
      window.dataLayer = dataLayer as unknown as unknown[];
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onDecision = vi.fn();
      const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter(), onDecision });
      const listener = vi.fn();
      expect(() => connectGoogleConsentMode(store, { analytics: ['analytics_storage'] })).not.toThrow();
      store.subscribe(listener);
      expect(() => store.acceptAll()).not.toThrow();
      expect(store.getState()).toMatchObject({ decided: true, choices: { analytics: 'granted' } });
      expect(onDecision).toHaveBeenCalledTimes(1);
      expect(listener).toHaveBeenCalled();
    }
  });

  it('given no dataLayer yet, should create it', () => {
    delete window.dataLayer;
    const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });
    connectGoogleConsentMode(store, { analytics: ['analytics_storage'] });
    expect(commands()).toEqual([['consent', 'default', allDenied]]);
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
      ['consent', 'default', allDenied],
      ['consent', 'update', { analytics_storage: 'granted' }],
    ]);
  });

  it('given a signal mapped from two categories, should grant it only when both are granted', () => {
    const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });
    connectGoogleConsentMode(store, { analytics: ['ad_storage'], functional: ['ad_storage'] });
    store.save({ analytics: true, functional: false });
    // Still denied, as in the default: nothing new to tell Google.
    expect(commands()).toEqual([['consent', 'default', allDenied]]);
    store.save({ functional: true });
    expect(commands().at(-1)).toEqual(['consent', 'update', { ad_storage: 'granted' }]);
  });
});
