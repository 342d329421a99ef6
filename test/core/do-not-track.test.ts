import { defineConsentConfig } from '../../src/core/config';
import { encodeConsentRecord } from '../../src/core/record';
import { createConsentStore } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { serviceConfig, servicesOf } from './fixtures';

const T0 = Date.UTC(2026, 0, 15);
// serviceConfig's analytics category honours Do Not Track; functional does not.
const store = (options: Parameters<typeof createConsentStore>[1] = {}) =>
  createConsentStore(serviceConfig, { storage: memoryAdapter(), gpc: false, now: () => T0, ...options });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Do Not Track, honoured like GPC for the categories marked doNotTrack', () => {
  describe('given DNT on before any decision', () => {
    it('should start a doNotTrack category (and its services) denied, and leave other categories undecided', () => {
      const { choices, dnt } = store({ doNotTrack: true }).getState();
      const services = servicesOf(choices);
      expect(dnt).toBe(true);
      expect(choices).toMatchObject({ functional: 'undecided', analytics: 'denied', advertising: 'undecided' });
      expect(services).toMatchObject({ ga: 'denied', hotjar: 'denied' });
    });

    it('should not grant it through Accept all', () => {
      const s = store({ doNotTrack: true });
      s.acceptAll();
      expect(s.isGranted('functional')).toBe(true);
      expect(s.isGranted('analytics')).toBe(false);
      expect(s.isGranted('service:ga')).toBe(false);
    });

    it('should grant it through an explicit choice, recorded as made with DNT on', () => {
      const storage = memoryAdapter();
      const s = store({ doNotTrack: true, storage });
      s.save({ analytics: true });
      expect(s.isGranted('analytics')).toBe(true);
      expect(s.isGranted('service:ga')).toBe(true);
      expect(s.getState().record?.dnt).toBe(true);
      expect(storage.get()).toMatch(/^2\.1\.[\da-f]{32}\.\d+\.\d+\.2\.2\./);
      // The explicit choice stands on the next page too.
      expect(store({ doNotTrack: true, storage }).isGranted('analytics')).toBe(true);
    });
  });

  it('should deny a grant made without DNT once DNT is on (and grant it again when DNT is off)', () => {
    const storage = memoryAdapter();
    store({ doNotTrack: false, storage }).acceptAll();
    const withDnt = store({ doNotTrack: true, storage });
    expect(withDnt.getState().choices.analytics).toBe('denied');
    expect(withDnt.isGranted('analytics')).toBe(false);
    expect(withDnt.isGranted('service:hotjar')).toBe(false);
    expect(withDnt.isGranted('functional')).toBe(true);
    expect(store({ doNotTrack: false, storage }).isGranted('analytics')).toBe(true);
  });

  it("should read the browser's navigator.doNotTrack, and again when the page becomes visible", async () => {
    let signal = '1';
    Object.defineProperty(navigator, 'doNotTrack', { configurable: true, get: () => signal });
    try {
      const storage = memoryAdapter();
      store({ storage, doNotTrack: false }).acceptAll();
      const s = store({ storage });
      expect(s.isGranted('analytics')).toBe(false);
      const stop = s.connect();
      await vi.dynamicImportSettled();
      signal = '0';
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.waitFor(() => expect(s.getState().choices.analytics).toBe('granted'));
      signal = '1';
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.waitFor(() => expect(s.getState().choices.analytics).toBe('denied'));
      stop();
    } finally {
      delete (navigator as { doNotTrack?: unknown }).doNotTrack;
    }
  });

  it('should change nothing for a site that marks no category, and keep its records in schema 1', () => {
    const plain = defineConsentConfig({ revision: 1, categories: { essential: { required: true, title: 'E', description: 'E' }, analytics: { title: 'A', description: 'A' } } });
    const storage = memoryAdapter();
    const s = createConsentStore(plain, { storage, gpc: false, doNotTrack: true });
    expect(s.getState().choices.analytics).toBe('undecided');
    s.acceptAll();
    expect(s.isGranted('analytics')).toBe(true);
    expect(storage.get()).toMatch(/^1\./);
  });

  it('should start hydration from the server\'s DNT signal (initialDoNotTrack), then take the browser\'s', () => {
    const decidedAt = T0 / 1000 - 60;
    const value = encodeConsentRecord({
      schema: 2,
      revision: 1,
      id: 'a'.repeat(32),
      decidedAt,
      expiresAt: decidedAt + 86400,
      method: 'accept-all',
      gpc: false,
      choices: { essential: true, functional: true, analytics: true, advertising: true },
      services: { stripe: true, ga: true, hotjar: true, ads: true },
    });
    const s = store({ initialValue: value, initialDoNotTrack: false, doNotTrack: true, storage: memoryAdapter(value) });
    expect(s.getInitialState().choices.analytics).toBe('granted');
    // The gates never grant under the browser's signal, even before the first read.
    expect(s.isGranted('analytics')).toBe(false);
  });

  it('should refuse a category both required and doNotTrack, naming it', () => {
    expect(() => defineConsentConfig({ revision: 1, categories: { essential: { title: 'E', description: 'E', required: true, doNotTrack: true } } })).toThrow(
      /config\.categories\.essential cannot be both required and doNotTrack/,
    );
  });
});
