import { describe, expect, it, vi } from 'vitest';
import { defineConsentConfig, type ConsentConfig } from '../../src/core/config';
import { DEFAULT_JURISDICTIONS, jurisdictionModel, type JurisdictionMap, type JurisdictionModel } from '../../src/core/jurisdictions';
import { createConsentStore } from '../../src/core/store';
import { decodeConsentRecord } from '../../src/core/record';
import { memoryAdapter } from '../../src/storage/memory';
import { shopConfig } from './fixtures';

const T0 = Date.UTC(2026, 0, 15);
const ids = shopConfig.categoryIds;

describe('jurisdictionModel: the shipped mapping', () => {
  it.each<[string | undefined, JurisdictionModel]>([
    ['DE', 'opt-in'],
    ['FR', 'opt-in'],
    ['NO', 'opt-in'],
    ['GB', 'opt-in'],
    ['CH', 'opt-in'],
    ['BR', 'opt-in'],
    ['US-CA', 'opt-out'],
    ['US-CO', 'opt-out'],
    ['US-TX', 'opt-out'],
    ['US-DE', 'opt-out'],
    ['US', 'opt-out'],
    ['US-WA', 'notice-only'],
    ['JP', 'none'],
    [undefined, 'opt-in'],
    ['', 'opt-in'],
    ['california', 'opt-in'],
  ])('given region %s, should use %s', (region, model) => {
    expect(jurisdictionModel(region)).toBe(model);
  });

  it('given a site override per region, should use it over the shipped model', () => {
    const overrides: JurisdictionMap = { 'US-WA': 'opt-out', '*': 'opt-in', 'US-*': 'opt-in' };
    expect([jurisdictionModel('US-WA', overrides), jurisdictionModel('JP', overrides), jurisdictionModel('US-OH', overrides), jurisdictionModel('DE', overrides)]).toEqual([
      'opt-out',
      'opt-in',
      'opt-in',
      'opt-in',
    ]);
  });

  it('ships every EU and EEA country as opt-in', () => {
    const eea = 'AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' ');
    expect(eea.filter((code) => DEFAULT_JURISDICTIONS[code] !== 'opt-in')).toEqual([]);
  });
});

describe('config.jurisdictions', () => {
  const base = { revision: 1, categories: { ads: { title: 'Ads', description: 'Ads.', saleOrSharing: true } } };

  it('given a misspelt model or region, should not compile, and should throw naming the field', () => {
    // @ts-expect-error 'opt_out' is not a model
    expect(() => defineConsentConfig({ ...base, jurisdictions: { 'US-CA': 'opt_out' } })).toThrow(/config\.jurisdictions\.US-CA/);
    // @ts-expect-error 'US-XX' is not a US state
    expect(() => defineConsentConfig({ ...base, jurisdictions: { 'US-XX': 'opt-out', california: 'opt-out' } })).toThrow(/config\.jurisdictions\.california/);
    // @ts-expect-error lower case is not a region code
    expect(() => defineConsentConfig({ ...base, jurisdictions: { de: 'opt-in' } })).toThrow(/config\.jurisdictions\.de/);
  });

  it('given valid overrides, should keep them frozen in the config', () => {
    const config = defineConsentConfig({ ...base, jurisdictions: { 'US-CA': 'opt-out', '*': 'opt-in', 'US-*': 'none' } });
    expect(config.jurisdictions).toEqual({ 'US-CA': 'opt-out', '*': 'opt-in', 'US-*': 'none' });
    expect(Object.isFrozen(config.jurisdictions)).toBe(true);
  });

  it('given a category both required and optOut, should throw naming it', () => {
    expect(() => defineConsentConfig({ revision: 1, categories: { core: { title: 'Core', description: 'Core.', required: true, optOut: true } } })).toThrow(/config\.categories\.core/);
  });
});

/** A store for a first visit in `region`, with or without GPC; connected, so that it can store a GPC opt-out. */
async function visit(region: string | undefined, gpc: boolean, storage = memoryAdapter(), config: ConsentConfig = shopConfig) {
  const store = createConsentStore(config as typeof shopConfig, { storage, region, gpc, doNotTrack: false, now: () => T0 });
  const stop = store.connect();
  await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { store, stop, storage };
}

