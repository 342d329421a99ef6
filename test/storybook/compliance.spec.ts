/**
 * The demo site keeps to its own cookie policy: every demo story, rendered by the static Storybook
 * in real Chromium with its play function run, is checked with consentkit/testing/playwright's
 * compliance assertions against `balancedMasteringConfig`. A story (or a component it renders)
 * that sets a cookie or storage key the policy does not declare fails here, with the declaration
 * to paste; one that keeps a cookie of a refused category fails too.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConsentComplianceError, expectConsentCompliance } from '../../src/testing/playwright/index';
import { balancedMasteringConfig as config } from '../../stories/demo/balanced-mastering';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { DEMO_STORIES, staticStorybook, storiesOf, storyFinished, switchStory, type StaticStorybook } from './static-storybook';

let storybook: StaticStorybook;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  storybook = await staticStorybook();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
});
afterAll(async () => {
  await browser?.close();
  await storybook?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
});
afterEach(async () => {
  await context.close();
});

/** Opens a demo story in the static build and waits until its play function has run. */
async function openStory(id: string, globals = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${storybook.base}/iframe.html?id=${id}&viewMode=story${globals && `&globals=${globals}`}`);
  expect(await storyFinished(page)).toBe('finished');
  return page;
}

const demoId = async (name: string) => (await storiesOf(storybook.dir, DEMO_STORIES)).find((story) => story.name === name)!.id;

/** The compliance error's message, or nothing when the page complies. */
async function violations(run: Promise<void>): Promise<string | undefined> {
  try {
    await run;
    return undefined;
  } catch (error) {
    if (error instanceof ConsentComplianceError) return error.message;
    throw error;
  }
}

describe('the demo site keeps to its cookie policy', () => {
  it('every demo story, once its play function has run, holds only cookies and storage keys the policy declares', { timeout: 600_000 }, async () => {
    const stories = await storiesOf(storybook.dir, DEMO_STORIES);
    expect(stories.length).toBeGreaterThan(5);
    const found: Record<string, string> = {};
    // One preview page, switching stories as the sidebar does; each story starts on an empty jar.
    const page = await openStory(stories[0]!.id);
    for (const [index, story] of stories.entries()) {
      if (index > 0) {
        await context.clearCookies();
        await page.evaluate(() => (localStorage.clear(), sessionStorage.clear()));
        expect(await switchStory(page, story.id)).toBe('finished');
      }
      // Whatever the story decided, nothing undeclared: measured as if everything were granted.
      const message = await violations(expectConsentCompliance(page, { config, consent: 'accepted' }));
      if (message) found[story.name] = message;
    }
    expect(found).toEqual({});
  });

  it('a first visit, then Accept all and the theme cookie, then Reject all from the settings: compliant at each step', async () => {
    const page = await openStory(await demoId('Site'));
    const inspector = page.getByRole('complementary', { name: 'Consent inspector' });
    await expectConsentCompliance(page, { config, consent: 'undecided' });
    await inspector.getByRole('button', { name: 'Remember dark theme' }).click();
    await expectConsentCompliance(page, { config, consent: 'undecided' });

    await page.getByRole('region', { name: 'Cookie consent' }).getByRole('button', { name: 'Accept all' }).click();
    await inspector.getByRole('button', { name: 'Remember dark theme' }).click();
    await expect.poll(async () => (await context.cookies()).map((cookie) => cookie.name)).toEqual(['theme-mode']);
    await expectConsentCompliance(page, { config, consent: 'accepted' });
    // The same jar is what a refusal must clear.
    expect(await violations(expectConsentCompliance(page, { config, consent: 'rejected' }))).toContain('cookie "theme-mode" belongs to "functional", which is not granted');

    await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(async () => (await context.cookies()).length).toBe(0);
    await expectConsentCompliance(page, { config, consent: 'rejected' });
  });

  it("in each state the toolbar's Consent menu sets, the site holds only what that state allows", { timeout: 300_000 }, async () => {
    const id = await demoId('Site');
    for (const consent of ['undecided', 'rejected', 'accepted'] as const) {
      const page = await openStory(id, `consent:${consent}`);
      await expect.poll(() => page.getByRole('region', { name: 'Cookie consent' }).count()).toBe(consent === 'undecided' ? 1 : 0);
      await expectConsentCompliance(page, { config, consent });
      await page.close();
    }
  });
});
