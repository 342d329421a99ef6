import { decideChoices } from '../../src/core/decide';
import type { CategoryChoice } from '../../src/core/evaluate';
import type { ConsentRecord } from '../../src/core/record';
import { serviceConfig, shopConfig } from './fixtures';

const services = serviceConfig.services.filter((service) => service.id) as { id: string; category: string }[];
const nothing = { choices: {} as Record<string, CategoryChoice>, record: null };
const shown = (choices: Record<string, CategoryChoice>, record: Partial<ConsentRecord> | null = null) => ({ choices, record: record as ConsentRecord | null });

describe('what a decision grants', () => {
  it.each([
    ['accept-all without GPC grants every category', 'accept-all', false, { essential: true, functional: true, analytics: true, advertising: true }],
    ['accept-all with GPC on keeps the sale/sharing category off', 'accept-all', true, { essential: true, functional: true, analytics: true, advertising: false }],
    ['reject-all keeps only the required category', 'reject-all', false, { essential: true, functional: false, analytics: false, advertising: false }],
    ['an empty save grants only the required category', 'custom', false, { essential: true, functional: false, analytics: false, advertising: false }],
  ] as const)('%s', (_, method, gpc, expected) => {
    expect(decideChoices(shopConfig, [], method, {}, nothing, gpc, false, false)).toEqual({ choices: expected });
  });

  it('given explicit choices, they win over the method, and a required category stays granted', () => {
    const { choices } = decideChoices(shopConfig, [], 'custom', { essential: false, analytics: true, advertising: true }, nothing, true, false, false);
    expect(choices).toEqual({ essential: true, functional: false, analytics: true, advertising: true });
  });

  it('given a save that leaves categories out, it keeps the ones granted now and the ones a decision granted that read undecided, and nothing denied', () => {
    const current = shown({ essential: 'granted', functional: 'granted', analytics: 'undecided', advertising: 'denied' }, { choices: { analytics: true, advertising: true } });
    const { choices } = decideChoices(shopConfig, [], 'custom', {}, current, false, false, false);
    expect(choices).toEqual({ essential: true, functional: true, analytics: true, advertising: false });
  });

  it('given a service granted, its category is granted and its siblings are not', () => {
    const { choices, services: granted } = decideChoices(serviceConfig, services, 'custom', { 'service:hotjar': true }, nothing, false, false, true);
    expect(choices.analytics).toBe(true);
    expect(granted).toEqual({ stripe: true, ga: false, hotjar: true, ads: false });
  });

  it('given a category switched on, each service left out follows it; switched off, no service stays granted', () => {
    const on = decideChoices(serviceConfig, services, 'custom', { analytics: true }, nothing, false, false, true);
    expect(on.services).toMatchObject({ ga: true, hotjar: true, ads: false });
    const off = decideChoices(serviceConfig, services, 'custom', { analytics: false, 'service:ga': true }, nothing, false, false, true);
    expect(off.choices.analytics).toBe(false);
    expect(off.services).toMatchObject({ ga: false, hotjar: false });
  });

  it('given a save of another category, a service keeps what the decision held for it', () => {
    const current = shown({ essential: 'granted', functional: 'denied', analytics: 'granted', advertising: 'denied' }, { choices: { analytics: true }, services: { ga: true, hotjar: false } });
    const { services: kept } = decideChoices(serviceConfig, services, 'custom', { functional: true }, current, false, false, true);
    expect(kept).toMatchObject({ ga: true, hotjar: false });
  });

  it('without services to record, no service choices are returned', () => {
    expect(decideChoices(serviceConfig, services, 'accept-all', {}, nothing, false, false, false).services).toBeUndefined();
  });
});