/** navigator.globalPrivacyControl under the test's control, as a browser's setting switched while a page is open. */
function gpcSetting() {
  let on = false;
  Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => on });
  return {
    set: (value: boolean) => (on = value),
    restore: () => delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl,
  };
}

const granted = (store: { isGranted(id: (typeof ids)[number]): boolean }) => ids.filter((id) => store.isGranted(id));

describe('first visit per model (shop config: functional, analytics, advertising sells or shares)', () => {
  it.each<[string, string | undefined, boolean, string[]]>([
    ['opt-in (DE)', 'DE', false, ['essential']],
    ['opt-in (DE) with GPC', 'DE', true, ['essential']],
    ['no region', undefined, false, ['essential']],
    ['opt-out (US-CA)', 'US-CA', false, ['essential', 'advertising']],
    ['opt-out (US-CA) with GPC', 'US-CA', true, ['essential']],
    ['notice-only (US-WA)', 'US-WA', false, ['essential', 'functional', 'analytics', 'advertising']],
    ['notice-only (US-WA) with GPC', 'US-WA', true, ['essential', 'functional', 'analytics']],
    ['none (JP)', 'JP', false, ['essential', 'functional', 'analytics', 'advertising']],
    ['none (JP) with GPC', 'JP', true, ['essential', 'functional', 'analytics']],
  ])('%s: should grant exactly what the model allows', async (_, region, gpc, expected) => {
    const { store, stop } = await visit(region, gpc);
    expect(granted(store)).toEqual(expected);
    expect(store.getState().model).toBe(jurisdictionModel(region));
    stop();
  });

  it('opt-out: a category marked optOut runs until the person opts out, too', async () => {
    const config = defineConsentConfig({
      revision: 1,
      categories: { analytics: { title: 'A', description: 'A.', optOut: true }, ads: { title: 'Ads', description: 'Ads.', saleOrSharing: true }, other: { title: 'O', description: 'O.' } },
    });
    const { store, stop } = await visit('US-CA', false, memoryAdapter(), config);
    expect(['analytics', 'ads', 'other'].filter((id) => store.isGranted(id as never))).toEqual(['analytics', 'ads']);
    stop();
  });
});

