/** The Storybook toolbar's globals for one run. */
export interface ToolbarGlobals {
  theme: string;
  direction: string;
  locale: string;
}

/** One story of the Storybook, as the plan needs it. */
export interface PlannedStory {
  /** Its title and name, as the sidebar shows them. */
  title: string;
  tags: string[];
  /** Toolbar globals the story pins itself (e.g. `{ theme: 'dark' }`). */
  pinned: Partial<ToolbarGlobals>;
}

/** One run: a story under one toolbar combination (the story's own globals applied). */
export interface ToolbarRun<S extends PlannedStory = PlannedStory> {
  story: S;
  globals: ToolbarGlobals;
}

export const THEMES = ['light', 'dark'] as const;
export const DIRECTIONS = ['ltr', 'rtl'] as const;
const COMBOS = THEMES.flatMap((theme) => DIRECTIONS.map((direction) => ({ theme, direction })));

/**
 * Every story under every toolbar combination, in three passes (N stories, L locales, R stories
 * tagged `locales`):
 *
 * 1. every story in every theme × direction, in English: 4N runs, whatever L is;
 * 2. every story once more in a locale other than English, the (locale, theme, direction)
 *    combinations dealt out in turn: N runs, so that every play function is proven to find its
 *    elements by the locale's messages, and every combination is met while N ≥ 4(L − 1);
 * 3. every locale on the `locales` stories (the banner, the dialog, the toggles, the table, the
 *    demo, the state matrix), themes and directions dealt out in turn: (L − 1)·R runs.
 *
 * 4N + N + (L − 1)·R runs: 36 locales add a few hundred runs, not thirty-six times as many.
 * Runs that a story's own globals make identical are dropped, and so is light, left to right,
 * English: the `storybook` project runs every story so already.
 */
export function toolbarPlan<S extends PlannedStory>(stories: S[], locales: string[]): ToolbarRun<S>[] {
  const others = locales.filter((locale) => locale !== 'en');
  const runs: ToolbarRun<S>[] = [];
  for (const story of stories) for (const combo of COMBOS) runs.push({ story, globals: { ...combo, locale: 'en' } });
  const deals = others.flatMap((locale) => COMBOS.map((combo) => ({ ...combo, locale })));
  if (deals.length) stories.forEach((story, i) => runs.push({ story, globals: deals[i % deals.length]! }));
  const sampled = stories.filter((story) => story.tags.includes('locales'));
  others.forEach((locale, j) => sampled.forEach((story, k) => runs.push({ story, globals: { ...COMBOS[(j + k) % COMBOS.length]!, locale } })));

  const seen = new Set<string>();
  return runs.flatMap(({ story, globals }) => {
    const effective = { ...globals, ...story.pinned };
    const key = `${story.title}|${effective.theme}|${effective.direction}|${effective.locale}`;
    if (seen.has(key) || (effective.theme === 'light' && effective.direction === 'ltr' && effective.locale === 'en')) return [];
    seen.add(key);
    return [{ story, globals: effective }];
  });
}
