import { englishMessages } from '../../src/components/messages';
import banner from '../../stories/ConsentBanner.stories';
import preferences from '../../stories/ConsentPreferences.stories';
import toggle from '../../stories/CategoryToggle.stories';
import table from '../../stories/CookiePolicyTable.stories';
import settings from '../../stories/ConsentSettingsButton.stories';
import { changedText, componentArgs } from '../../stories/support/controls';

type Meta = { args?: Record<string, unknown>; argTypes?: Record<string, { control?: unknown; options?: readonly unknown[] } | undefined> };
const stories = [
  ['banner', banner],
  ['preferences', preferences],
  ['toggle', toggle],
  ['table', table],
  ['settings', settings],
] as unknown as [Exclude<keyof typeof englishMessages, 'locale' | 'dir'>, Meta][];

describe('the Storybook controls designers edit', () => {
  for (const [section, meta] of stories) {
    test(`${section}: one text field per message, starting from the English text`, () => {
      const english = englishMessages[section] as Record<string, string>;
      for (const key of Object.keys(english)) {
        expect(meta.argTypes?.[key]?.control, key).toBe('text');
        expect(meta.args?.[key], key).toBe(english[key]);
      }
      // The raw messages object is not a control of its own any more.
      expect(meta.argTypes?.messages?.control).toBe(false);
    });
  }

  test('the banner has layout, position, theme and density controls; the dialog theme and density', () => {
    const [bannerMeta, preferencesMeta] = [stories[0]![1], stories[1]![1]];
    expect(bannerMeta.argTypes?.layout?.options).toEqual(['bar', 'box', 'modal']);
    expect(bannerMeta.argTypes?.position?.options).toEqual(expect.arrayContaining(['bottom', 'top', 'bottom-start', 'bottom-end', 'top-start', 'top-end']));
    for (const meta of [bannerMeta, preferencesMeta]) {
      expect(meta.argTypes?.theme?.options).toEqual(['default', 'brand', 'rounded']);
      expect(meta.argTypes?.density?.options).toEqual(['compact', 'regular', 'roomy']);
    }
  });

  test('only the text a designer changed overrides the locale; the component gets its own props', () => {
    const args = { ...banner.args, title: 'Cookies?', layout: 'box' as const, theme: 'brand' as const };
    expect(changedText('banner', args)).toEqual({ title: 'Cookies?' });
    expect(componentArgs('banner', args)).toEqual({ layout: 'box' });
  });
});
