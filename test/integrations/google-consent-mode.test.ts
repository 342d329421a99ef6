import { defineConsentConfig } from '../../src/core/config';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { connectGoogleConsentMode, googleConsentMap, GOOGLE_CONSENT_EVENT } from '../../src/integrations/google-consent-mode';
import { balancedMasteringConfig } from '../../stories/demo/balanced-mastering';
import { shopConfig } from '../core/fixtures';

const allDenied = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'denied',
};
const defaults = { ...allDenied, security_storage: 'granted' };

/** gtag commands as arrays; plain objects (dataLayer events) as they are. */
const entries = () =>
  (window.dataLayer ?? []).map((entry) => (Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry as ArrayLike<unknown>) : entry));
const commands = () => entries().filter(Array.isArray);
const events = () => entries().filter((entry) => !Array.isArray(entry));

beforeEach(() => {
  window.dataLayer = [];
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('googleConsentMap', () => {
  it('should map categories by id: required to security_storage, analytics, marketing/advertising to the ad signals, functional/preferences to storage', () => {
    const config = defineConsentConfig({
      revision: 1,
      categories: {
        necessary: { required: true, title: 'Necessary', description: 'Needed.' },
        analytics: { title: 'Analytics', description: 'Counts.' },
        marketing: { title: 'Marketing', description: 'Ads.' },
        advertising: { title: 'Advertising', description: 'Ads.' },
        functional: { title: 'Functional', description: 'Settings.' },
        preferences: { title: 'Preferences', description: 'Settings.' },
        social: { title: 'Social', description: 'Embeds.' },
      },
    });
    expect(googleConsentMap(config)).toEqual({
      necessary: ['security_storage'],
      analytics: ['analytics_storage'],
      marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
      advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
      functional: ['functionality_storage', 'personalization_storage'],
      preferences: ['functionality_storage', 'personalization_storage'],
      social: [],
    });
    expect(googleConsentMap(config, { social: ['ad_personalization'], analytics: [] })).toMatchObject({ social: ['ad_personalization'], analytics: [] });
  });
});

describe('connectGoogleConsentMode', () => {
  it('given no decision, should push a default for all seven signals (granted only for the required category), and no update', () => {
    const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });
    connectGoogleConsentMode(store);
    expect(commands()).toEqual([['consent', 'default', defaults]]);
  });

  it('given the head script pushed a default already, should not push another', () => {
    window.dataLayer!.push((function (..._args: unknown[]) {
      // eslint-disable-next-line prefer-rest-params
      return arguments;
    })('consent', 'default', defaults));
    const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });
    connectGoogleConsentMode(store);
    expect(commands()).toHaveLength(1);
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('given a first Reject all, should push an update although no signal changed, then the dataLayer event', () => {
    const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });
    connectGoogleConsentMode(store);
    store.rejectAll();
    const update = { security_storage: 'granted', functionality_storage: 'denied', personalization_storage: 'denied', analytics_storage: 'denied' };
    expect(entries().slice(1)).toEqual([
      ['consent', 'update', update],
      {
        event: GOOGLE_CONSENT_EVENT,
        consentkit: { id: store.getState().record!.id, method: 'reject-all', granted: ['essential'], denied: ['functional', 'analytics'], gpc: false },
      },
    ]);
    // The same choices again: a new decision, told again.
    store.rejectAll();
    expect(commands()).toHaveLength(3);
    expect(events()).toHaveLength(2);
  });

  it('after a withdrawal (reset), should push the defaults as an update and an event with method "reset"', () => {
    const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });
    connectGoogleConsentMode(store);
    store.acceptAll();
    store.reset();
    expect(commands().at(-1)).toEqual([
      'consent',
      'update',
      { security_storage: 'granted', functionality_storage: 'denied', personalization_storage: 'denied', analytics_storage: 'denied' },
    ]);
    expect(events().at(-1)).toMatchObject({ consentkit: { id: null, method: 'reset', granted: ['essential'] } });
  });

  it('given a dataLayer whose push throws, or none that can be pushed to, decisions are still stored and announced', () => {
    const throwing = {
      push() {
        throw new Error('tag manager broke');
      },
    };
    for (const dataLayer of [throwing, Object.freeze([]), 'not an array']) {
      window.dataLayer = dataLayer as unknown as unknown[];
      const onDecision = vi.fn();
      const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter(), onDecision });
      const listener = vi.fn();
      expect(() => connectGoogleConsentMode(store)).not.toThrow();
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
    connectGoogleConsentMode(store);
    expect(commands()).toEqual([['consent', 'default', defaults]]);
  });

  it('after a change of a signal without a new decision (GPC turned on), should push one update and no event', async () => {
    const store = createConsentStore(shopConfig, { storage: memoryAdapter() });
    store.save({ advertising: true, analytics: true });
    window.dataLayer = [];
    connectGoogleConsentMode(store, undefined, { defaults: false });
    // Loaded beforehand, the sync module the store imports on connect is ready within one task.
    await import('../../src/core/sync');
    const stop = store.connect();
    await new Promise((resolve) => setTimeout(resolve));
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    stop();
    store.openPreferences();
    expect(commands()).toEqual([
      ['consent', 'update', expect.objectContaining({ ad_storage: 'granted', analytics_storage: 'granted' })],
      ['consent', 'update', expect.objectContaining({ ad_storage: 'denied', analytics_storage: 'granted' })],
    ]);
    expect(events()).toHaveLength(1);
  });

  it('given a returning visitor who accepted, should push the update and the event at once', () => {
    const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });
    store.acceptAll();
    window.dataLayer = [];
    connectGoogleConsentMode(store, { functional: [] });
    expect(entries()).toEqual([
      ['consent', 'default', defaults],
      ['consent', 'update', { security_storage: 'granted', analytics_storage: 'granted' }],
      expect.objectContaining({ event: GOOGLE_CONSENT_EVENT, consentkit: expect.objectContaining({ method: 'accept-all' }) }),
    ]);
  });

  it('given a decision whose marketing grant predates a new marketing service, should tell Google at once what the store still grants (functional) and not what it asks again', () => {
    const categories = {
      essential: { required: true, title: 'Essential', description: 'Login.' },
      functional: { title: 'Functional', description: 'Settings.' },
      marketing: { title: 'Marketing', description: 'Ads.' },
    };
    const video = { id: 'video', name: 'Video', category: 'marketing' as const, purpose: 'Videos', data: 'Views', privacyPolicyUrl: 'https://video.example/privacy' };
    const storage = memoryAdapter();
    createConsentStore(defineConsentConfig({ revision: 1, categories, services: [video] }), { storage }).acceptAll();
    const later = defineConsentConfig({ revision: 1, categories, services: [video, { ...video, id: 'ads', name: 'Ads' }] });
    const store = createConsentStore(later, { storage });
    expect(store.getState()).toMatchObject({ decided: false, choices: { functional: 'granted', marketing: 'undecided' } });
    connectGoogleConsentMode(store);
    expect(commands().at(-1)).toEqual([
      'consent',
      'update',
      { security_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
    ]);
    // Nobody decided anything on this page: no decision event.
    expect(events()).toEqual([]);
  });

  it('given a sale/sharing category that runs without a decision (an opt-out region), should tell Google at once', () => {
    const store = createConsentStore(shopConfig, { storage: memoryAdapter(), region: 'US-CA' });
    expect(store.isGranted('advertising')).toBe(true);
    connectGoogleConsentMode(store);
    expect(commands().at(-1)).toEqual(['consent', 'update', expect.objectContaining({ ad_storage: 'granted', analytics_storage: 'denied' })]);
    expect(events()).toEqual([]);
  });

  it('given a signal mapped from two categories, should grant it only when both are granted', () => {
    const store = createConsentStore(balancedMasteringConfig, { storage: memoryAdapter() });
    connectGoogleConsentMode(store, { analytics: ['ad_storage'], functional: ['ad_storage'] });
    store.save({ analytics: true, functional: false });
    expect(commands().at(-1)).toEqual(['consent', 'update', { security_storage: 'granted', ad_storage: 'denied' }]);
    store.save({ functional: true });
    expect(commands().at(-1)).toEqual(['consent', 'update', { security_storage: 'granted', ad_storage: 'granted' }]);
  });
});