describe('opt-out model: opting out and in', () => {
  it('given GPC in California, should store the opt-out with no click, and keep it once GPC is off', async () => {
    const storage = memoryAdapter();
    const first = await visit('US-CA', true, storage);
    // Stored once the store is connected (its sync code loads first).
    await vi.waitFor(() => expect(storage.get()).toBeDefined());
    const stored = decodeConsentRecord(storage.get(), ids);
    expect(stored.ok && [stored.record.choices.advertising, stored.record.gpc, stored.record.model, stored.record.region]).toEqual([false, true, 'opt-out', 'US-CA']);
    // Non-sale categories keep what the model gave them (undecided under opt-out).
    expect(granted(first.store)).toEqual(['essential']);
    first.stop();
    const later = await visit('US-CA', false, storage);
    expect(later.store.isGranted('advertising')).toBe(false);
    later.stop();
  });

  it('given an opt-out, should never revert without an explicit opt-in, then grant after one', async () => {
    const storage = memoryAdapter();
    const first = await visit('US-CA', false, storage);
    first.store.save({ advertising: false });
    expect(first.store.isGranted('advertising')).toBe(false);
    first.stop();
    const again = await visit('US-CA', false, storage);
    expect(again.store.isGranted('advertising')).toBe(false);
    again.store.acceptAll();
    expect(again.store.isGranted('advertising')).toBe(true);
    again.stop();
    const third = await visit('US-CA', false, storage);
    expect(third.store.isGranted('advertising')).toBe(true);
    third.stop();
  });

  it('a tab woken with GPC on applies the opt-out to what another tab stored meanwhile, never to its own older view', async () => {
    const storage = memoryAdapter();
    const gpc = gpcSetting();
    let now = T0;
    const tab = async () => {
      const store = createConsentStore(shopConfig, { storage, region: 'US-CA', doNotTrack: false, now: () => now });
      const stop = store.connect();
      await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { store, stop };
    };
    try {
      const sleeping = await tab();
      sleeping.store.acceptAll();
      now += 60_000;
      // Another tab withdraws everything, then closes; the first one sleeps in the background.
      const other = await tab();
      other.store.reset();
      other.stop();
      now += 60_000;
      gpc.set(true);
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.waitFor(() => expect(decodeConsentRecord(storage.get(), ids)).toMatchObject({ ok: true, record: { method: 'gpc' } }));
      const stored = decodeConsentRecord(storage.get(), ids);
      // Applied to the withdrawal: nothing the acceptance granted comes back.
      expect(stored.ok && stored.record.choices).toEqual({ essential: true, functional: false, analytics: false, advertising: false });
      expect(granted(sleeping.store)).toEqual(['essential']);
      sleeping.stop();
      const fresh = await visit('US-CA', false, storage);
      expect(granted(fresh.store)).toEqual(['essential']);
      fresh.stop();
    } finally {
      gpc.restore();
    }
  });

  it('reads storage once for a GPC opt-out, and not at all when a click comes with the signal', async () => {
    const storage = memoryAdapter();
    let reads = 0;
    const counted = { ...storage, get: () => (reads++, storage.get()) };
    const gpc = gpcSetting();
    try {
      // No `gpc` option: the store reads the browser's setting.
      const store = createConsentStore(shopConfig, { storage: counted, region: 'US-CA', doNotTrack: false, now: () => T0 });
      const stop = store.connect();
      await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      reads = 0;
      // Woken with GPC newly on: the read that follows the wake-up stores the opt-out.
      gpc.set(true);
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.waitFor(() => expect(store.getState().record?.method).toBe('gpc'));
      expect(reads).toBe(1);
      // The signal goes off and on again unseen; the person's click is what storage gets next.
      gpc.set(false);
      store.acceptAll();
      gpc.set(true);
      reads = 0;
      store.save({ functional: true });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(reads).toBe(0);
      expect(store.getState().record).toMatchObject({ method: 'custom', choices: { advertising: false, functional: true } });
      stop();
    } finally {
      gpc.restore();
    }
  });

  it('given GPC on, an explicit opt-in in the choices dialog should still grant', async () => {
    const { store, stop, storage } = await visit('US-CA', true);
    await vi.waitFor(() => expect(storage.get()).toBeDefined());
    store.save({ advertising: true });
    expect(store.isGranted('advertising')).toBe(true);
    stop();
  });

  it('opt-in keeps G1: nothing is stored and nothing granted without a decision, GPC or not', async () => {
    const { store, stop, storage } = await visit('DE', true);
    expect(storage.get()).toBeUndefined();
    expect(store.getState().decided).toBe(false);
    stop();
  });
});

describe('travelling between regions', () => {
  it('a decision made under opt-out is not consent in an opt-in region: asked again', async () => {
    const storage = memoryAdapter();
    const ca = await visit('US-CA', false, storage);
    ca.store.acceptAll();
    ca.stop();
    const de = await visit('DE', false, storage);
    expect([de.store.getState().decided, granted(de.store)]).toEqual([false, ['essential']]);
    de.stop();
  });

  it('an opt-in decision made in the EU stands in California, refusals included', async () => {
    const storage = memoryAdapter();
    const de = await visit('DE', false, storage);
    de.store.save({ functional: true, advertising: false });
    de.stop();
    const ca = await visit('US-CA', false, storage);
    expect([ca.store.getState().decided, granted(ca.store)]).toEqual([true, ['essential', 'functional']]);
    ca.stop();
  });

  it('an opt-out stored in California stays an opt-out in a notice-only state', async () => {
    const storage = memoryAdapter();
    const ca = await visit('US-CA', true, storage);
    await vi.waitFor(() => expect(storage.get()).toBeDefined());
    ca.stop();
    const wa = await visit('US-WA', false, storage);
    expect(wa.store.isGranted('advertising')).toBe(false);
    wa.stop();
  });
});
