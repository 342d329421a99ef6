import { defineConsentConfig } from '../../src/core/config';
import { decodeConsentRecord, encodeConsentRecord, type ConsentRecord } from '../../src/core/record';
import { createConsentStore, type ConsentChange } from '../../src/core/store';
import { memoryAdapter } from '../../src/storage/memory';
import { categoriesOf, serviceConfig, servicesOf, visibleCookies } from './fixtures';

const T0 = Date.UTC(2026, 0, 15);
const serviceIds = serviceConfig.services.map((service) => service.id);

const store = (options: Parameters<typeof createConsentStore>[1] = {}) =>
  createConsentStore(serviceConfig, { storage: memoryAdapter(), gpc: false, doNotTrack: false, now: () => T0, ...options });

/** The stored value of a store's memory adapter, decoded with the service config. */
const storedOf = (value: string) => {
  const result = decodeConsentRecord(value, serviceConfig.categoryIds, serviceIds);
  if (!result.ok) throw new Error(result.reason);
  return result.record;
};

/** A record as a store would have written it for `serviceConfig`. */
const recordValue = (patch: Partial<ConsentRecord> = {}) => {
  const decidedAt = T0 / 1000 - 3600;
  return encodeConsentRecord({
    schema: 2,
    revision: 1,
    id: 'a'.repeat(32),
    decidedAt,
    expiresAt: decidedAt + serviceConfig.consentExpirySeconds,
    method: 'custom',
    gpc: false,
    choices: { essential: true, functional: true, analytics: true, advertising: false },
    services: { stripe: true, ga: true, hotjar: true, ads: false },
    ...patch,
  });
};

const clearCookies = () => {
  for (const name of visibleCookies()) document.cookie = `${name}=; Max-Age=0; Path=/`;
};

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  clearCookies();
});

afterEach(() => {
  vi.restoreAllMocks();
  clearCookies();
});

