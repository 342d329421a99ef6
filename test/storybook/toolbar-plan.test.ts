import { toolbarPlan, type PlannedStory } from './toolbar-plan';

const stories = (n: number, tagged: number): PlannedStory[] =>
  Array.from({ length: n }, (_, i) => ({ title: `Story ${i}`, tags: i < tagged ? ['locales'] : [], pinned: {} }));
const locales = (n: number) => ['en', ...Array.from({ length: n - 1 }, (_, i) => `l${i}`)];
const key = (run: { story: PlannedStory; globals: { theme: string; direction: string; locale: string } }) =>
  `${run.story.title}|${run.globals.theme}|${run.globals.direction}|${run.globals.locale}`;

describe('the toolbar plan of the story tests', () => {
  test('runs every story in every theme and direction in English (light, left to right is the storybook project\'s run)', () => {
    const runs = toolbarPlan(stories(10, 2), locales(5)).map(key);
    for (let i = 0; i < 10; i++) {
      for (const combo of ['light|rtl', 'dark|ltr', 'dark|rtl']) expect(runs).toContain(`Story ${i}|${combo}|en`);
      expect(runs).not.toContain(`Story ${i}|light|ltr|en`);
    }
  });

  test('runs every story in a locale other than English, and every combination of theme, direction and locale', () => {
    const runs = toolbarPlan(stories(40, 6), locales(5));
    for (let i = 0; i < 40; i++) expect(runs.some((run) => run.story.title === `Story ${i}` && run.globals.locale !== 'en')).toBe(true);
    const combos = new Set(runs.map((run) => `${run.globals.theme}|${run.globals.direction}|${run.globals.locale}`));
    expect(combos.size).toBe(2 * 2 * 5 - 1);
  });

  test('runs every locale on every story tagged "locales"', () => {
    const runs = toolbarPlan(stories(20, 3), locales(8));
    for (const locale of locales(8)) {
      for (let i = 0; i < 3; i++) expect(runs.some((run) => run.story.title === `Story ${i}` && run.globals.locale === locale)).toBe(true);
    }
  });

  test('grows by addition with the number of locales: 36 locales cost a few hundred runs more, not 36 times as many', () => {
    const n = 80;
    const r = 8;
    const size = (l: number) => toolbarPlan(stories(n, r), locales(l)).length;
    // 3N in English (4N less the storybook project's N), N in other locales, (L - 1)·R samples,
    // less the sampled runs that coincide with a story's other-locale run.
    for (const l of [5, 36]) {
      expect(size(l)).toBeLessThanOrEqual(3 * n + n + (l - 1) * r);
      expect(size(l)).toBeGreaterThan(3 * n + n + (l - 2) * r);
    }
    expect(size(36)).toBeLessThan(2 * size(5));
  });

  test("runs a story that pins a global once per effective combination", () => {
    const pinned: PlannedStory = { title: 'Dark', tags: [], pinned: { theme: 'dark' } };
    const runs = toolbarPlan([pinned], locales(2)).map(key);
    expect(runs).toEqual(['Dark|dark|ltr|en', 'Dark|dark|rtl|en', 'Dark|dark|ltr|l0']);
  });
});
