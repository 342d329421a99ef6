import { jurisdictionModel, type RegionCode } from '../../src/index';
import type { ConsentStoryParameters } from '../../src/testing/storybook/index';

/**
 * The toolbar's visitors, one per kind of law, by the region code the provider gets: an EU visitor
 * (opt-in), a Californian (opt-out) and someone in Japan, where the shipped mapping asks for nothing.
 */
export const STORY_REGIONS = {
  DE: 'EU visitor (Germany)',
  'US-CA': 'California visitor',
  JP: 'Rest of world (Japan)',
} as const satisfies Partial<Record<RegionCode, string>>;

/** A region of the toolbar. */
export type StoryRegion = keyof typeof STORY_REGIONS;

/**
 * The Region menu for the preview's `globalTypes`: each visitor titled with the model the shipped
 * mapping gives it, so the menu says what it changes. "Off" gives no region: opt-in, as a provider
 * without one.
 */
export const regionGlobalTypes = {
  region: {
    description: "Where the visitor is: the provider's region, which picks the consent model (stories under the shared provider)",
    toolbar: {
      title: 'Region',
      icon: 'location' as const,
      items: [
        { type: 'reset' as const, title: 'Off (no region: opt-in)' },
        ...Object.entries(STORY_REGIONS).map(([value, title]) => ({ value, title: `${title}: ${jurisdictionModel(value)}`, right: value })),
      ],
      dynamicTitle: true,
    },
  },
};

/**
 * A story's `parameters.consent` with the toolbar's region, when one is picked, over the story's
 * own: the toolbar wins, as its Consent menu does.
 */
export function withToolbarRegion(parameters: ConsentStoryParameters | undefined, globals: Record<string, unknown>): ConsentStoryParameters | undefined {
  const region = globals.region;
  return typeof region === 'string' && region in STORY_REGIONS ? { ...parameters, region } : parameters;
}
