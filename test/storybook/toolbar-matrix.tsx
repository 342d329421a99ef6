import { composeStory, setProjectAnnotations } from '@storybook/react-vite';
import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { page } from 'vitest/browser';
import * as previewAnnotations from '../../.storybook/preview';
import { STORY_LOCALES } from '../../stories/support/locales';
import { toolbarPlan, type PlannedStory, type ToolbarGlobals, type ToolbarRun } from './toolbar-plan';

/**
 * Every story under every toolbar combination (theme × direction × locale), with its play function
 * and axe, in Chromium: the stories as the Storybook preview renders them, through Storybook's
 * portable stories, with the preview's decorators and the a11y addon. The plan grows with the
 * number of locales by addition, not multiplication (see `toolbarPlan`).
 */

const annotations = setProjectAnnotations([a11yAnnotations, previewAnnotations]);

type CsfModule = Record<string, unknown> & { default: { title?: string; tags?: string[] } };
const modules = import.meta.glob<CsfModule>('../../stories/**/*.stories.tsx', { eager: true });

/** One story of the Storybook: where it lives, and what the plan needs. */
export interface StoryRef extends PlannedStory {
  file: string;
  exportName: string;
}

/** Every story of every CSF file under stories/. */
export function allStories(): StoryRef[] {
  return Object.entries(modules).flatMap(([file, module]) => {
    const { default: meta, ...exports } = module;
    const order = (module as { __namedExportsOrder?: string[] }).__namedExportsOrder ?? Object.keys(exports);
    return order
      .filter((name) => typeof exports[name] === 'object' && exports[name] !== null)
      .map((exportName) => {
        const story = exports[exportName] as { name?: string; tags?: string[]; globals?: Partial<ToolbarGlobals> };
        return {
          file: file.replace('../../', ''),
          exportName,
          title: `${meta.title} › ${story.name ?? exportName}`,
          tags: [...(meta.tags ?? []), ...(story.tags ?? [])],
          pinned: story.globals ?? {},
        };
      });
  });
}

/** The toolbar plan (see `toolbarPlan`) of every story and every locale of the toolbar. */
export const plan = (): ToolbarRun<StoryRef>[] => toolbarPlan(allStories(), Object.keys(STORY_LOCALES));

/** Renders `run`'s story with its globals, plays it and fails on any axe violation. */
export async function playStory({ story, globals }: ToolbarRun<StoryRef>): Promise<void> {
  const module = modules[`../../${story.file}`]!;
  const composed = composeStory(module[story.exportName] as never, module.default as never, { initialGlobals: globals }, story.exportName);
  // The viewport a story asks for (else Storybook's test default), as the storybook project sets it.
  const viewport = (composed.globals as { viewport?: { value?: string } }).viewport?.value;
  const styles = viewport ? (MINIMAL_VIEWPORTS as Record<string, { styles: { width: string; height: string } }>)[viewport]?.styles : undefined;
  await page.viewport(styles ? parseInt(styles.width) : 1200, styles ? parseInt(styles.height) : 900);
  await composed.run();
  const failed = composed.reporting.reports.filter((report) => report.status === 'failed');
  const violations = failed.flatMap((report) => {
    const result = report.result as { violations?: { id: string; nodes: { target: unknown[] }[] }[]; error?: unknown };
    if (result.error) throw result.error;
    return (result.violations ?? []).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  if (violations.length) throw new Error(`axe found ${violations.length} violation(s):\n${violations.join('\n')}`);
}

/** Declares one test per run of `runs`, named after the story and its globals. */
export function describeRuns(runs: ToolbarRun<StoryRef>[]): void {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    await annotations.beforeAll?.();
  });
  for (const run of runs) {
    const { theme, direction, locale } = run.globals;
    test(`${run.story.title} [${theme}, ${direction}, ${locale}]`, () => playStory(run), 30_000);
  }
}
