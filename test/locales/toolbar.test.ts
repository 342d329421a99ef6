import { STORY_LOCALES } from '../../stories/support/locales';
import { LOCALES } from './all-locales';

describe('the Storybook locale toolbar', () => {
  test('lists every shipped locale, English first, each with its extra texts (the opt-out dialog included)', () => {
    const tags = Object.keys(STORY_LOCALES);
    expect(tags[0]).toBe('en');
    expect([...tags].sort()).toEqual(Object.keys(LOCALES).sort());
    for (const tag of tags) expect(STORY_LOCALES[tag], tag).toEqual(LOCALES[tag as keyof typeof LOCALES]);
  });
});
