// @vitest-environment node
/**
 * The framework-free helpers, where non-React code and server code run: no DOM, no React.
 */
import { decodeConsentRecord } from '../../src/core/record';
import { defineConsentConfig } from '../../src/core/config';
import { readConsentState } from '../../src/server/index';
import { applyConsent, consentValue, createTestStore } from '../../src/testing/index';
import { shopConfig } from '../core/fixtures';

const granted = (store: ReturnType<typeof createTestStore<'essential' | 'functional' | 'analytics' | 'advertising', string>>) =>
  shopConfig.categoryIds.filter((id) => store.isGranted(id));

describe('createTestStore, without a DOM', () => {
  test('starts ready in each preset, as a returning visitor would load it', () => {
    expect(granted(createTestStore(shopConfig, 'undecided'))).toEqual(['essential']);
    expect(granted(createTestStore(shopConfig, 'accepted'))).toEqual(['essential', 'functional', 'analytics', 'advertising']);
    expect(granted(createTestStore(shopConfig, 'rejected'))).toEqual(['essential']);
    expect(granted(createTestStore(shopConfig, { analytics: true, advertising: false }))).toEqual(['essential', 'analytics']);
    for (const consent of ['undecided', 'accepted', 'rejected'] as const) {
      const state = createTestStore(shopConfig, consent).getState();
      expect(state.status).toBe('ready');
      expect(state.decided).toBe(consent !== 'undecided');
    }
  });

  test('the record says how the decision was made', () => {
    expect(createTestStore(shopConfig, 'accepted').getState().record?.method).toBe('accept-all');
    expect(createTestStore(shopConfig, 'rejected').getState().record?.method).toBe('reject-all');
    expect(createTestStore(shopConfig, { functional: true }).getState().record?.method).toBe('custom');
    expect(createTestStore(shopConfig).getState().record).toBeNull();
  });

  test('applyConsent changes the decision and calls the store options\' callbacks, as a click would', () => {
    const onDecision = vi.fn();
    const store = createTestStore(shopConfig, 'undecided', { onDecision });
    applyConsent(store, { functional: true });
    expect(onDecision).toHaveBeenCalledTimes(1);
    expect(granted(store)).toEqual(['essential', 'functional']);
    applyConsent(store, 'undecided');
    expect(store.getState().decided).toBe(false);
  });

  test('the callbacks given to createTestStore are not called for the starting decision', () => {
    const onDecision = vi.fn();
    const onChange = vi.fn();
    createTestStore(shopConfig, 'accepted', { onDecision, onChange }).getState();
    expect(onDecision).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  test('a clock in the past makes a decision that has lapsed by now: the store asks again', () => {
    const eightMonthsAgo = Date.now() - 8 * 30 * 86400_000;
    const value = consentValue(shopConfig, 'accepted', { now: () => eightMonthsAgo });
    const store = createTestStore(shopConfig, 'accepted', { now: () => eightMonthsAgo });
    expect(store.getState().decided).toBe(true);
    expect(readConsentState(shopConfig, `ck_consent=${value}`).decided).toBe(false);
  });
});

describe('consentValue', () => {
  test('is what the codec reads back: a current decision of this revision, naming every category', () => {
    const result = decodeConsentRecord(consentValue(shopConfig, { functional: true }), shopConfig.categoryIds);
    expect(result.ok).toBe(true);
    const { record } = result as Extract<typeof result, { ok: true }>;
    expect(record.revision).toBe(shopConfig.revision);
    expect(record.choices).toEqual({ essential: true, functional: true, analytics: false, advertising: false });
    expect(record.expiresAt - record.decidedAt).toBe(shopConfig.consentExpirySeconds);
    expect(Math.abs(record.decidedAt - Date.now() / 1000)).toBeLessThan(5);
  });

  test('is null for undecided: a first visit stores nothing', () => {
    expect(consentValue(shopConfig, 'undecided')).toBeNull();
  });

  test('a server reading it in the consent cookie sees the same decision', () => {
    for (const consent of ['accepted', 'rejected', { analytics: true }] as const) {
      const state = readConsentState(shopConfig, `ck_consent=${consentValue(shopConfig, consent)}`);
      expect(state.choices).toEqual(createTestStore(shopConfig, consent).getState().choices);
    }
  });

  test('under gpc, Accept all is recorded without the sale/sharing category', () => {
    const state = readConsentState(shopConfig, { get: () => ({ value: consentValue(shopConfig, 'accepted', { gpc: true })! }) }, { gpc: true });
    expect(state.choices.analytics).toBe('granted');
    expect(state.choices.advertising).toBe('denied');
    expect(state.record?.gpc).toBe(true);
  });

  test('a per-service map: a service refused inside a granted category, and a server reading the value agrees', () => {
    const config = defineConsentConfig({
      revision: 1,
      categories: { essential: { required: true, title: 'Essential', description: 'Login.' }, analytics: { title: 'Analytics', description: 'Visits.' } },
      services: [
        { id: 'ga', name: 'Google Analytics', category: 'analytics', purpose: 'Visits', data: 'Pages seen', privacyPolicyUrl: 'https://policies.google.com/privacy' },
        { id: 'plausible', name: 'Plausible', category: 'analytics', purpose: 'Visits', data: 'Pages seen', privacyPolicyUrl: 'https://plausible.io/privacy' },
      ],
    });
    const store = createTestStore(config, { analytics: true, 'service:ga': false, 'service:plausible': true });
    expect(store.isGranted('analytics')).toBe(true);
    expect(store.isGranted('service:ga')).toBe(false);
    expect(store.isGranted('service:plausible')).toBe(true);
    const state = readConsentState(config, `ck_consent=${consentValue(config, { analytics: true, 'service:ga': false })}`);
    expect(state.choices).toMatchObject({ analytics: 'granted', 'service:ga': 'denied' });
  });
});