describe('per-service consent in the store', () => {
  describe('before a decision', () => {
    it('should grant only the services of required categories', () => {
      const s = store();
      expect(servicesOf(s.getState().choices)).toEqual({ stripe: 'granted', ga: 'undecided', hotjar: 'undecided', ads: 'undecided' });
      expect(s.isGranted('service:stripe')).toBe(true);
      expect(s.isGranted('service:ga')).toBe(false);
    });

    it('should list no service without an id (Cloudflare is only in the policy)', () => {
      expect(Object.keys(servicesOf(store().getState().choices))).toEqual(['stripe', 'ga', 'hotjar', 'ads']);
    });
  });

  describe('after Accept all', () => {
    it('should grant every service and store each choice in the record (schema 2)', () => {
      const storage = memoryAdapter();
      const s = store({ storage });
      s.acceptAll();
      expect(servicesOf(s.getState().choices)).toEqual({ stripe: 'granted', ga: 'granted', hotjar: 'granted', ads: 'granted' });
      expect(s.isGranted('service:hotjar')).toBe(true);
      const stored = storedOf(storage.get() as string);
      expect(stored.schema).toBe(2);
      expect(stored.services).toEqual({ stripe: true, ga: true, hotjar: true, ads: true });
    });
  });

  describe('after Reject all', () => {
    it("should deny every service but those of required categories, which stay granted", () => {
      const s = store();
      s.rejectAll();
      expect(servicesOf(s.getState().choices)).toEqual({ stripe: 'granted', ga: 'denied', hotjar: 'denied', ads: 'denied' });
      expect(s.getState().record?.services).toEqual({ stripe: true, ga: false, hotjar: false, ads: false });
    });
  });

  describe('given one service turned off inside a granted category', () => {
    it("should deny it, keep its category and the category's other services granted, and erase only its cookies", () => {
      const s = store();
      s.acceptAll();
      for (const name of ['_ga', '_ga_ABC', '_hjSessionUser_42', 'usage-stats']) document.cookie = `${name}=1; Path=/`;
      s.save({ 'service:hotjar': false });
      expect(s.isGranted('analytics')).toBe(true);
      expect(s.isGranted('service:ga')).toBe(true);
      expect(s.isGranted('service:hotjar')).toBe(false);
      expect(s.getState().choices.analytics).toBe('granted');
      expect(visibleCookies()).toEqual(expect.arrayContaining(['_ga', '_ga_ABC', 'usage-stats']));
      expect(visibleCookies()).not.toContain('_hjSessionUser_42');
    });

    it("should refuse to write that service's cookies, and still write the category's other ones", () => {
      const s = store();
      s.acceptAll();
      s.save({ 'service:hotjar': false });
      expect(s.cookies.set('_hjSessionUser_42' as never, 'x')).toBe(false);
      expect(s.cookies.set('_ga', 'GA1.1')).toBe(true);
      expect(s.cookies.set('usage-stats', '3')).toBe(true);
      expect(visibleCookies()).not.toContain('_hjSessionUser_42');
    });

    it("should tell onChange of the service's change, as 'service:<id>'", () => {
      const changes: ConsentChange[] = [];
      const s = store({ onChange: (change) => changes.push(change as ConsentChange) });
      s.acceptAll();
      s.save({ 'service:hotjar': false });
      expect(changes.at(-1)!.diff).toEqual({ 'service:hotjar': { from: 'granted', to: 'denied' } });
    });
  });

  describe('a category switch', () => {
    it('turned on should grant all its services', () => {
      const s = store();
      s.save({ analytics: true });
      expect(servicesOf(s.getState().choices)).toMatchObject({ ga: 'granted', hotjar: 'granted', ads: 'denied' });
    });

    it('turned off should deny all its services and erase their cookies', () => {
      const s = store();
      s.acceptAll();
      document.cookie = '_ga=1; Path=/';
      s.save({ analytics: false });
      expect(servicesOf(s.getState().choices)).toMatchObject({ ga: 'denied', hotjar: 'denied' });
      expect(s.isGranted('service:ga')).toBe(false);
      expect(visibleCookies()).not.toContain('_ga');
    });

    it('turned on with one service off should grant the others only', () => {
      const s = store();
      s.save({ analytics: true, 'service:hotjar': false });
      expect(servicesOf(s.getState().choices)).toMatchObject({ ga: 'granted', hotjar: 'denied' });
    });
  });

  describe('a single service granted on its own (as an "Always allow" would)', () => {
    it('should grant its category with it, and no other service of that category', () => {
      const s = store();
      s.save({ 'service:ga': true });
      expect(s.isGranted('analytics')).toBe(true);
      expect(s.isGranted('service:ga')).toBe(true);
      expect(s.isGranted('service:hotjar')).toBe(false);
      expect(s.getState().choices.functional).toBe('denied');
    });

    it('should keep the services the decision already granted', () => {
      const s = store();
      s.save({ 'service:ga': true });
      s.save({ 'service:hotjar': true });
      expect(servicesOf(s.getState().choices)).toMatchObject({ ga: 'granted', hotjar: 'granted' });
    });
  });

  describe('G1 for services: granted only by a current decision that names and grants it, with its category', () => {
    it('should not grant a service whose category the stored decision refuses, whatever it says of the service', () => {
      const s = store({ storage: memoryAdapter(recordValue({ choices: { essential: true, functional: true, analytics: false, advertising: false }, services: { stripe: true, ga: true, hotjar: true, ads: false } })) });
      expect(servicesOf(s.getState().choices).ga).toBe('denied');
      expect(s.isGranted('service:ga')).toBe(false);
    });

    it('should not grant a service after the decision lapses', () => {
      let now = T0;
      const s = store({ now: () => now });
      s.acceptAll();
      now += serviceConfig.consentExpirySeconds * 1000 + 1000;
      expect(s.isGranted('service:ga')).toBe(false);
    });

    it('should not grant a sale/sharing service under GPC by a decision made without it', () => {
      const s = store({ storage: memoryAdapter(recordValue({ choices: { essential: true, functional: true, analytics: true, advertising: true }, services: { stripe: true, ga: true, hotjar: true, ads: true } })), gpc: true });
      expect(s.isGranted('advertising')).toBe(false);
      expect(s.isGranted('service:ads')).toBe(false);
    });

    it('should never grant an unknown service, and warn in development', () => {
      const s = store();
      s.acceptAll();
      expect(s.isGranted('service:nope' as never)).toBe(false);
      expect(s.isGranted('service:' as never)).toBe(false);
      expect(s.isGranted('service:undefined' as never)).toBe(false);
      expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('unknown service "service:nope"'));
    });

    it('save() should ignore an unknown service', () => {
      const s = store();
      s.save({ 'service:nope': true } as never);
      expect(s.getState().record?.services).not.toHaveProperty('nope');
      expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('unknown service "service:nope"'));
    });
  });

  describe('given a service added since the decision (same revision)', () => {
    const withoutHotjar = recordValue({ services: { stripe: true, ga: true, ads: false } });

    it('should ask again for its category only: the category and its services read undecided, the others keep their choices', () => {
      const s = store({ storage: memoryAdapter(withoutHotjar ) });
      const state = s.getState();
      expect(state.decided).toBe(false);
      expect(state.record?.id).toBe('a'.repeat(32));
      expect(categoriesOf(state.choices)).toEqual({ essential: 'granted', functional: 'granted', analytics: 'undecided', advertising: 'denied' });
      expect(servicesOf(state.choices)).toEqual({ stripe: 'granted', ga: 'undecided', hotjar: 'undecided', ads: 'denied' });
      expect(s.isGranted('functional')).toBe(true);
      expect(s.isGranted('service:ga')).toBe(false);
    });

    it("should keep the other categories' cookies while it asks", async () => {
      document.cookie = 'theme-mode=dark; Path=/';
      document.cookie = '_ga=1; Path=/';
      const s = store({ storage: memoryAdapter(withoutHotjar) });
      const stop = s.connect();
      await vi.dynamicImportSettled();
      await vi.waitFor(() => expect(s.getState().status).toBe('ready'));
      expect(visibleCookies()).toContain('theme-mode');
      expect(visibleCookies()).not.toContain('_ga');
      stop();
    });

    it('should be decided again once the category is answered, keeping the services the decision granted', () => {
      const s = store({ storage: memoryAdapter(withoutHotjar ) });
      s.save({ 'service:hotjar': false });
      expect(s.getState().decided).toBe(true);
      expect(servicesOf(s.getState().choices)).toMatchObject({ ga: 'granted', hotjar: 'denied' });
      expect(s.getState().choices.functional).toBe('granted');
    });

    it('should not ask again for a category the decision refused', () => {
      const refused = recordValue({ choices: { essential: true, functional: true, analytics: false, advertising: false }, services: { stripe: true, ads: false } });
      const state = store({ storage: memoryAdapter(refused ) }).getState();
      expect(state.decided).toBe(true);
      expect(state.choices.analytics).toBe('denied');
      expect(servicesOf(state.choices)).toMatchObject({ ga: 'denied', hotjar: 'denied' });
    });

    it('should ask again only for the granted categories with services when the decision predates services (schema 1)', () => {
      const v1 = encodeConsentRecord({ schema: 1, revision: 1, id: 'b'.repeat(32), decidedAt: T0 / 1000 - 60, expiresAt: T0 / 1000 + 86400, method: 'custom', gpc: false, choices: { essential: true, functional: true, analytics: true, advertising: false } });
      const state = store({ storage: memoryAdapter(v1 ) }).getState();
      expect(categoriesOf(state.choices)).toEqual({ essential: 'granted', functional: 'granted', analytics: 'undecided', advertising: 'denied' });
      expect(state.choices['service:stripe']).toBe('granted');
    });

    it('should keep revision-bumps and new categories as they were: everything asked again', () => {
      const older = recordValue({ revision: 0 });
      expect(store({ storage: memoryAdapter(older ) }).getState()).toMatchObject({ decided: false, record: null });
    });
  });

  it('should reset services with the decision, and erase every service cookie', () => {
    const s = store();
    s.acceptAll();
    document.cookie = '_hjSessionUser_1=1; Path=/';
    s.reset();
    expect(servicesOf(s.getState().choices)).toEqual({ stripe: 'granted', ga: 'undecided', hotjar: 'undecided', ads: 'undecided' });
    expect(visibleCookies()).not.toContain('_hjSessionUser_1');
  });

  it('should store schema 1, as before, for a config without services or Do Not Track categories', () => {
    const plain = defineConsentConfig({ revision: 1, categories: { essential: { required: true, title: 'E', description: 'E' }, analytics: { title: 'A', description: 'A' } } });
    const storage = memoryAdapter();
    const s = createConsentStore(plain, { storage, gpc: false, doNotTrack: true });
    s.acceptAll();
    expect(storage.get()).toMatch(/^1\./);
    expect(s.getState().record).not.toHaveProperty('services');
  });
});
