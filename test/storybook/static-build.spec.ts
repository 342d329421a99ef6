import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { DEMO_STORIES, staticStorybook, storiesOf, type StaticStorybook } from './static-storybook';

describe('the static Storybook', () => {
  let storybook: StaticStorybook;
  let browser: Browser | undefined;
  let base: string;

  beforeAll(async () => {
    storybook = await staticStorybook();
    base = storybook.base;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await storybook?.close();
  });

  /** The id of a demo story, read from the build's index rather than guessed from its title. */
  async function demoStoryId(name: string): Promise<string> {
    const entry = (await storiesOf(storybook.dir, DEMO_STORIES)).find((e) => e.name === name);
    if (!entry) throw new Error(`no story "${name}" from ${DEMO_STORIES} in index.json`);
    return entry.id;
  }

  async function openStory(id: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
    return { page, errors };
  }

  it('given a first visit to the demo site, after "Accept all", should hide the banner and grant analytics', async () => {
    const { page, errors } = await openStory(await demoStoryId('Site'));
    const accept = page.getByRole('button', { name: 'Accept all' });
    await expect.poll(() => accept.isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Masters that sound right/);
    const analytics = page.getByRole('row', { name: /Analytics/ });
    expect(await analytics.textContent()).toContain('undecided');

    await accept.click();

    await expect.poll(() => accept.count()).toBe(0);
    await expect.poll(() => analytics.textContent()).toContain('granted');
    expect(await page.getByRole('row', { name: /Method/ }).textContent()).toContain('Accept all');
    expect(errors).toEqual([]);
    await page.close();
  });

  /** Theme, direction and colour of each example on a docs page, and of the page itself. */
  async function docsPage(id: string) {
    const page = await browser!.newPage();
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=docs&globals=theme:light;direction:ltr`);
    // The last examples of the page are the dark and right-to-left ones: wait for both.
    for (const example of ['dark', 'right-to-left']) {
      await expect.poll(() => page.locator(`[id="anchor--${id.replace(/--docs$/, '')}--${example}"] .story-scope`).count(), { timeout: 30_000 }).toBe(1);
    }
    const examples = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('[id^="anchor--components-"] .story-scope')].map((scope) => [
          scope.closest('[id^="anchor--"]')!.id.replace(/^anchor--(primary--)?components-[a-z]+--/, ''),
          { theme: scope.dataset.ckTheme, dir: scope.dir, background: getComputedStyle(scope).backgroundColor },
        ]),
      ),
    );
    const html = await page.evaluate(() => ({ dir: document.documentElement.dir, theme: document.documentElement.dataset.ckTheme ?? null }));
    return { page, examples, html };
  }

  for (const component of ['categorytoggle', 'cookiepolicytable']) {
    it(`given the ${component} docs page, each example keeps its own theme and direction, and none reaches the page`, async () => {
      const { page, examples, html } = await docsPage(`components-${component}--docs`);
      expect(html).toEqual({ dir: 'ltr', theme: null });
      expect(examples['dark']).toMatchObject({ theme: 'dark', dir: 'ltr', background: 'rgb(21, 23, 27)' });
      expect(examples['right-to-left']).toMatchObject({ theme: 'light', dir: 'rtl', background: 'rgb(255, 255, 255)' });
      const others = Object.entries(examples).filter(([name]) => name !== 'dark' && name !== 'right-to-left');
      expect(others.length).toBeGreaterThan(1);
      for (const [, example] of others) expect(example).toMatchObject({ theme: 'light', dir: 'ltr' });
      await page.close();
    });
  }

  it('given a right-to-left dark story, a docs page opened next is left to right, in the docs colours', async () => {
    const { page } = await openStory('components-categorytoggle--right-to-left');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir), { timeout: 30_000 }).toBe('rtl');
    await page.evaluate(() => {
      const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, payload: unknown): void } }).__STORYBOOK_ADDONS_CHANNEL__;
      channel.emit('setCurrentStory', { storyId: 'introduction--docs', viewMode: 'docs' });
    });
    await expect.poll(() => page.locator('#storybook-docs h1').first().textContent(), { timeout: 30_000 }).toMatch(/consentkit for designers/);
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.hasAttribute('data-ck-theme')])).toEqual(['ltr', false]);
    await page.close();
  });

  it('serves the Storybook manager for designers', async () => {
    const page = await browser!.newPage();
    const response = await page.goto(`${base}/index.html`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.title(), { timeout: 30_000 }).toMatch(/Storybook/);
    await page.close();
  });
});
