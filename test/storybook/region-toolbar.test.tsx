/**
 * The Storybook Region toolbar: its menu, how the preview hands the toolbar's region to the shared
 * provider decorator (`parameters.consent.region` of consentkit/testing/storybook), and what a
 * story then shows.
 */
import { render, screen } from '@testing-library/react';
import { ConsentBanner, useConsent } from '../../src/index';
import { createStoryStore, withConsent, type ConsentStoryContext } from '../../src/testing/storybook/index';
import { regionGlobalTypes, STORY_REGIONS, withToolbarRegion } from '../../stories/support/regions';
import { shopConfig } from '../core/fixtures';

function Story() {
  const { model, choices } = useConsent();
  return (
    <main>
      <p data-testid="state">{`${model} advertising=${choices.advertising}`}</p>
      <ConsentBanner />
    </main>
  );
}

const decorate = withConsent({ config: shopConfig });
/** The preview's decorator: the toolbar's region over the story's own. */
const render_ = (parameters: object, globals: Record<string, unknown> = {}) => {
  const context: ConsentStoryContext = { id: 'demo--site', globals, parameters: { consent: withToolbarRegion(parameters, globals) } };
  return render(decorate(Story, context));
};
const state = () => screen.getByTestId('state').textContent;
const banner = () => screen.queryByRole('region', { name: 'Cookie consent' });

describe('the Region toolbar', () => {
  test('offers off (no region) and one visitor per model, each titled with the model the shipped mapping gives it', () => {
    const { items } = regionGlobalTypes.region.toolbar;
    expect(items.map((item) => ('value' in item ? item.value : item.type))).toEqual(['reset', 'DE', 'US-CA', 'JP']);
    expect(items.map((item) => item.title)).toEqual(['Off (no region: opt-in)', 'EU visitor (Germany): opt-in', 'California visitor: opt-out', 'Rest of world (Japan): none']);
  });

  test.each<[string, string | undefined, string, boolean]>([
    ['off', undefined, 'opt-in advertising=undecided', true],
    ['EU visitor', 'DE', 'opt-in advertising=undecided', true],
    ['California visitor', 'US-CA', 'opt-out advertising=granted', false],
    ['rest of world', 'JP', 'none advertising=granted', false],
  ])('given %s in the toolbar, a story under the shared provider should show that model', (_, region, expected, bannerShown) => {
    render_({}, region ? { region } : {});
    expect(state()).toBe(expected);
    expect(!!banner()).toBe(bannerShown);
  });

  test("given a region in the toolbar, it should win over the story's own; off should leave the story's own", () => {
    const { unmount } = render_({ region: 'DE' }, { region: 'US-CA' });
    expect(state()).toBe('opt-out advertising=granted');
    unmount();
    render_({ region: 'US-CA' }, {});
    expect(state()).toBe('opt-out advertising=granted');
  });

  test('given a value the menu does not offer, should leave the story as it is', () => {
    expect(withToolbarRegion({ state: 'accepted' }, { region: 'XX' })).toEqual({ state: 'accepted' });
    expect(Object.keys(STORY_REGIONS)).not.toContain('XX');
  });

  test('createStoryStore: a story store made for a region uses its model; without one, opt-in', () => {
    expect(createStoryStore(shopConfig, { region: 'US-CA' }).getState().model).toBe('opt-out');
    expect(createStoryStore(shopConfig, { region: 'US-CA', state: 'loading' }).getState().model).toBe('opt-out');
    expect(createStoryStore(shopConfig, {}).getState().model).toBe('opt-in');
  });
});
