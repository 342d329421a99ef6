import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { youtubeEmbed } from '../src/index';
import { englishPrivacyChoices } from '../src/components/english-privacy-choices';
import { demoSiteConfig } from './demo/balanced-mastering';
import { DemoSite } from './demo/DemoSite';
import { storyMessages, type ToolbarGlobals } from './support/locales';
import { expectVisible, readout } from './support/play';
import type { StoryRegion } from './support/regions';

/**
 * Balanced Mastering, a fictional audio-mastering service, built from its cookie policy
 * (`stories/demo/balanced-mastering.ts`): banner, preferences dialog, a footer "Cookie settings"
 * button, a generated cookie policy page and a live readout of `useConsent()`. consentkit wears the
 * site's brand blue through its tokens alone (`stories/demo/brand.css`).
 *
 * The dialog has a switch for each of the policy's third parties (Stripe and Supabase locked on
 * with Essential, Google Analytics under Analytics). The home page adds a YouTube video behind its
 * placeholder, a map that asks for Google Maps when wanted, and an analytics tag pasted into the
 * HTML as `type="text/plain"`, which runs once Analytics is allowed. Every frame is a local
 * stand-in: nothing here reaches the network.
 *
 * The same config serves every visitor: the toolbar's Region (or a story's pinned one) gives the
 * provider a `region`, and the site shows the EU banner, California's "Your Privacy Choices" link,
 * or nothing at all where the shipped mapping asks for nothing.
 */
const meta = {
  title: 'Demo/Balanced Mastering',
  component: DemoSite,
  args: { initialPage: 'home', modalBanner: false },
  argTypes: {
    initialPage: { control: 'inline-radio', options: ['home', 'policy'] },
    modalBanner: { control: 'boolean' },
  },
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 900 } },
    consent: { config: demoSiteConfig },
  },
} satisfies Meta<typeof DemoSite>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

const bodyOf = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const bannerOf = (canvas: Canvas, globals: ToolbarGlobals) => canvas.findByRole('region', { name: storyMessages(globals).banner.label });
const dialogOf = (canvasElement: HTMLElement, globals: ToolbarGlobals) =>
  bodyOf(canvasElement).findByRole('dialog', { name: storyMessages(globals).preferences.title });
const dialogClosed = (canvasElement: HTMLElement) => waitFor(() => expect(bodyOf(canvasElement).queryByRole('dialog')).toBeNull());

/** Presses Tab until `target` has focus (at most `limit` times): a keyboard user's way there. */
async function tabTo(target: HTMLElement, limit = 30) {
  for (let i = 0; i < limit && target.ownerDocument.activeElement !== target; i++) await userEvent.tab();
  await expect(target).toHaveFocus();
}

/** A first visit: the banner asks, in the site's brand blue; nothing optional is granted. */
export const Site: Story = {
  tags: ['locales'],
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const banner = await bannerOf(canvas, globals);
    await expectVisible(banner);
    await expect(readout(canvasElement, 'Decided')).toHaveTextContent('no');
    await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('undecided');
    await step("consentkit's buttons wear the brand: the colour of the site's own button", async () => {
      const brand = getComputedStyle(canvasElement.querySelector('.bm-button')!).backgroundColor;
      const [accept, reject] = within(banner).getAllByRole('button');
      await expect(getComputedStyle(accept!).backgroundColor).toBe(brand);
      await expect(getComputedStyle(reject!).backgroundColor).toBe(brand);
    });
    await step('buttons that do not have focus show no focus ring', async () => {
      for (const button of within(canvas.getByRole('complementary')).getAllByRole('button')) {
        await expect(getComputedStyle(button).outlineStyle).toBe('none');
      }
    });
  },
};

/** A region pinned the way the toolbar's Region menu sets it. */
const visitorIn = (region: StoryRegion) => ({ region });

/** The opt-out texts in the toolbar's locale, English where a locale has none yet (as the link does). */
const privacyChoicesText = (globals: ToolbarGlobals) => ({ ...englishPrivacyChoices, ...storyMessages(globals).privacyChoices });

/** The footer's "Your Privacy Choices" (its name also holds the icon's alternative text). */
const privacyChoicesLink = (canvas: Canvas, globals: ToolbarGlobals) =>
  within(canvas.getByRole('contentinfo')).queryByRole('button', { name: (name) => name.endsWith(privacyChoicesText(globals).link) });

/** An EU visitor: opt-in, so the banner asks and nothing optional runs; no opt-out link. */
export const EuVisitor: Story = {
  globals: visitorIn('DE'),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expectVisible(await bannerOf(canvas, globals));
    await expect(readout(canvasElement, 'Model')).toHaveTextContent('opt-in');
    for (const category of ['Functional', 'Analytics', 'Embedded media']) await expect(readout(canvasElement, category)).toHaveTextContent('undecided');
    await expect(privacyChoicesLink(canvas, globals)).toBeNull();
  },
};

/**
 * A California visitor: opt-out, so no banner; Analytics and Embedded media run until they opt out
 * through "Your Privacy Choices" in the footer, whose dialog has a switch for each.
 */
export const CaliforniaVisitor: Story = {
  globals: visitorIn('US-CA'),
  play: async ({ canvasElement, globals, step }) => {
    const t = privacyChoicesText(globals);
    const canvas = within(canvasElement);
    await step('no banner; sale and sharing run until an opt-out', async () => {
      await expect(readout(canvasElement, 'Model')).toHaveTextContent('opt-out');
      await expect(canvas.queryByRole('region', { name: storyMessages(globals).banner.label })).toBeNull();
      await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('granted');
      await expect(readout(canvasElement, 'Embedded media')).toHaveTextContent('granted');
      await expect(readout(canvasElement, 'Functional')).toHaveTextContent('undecided');
    });
    await step('"Your Privacy Choices" opens the opt-out dialog, every switch on', async () => {
      await userEvent.click(privacyChoicesLink(canvas, globals)!);
      const dialog = await bodyOf(canvasElement).findByRole('dialog', { name: t.title });
      await expectVisible(dialog);
      await expect(within(dialog).getByText(t.description)).toBeVisible();
      await expect(within(dialog).queryByText(t.gpcHonoured)).toBeNull();
      await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).toBeChecked();
      await expect(within(dialog).getByRole('switch', { name: 'Embedded media' })).toBeChecked();
      await expect(within(dialog).queryByRole('switch', { name: 'Functional' })).toBeNull();
    });
    await step('opting out of Embedded media refuses it and keeps Analytics', async () => {
      const dialog = await bodyOf(canvasElement).findByRole('dialog', { name: t.title });
      await userEvent.click(within(dialog).getByRole('switch', { name: 'Embedded media' }));
      await userEvent.click(within(dialog).getByRole('button', { name: t.save }));
      await dialogClosed(canvasElement);
      await expect(readout(canvasElement, 'Embedded media')).toHaveTextContent('denied');
      await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('granted');
    });
  },
};

/** A California visitor whose browser sends Global Privacy Control: opted out with no click, and the dialog says so. */
export const CaliforniaVisitorWithGpc: Story = {
  globals: visitorIn('US-CA'),
  parameters: { consent: { gpc: true } },
  play: async ({ canvasElement, globals }) => {
    const t = privacyChoicesText(globals);
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('region', { name: storyMessages(globals).banner.label })).toBeNull();
    await expect(readout(canvasElement, 'Global Privacy Control')).toHaveTextContent('on');
    await expect(readout(canvasElement, 'Embedded media')).toHaveTextContent('denied');
    await userEvent.click(privacyChoicesLink(canvas, globals)!);
    const dialog = await bodyOf(canvasElement).findByRole('dialog', { name: t.title });
    await expectVisible(dialog);
    await expect(within(dialog).getByText(t.gpcHonoured)).toBeVisible();
    await expect(within(dialog).getByRole('switch', { name: 'Embedded media' })).not.toBeChecked();
  },
};

/**
 * A visitor from the rest of the world (Japan): the shipped mapping says `none`, so the site stays
 * quiet: no banner, no opt-out link, every category runs. "Cookie settings" still offers a choice.
 */
export const RestOfWorldVisitor: Story = {
  globals: visitorIn('JP'),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(readout(canvasElement, 'Model')).toHaveTextContent('none');
    await expect(canvas.queryByRole('region', { name: storyMessages(globals).banner.label })).toBeNull();
    for (const category of ['Functional', 'Analytics', 'Embedded media']) await expect(readout(canvasElement, category)).toHaveTextContent('granted');
    await expect(privacyChoicesLink(canvas, globals)).toBeNull();
    await expect(within(canvas.getByRole('contentinfo')).getByRole('button', { name: storyMessages(globals).settings.label })).toBeVisible();
  },
};

/** Accept all: the banner goes, every category is granted, the record says how and when. */
export const AcceptAll: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals).banner;
    const canvas = within(canvasElement);
    await userEvent.click(within(await bannerOf(canvas, globals)).getByRole('button', { name: t.acceptAll }));
    await expect(canvas.queryByRole('region', { name: t.label })).toBeNull();
    await expect(readout(canvasElement, 'Decided')).toHaveTextContent('yes');
    await expect(readout(canvasElement, 'Functional')).toHaveTextContent('granted');
    await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('granted');
    await expect(readout(canvasElement, 'Method')).toHaveTextContent('Accept all');
    await expect(readout(canvasElement, 'Record id').textContent).toMatch(/^[0-9a-f]{32}$/);
  },
};

/** Reject all: only the essential category stays. */
export const RejectAll: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals).banner;
    const canvas = within(canvasElement);
    await userEvent.click(within(await bannerOf(canvas, globals)).getByRole('button', { name: t.rejectAll }));
    await expect(canvas.queryByRole('region', { name: t.label })).toBeNull();
    await expect(readout(canvasElement, 'Essential')).toHaveTextContent('granted');
    await expect(readout(canvasElement, 'Functional')).toHaveTextContent('denied');
    await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('denied');
    await expect(readout(canvasElement, 'Method')).toHaveTextContent('Reject all');
  },
};

/** Customize, allow Functional only, save: the readout shows exactly that choice. */
export const CustomizeAndSave: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const t = storyMessages(globals);
    const canvas = within(canvasElement);
    await step('Customize opens the dialog with every optional switch off', async () => {
      await userEvent.click(within(await bannerOf(canvas, globals)).getByRole('button', { name: t.banner.customize }));
      const dialog = await dialogOf(canvasElement, globals);
      await expect(within(dialog).getByRole('switch', { name: 'Functional' })).not.toBeChecked();
      await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).not.toBeChecked();
    });
    await step('allow Functional and save', async () => {
      const dialog = await dialogOf(canvasElement, globals);
      await userEvent.click(within(dialog).getByRole('switch', { name: 'Functional' }));
      await expect(readout(canvasElement, 'Decided')).toHaveTextContent('no');
      await userEvent.click(within(dialog).getByRole('button', { name: t.preferences.save }));
      await dialogClosed(canvasElement);
    });
    await step('the readout shows the saved choice', async () => {
      await expect(canvas.queryByRole('region', { name: t.banner.label })).toBeNull();
      await expect(readout(canvasElement, 'Functional')).toHaveTextContent('granted');
      await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('denied');
      await expect(readout(canvasElement, 'Method')).toHaveTextContent('Custom');
    });
  },
};

/** After deciding, the footer's "Cookie settings" reopens the dialog with the saved choice. */
export const ReopenFromFooter: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const t = storyMessages(globals);
    const canvas = within(canvasElement);
    await step('accept all from the banner', async () => {
      await userEvent.click(within(await bannerOf(canvas, globals)).getByRole('button', { name: t.banner.acceptAll }));
    });
    await step('reopen from the footer and withdraw analytics', async () => {
      const footer = canvas.getByRole('contentinfo');
      await userEvent.click(within(footer).getByRole('button', { name: t.settings.label }));
      const dialog = await dialogOf(canvasElement, globals);
      const analytics = within(dialog).getByRole('switch', { name: 'Analytics' });
      await expect(analytics).toBeChecked();
      await userEvent.click(analytics);
      await userEvent.click(within(dialog).getByRole('button', { name: t.preferences.save }));
      await dialogClosed(canvasElement);
    });
    await step('analytics is withdrawn, functional kept', async () => {
      await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('denied');
      await expect(readout(canvasElement, 'Functional')).toHaveTextContent('granted');
      await expect(canvas.getByRole('button', { name: t.settings.label })).toHaveFocus();
    });
  },
};

/** Keyboard only: Tab to the banner, Enter on Customize, Space on a switch, Escape, focus returns. */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const t = storyMessages(globals);
    const canvas = within(canvasElement);
    const banner = await bannerOf(canvas, globals);
    await expectVisible(banner);
    (canvasElement.ownerDocument.activeElement as HTMLElement | null)?.blur();

    await step('the banner is the first stop', async () => {
      await userEvent.tab();
      await expect(within(banner).getByRole('button', { name: t.banner.acceptAll })).toHaveFocus();
    });
    await step('Enter on Customize moves focus into the dialog', async () => {
      await tabTo(within(banner).getByRole('button', { name: t.banner.customize }));
      await userEvent.keyboard('{Enter}');
      const dialog = await dialogOf(canvasElement, globals);
      await waitFor(() => expect(dialog.contains(canvasElement.ownerDocument.activeElement)).toBe(true));
    });
    await step('Escape closes without saving and focus returns to Customize', async () => {
      const dialog = await dialogOf(canvasElement, globals);
      await tabTo(within(dialog).getByRole('switch', { name: 'Analytics' }));
      await userEvent.keyboard(' ');
      await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).toBeChecked();
      await userEvent.keyboard('{Escape}');
      await dialogClosed(canvasElement);
      await expect(within(banner).getByRole('button', { name: t.banner.customize })).toHaveFocus();
      await expect(readout(canvasElement, 'Decided')).toHaveTextContent('no');
    });
    await step('Tab stays inside the dialog', async () => {
      await userEvent.keyboard('{Enter}');
      const dialog = await dialogOf(canvasElement, globals);
      for (let i = 0; i < 12; i++) {
        await userEvent.tab();
        await expect(dialog.contains(canvasElement.ownerDocument.activeElement)).toBe(true);
      }
    });
    await step('Space on Functional, Enter on Save preferences', async () => {
      const dialog = await dialogOf(canvasElement, globals);
      await tabTo(within(dialog).getByRole('switch', { name: 'Functional' }));
      await userEvent.keyboard(' ');
      await tabTo(within(dialog).getByRole('button', { name: t.preferences.save }));
      await userEvent.keyboard('{Enter}');
      await dialogClosed(canvasElement);
      await expect(readout(canvasElement, 'Functional')).toHaveTextContent('granted');
      await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('denied');
    });
    await step('the footer button reopens it; Escape returns focus there', async () => {
      const settings = within(canvas.getByRole('contentinfo')).getByRole('button', { name: t.settings.label });
      await tabTo(settings);
      await userEvent.keyboard('{Enter}');
      await dialogOf(canvasElement, globals);
      await userEvent.keyboard('{Escape}');
      await dialogClosed(canvasElement);
      await expect(settings).toHaveFocus();
    });
  },
};

/** `useCookie('theme-mode')` refuses before Functional is allowed, and writes once it is. */
export const CookieWaitsForConsent: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const t = storyMessages(globals);
    const canvas = within(canvasElement);
    const inspector = canvas.getByRole('complementary', { name: 'Consent inspector' });
    await step('refused while undecided', async () => {
      await userEvent.click(within(inspector).getByRole('button', { name: 'Remember dark theme' }));
      await expect(within(inspector).getByRole('status')).toHaveTextContent(/Refused/);
      await expect(within(inspector).getByTestId('theme-cookie-value')).toHaveTextContent('not set');
    });
    await step('written after accepting all', async () => {
      await userEvent.click(within(await bannerOf(canvas, globals)).getByRole('button', { name: t.banner.acceptAll }));
      await userEvent.click(within(inspector).getByRole('button', { name: 'Remember dark theme' }));
      await expect(within(inspector).getByTestId('theme-cookie-value')).toHaveTextContent('dark');
    });
    await step('erased when Functional is withdrawn', async () => {
      await userEvent.click(within(canvas.getByRole('contentinfo')).getByRole('button', { name: t.settings.label }));
      const dialog = await dialogOf(canvasElement, globals);
      await userEvent.click(within(dialog).getByRole('button', { name: t.preferences.rejectAll }));
      await dialogClosed(canvasElement);
      await expect(within(inspector).getByTestId('theme-cookie-value')).toHaveTextContent('not set');
    });
  },
};

/**
 * A switch per third party in the dialog: Stripe and Supabase on and locked with Essential;
 * Google Analytics under Analytics, whose switch follows it.
 */
export const ServiceSwitches: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const t = storyMessages(globals);
    const canvas = within(canvasElement);
    await userEvent.click(within(await bannerOf(canvas, globals)).getByRole('button', { name: t.banner.customize }));
    const dialog = await dialogOf(canvasElement, globals);
    await step('Stripe and Supabase are on and locked, as Essential is', async () => {
      for (const name of ['Stripe', 'Supabase']) {
        const service = within(dialog).getByRole('switch', { name });
        await expect(service).toBeChecked();
        await expect(service).toBeDisabled();
      }
    });
    await step('Google Analytics on turns Analytics on', async () => {
      await expect(within(dialog).getByRole('group', { name: 'Analytics' })).toContainElement(within(dialog).getByRole('switch', { name: 'Google Analytics' }));
      await userEvent.click(within(dialog).getByRole('switch', { name: 'Google Analytics' }));
      await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).toBeChecked();
    });
    await step('saved: Analytics is granted, the video and map stay refused', async () => {
      await userEvent.click(within(dialog).getByRole('button', { name: t.preferences.save }));
      await dialogClosed(canvasElement);
      await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('granted');
      await expect(readout(canvasElement, 'Embedded media')).toHaveTextContent('denied');
    });
  },
};

/** The video's placeholder names YouTube and its policy; "Load this once" plays it and saves nothing. */
export const VideoPlaceholder: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals).embed!;
    const canvas = within(canvasElement);
    const title = 'Before and after: a mastered chorus';
    const card = canvas.getByRole('group', { name: title });
    await expect(within(card).getByRole('link', { name: t.privacyPolicy.replace('{service}', 'YouTube') })).toHaveAttribute(
      'href',
      youtubeEmbed.service.privacyPolicyUrl,
    );
    await expect(canvas.queryByTitle(title)).toBeNull();
    await userEvent.click(within(card).getByRole('button', { name: t.loadOnce }));
    await waitFor(() => expect(canvas.getByTitle(title)).toHaveFocus());
    await expect(readout(canvasElement, 'Embedded media')).toHaveTextContent('undecided');
    await expect(readout(canvasElement, 'Decided')).toHaveTextContent('no');
  },
};

/** The map asks for Google Maps when wanted; allowing it leaves YouTube off, so Embedded media reads mixed. */
export const MapAsksOnDemand: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const t = storyMessages(globals);
    const canvas = within(canvasElement);
    await step('no map before consent; the button asks', async () => {
      await expect(canvas.queryByTitle('Map to the studio')).toBeNull();
      await userEvent.click(canvas.getByRole('button', { name: 'Show the map' }));
      const prompt = await bodyOf(canvasElement).findByRole('dialog', { name: t.prompt!.title.replace('{name}', 'Google Maps') });
      await userEvent.click(within(prompt).getByRole('button', { name: t.prompt!.allow }));
    });
    await step('allowed: the map loads, the video still waits', async () => {
      await expect(await canvas.findByTitle('Map to the studio')).toBeVisible();
      await expect(canvas.getByRole('group', { name: 'Before and after: a mastered chorus' })).toBeVisible();
      await expect(readout(canvasElement, 'Embedded media')).toHaveTextContent('granted');
    });
    await step('the dialog shows Embedded media mixed: Google Maps on, YouTube off', async () => {
      await userEvent.click(within(canvas.getByRole('contentinfo')).getByRole('button', { name: t.settings.label }));
      const dialog = await dialogOf(canvasElement, globals);
      await expect(within(dialog).getByRole('switch', { name: 'Embedded media' })).toHaveAttribute('data-state', 'mixed');
      await expect(within(dialog).getByRole('switch', { name: 'Embedded media' })).toHaveAccessibleDescription(expect.stringContaining(t.toggle.mixed));
      await expect(within(dialog).getByRole('switch', { name: 'Google Maps' })).toBeChecked();
      await expect(within(dialog).getByRole('switch', { name: 'YouTube' })).not.toBeChecked();
    });
  },
};

/** The analytics snippet pasted as `type="text/plain"` stays inert until Analytics is allowed, then runs. */
export const PastedAnalyticsTag: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals);
    const canvas = within(canvasElement);
    const status = within(canvas.getByRole('main')).getByRole('status');
    const tag = () => canvasElement.querySelector('script[data-consent-category="analytics"]');
    await expect(status).toHaveTextContent('waiting for consent');
    await expect(tag()).toHaveAttribute('type', 'text/plain');
    await userEvent.click(within(await bannerOf(canvas, globals)).getByRole('button', { name: t.banner.acceptAll }));
    await waitFor(() => expect(status).toHaveTextContent('ran'));
    await expect(tag()).not.toHaveAttribute('type');
  },
};

/** The generated cookie policy page. */
export const CookiePolicyPage: Story = {
  args: { initialPage: 'policy' },
  parameters: { consent: { state: 'rejected' } },
  play: async ({ canvasElement }) => {
    const main = within(within(canvasElement).getByRole('main'));
    await expect(main.getByRole('heading', { level: 1 })).toHaveTextContent('Cookie policy');
    await expect(main.getAllByRole('table')).toHaveLength(4);
    for (const heading of ['Managing your cookies', 'Opt-out options', 'Data retention', 'Updates to this policy']) {
      await expect(main.getByRole('heading', { name: heading })).toBeInTheDocument();
    }
  },
};

/** A returning visitor who chose before: no banner, their choice in the readout. */
export const ReturningVisitor: Story = {
  parameters: { consent: { state: 'custom', choices: { functional: true } } },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals);
    await expect(within(canvasElement).queryByRole('region', { name: t.banner.label })).toBeNull();
    await expect(readout(canvasElement, 'Functional')).toHaveTextContent('granted');
    await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('denied');
  },
};

/** The modal banner variant blocks the site until the visitor decides. */
export const ModalBanner: Story = {
  args: { modalBanner: true },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals);
    const body = bodyOf(canvasElement);
    const banner = await body.findByRole('dialog', { name: t.banner.title });
    await userEvent.click(within(banner).getByRole('button', { name: t.banner.customize }));
    const dialog = await dialogOf(canvasElement, globals);
    await userEvent.click(within(dialog).getByRole('button', { name: t.preferences.acceptAll }));
    await dialogClosed(canvasElement);
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('granted');
  },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: Site.play,
};

/** Right to left, with the dialog open. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement, globals, step }) => {
    const t = storyMessages(globals);
    await step('the logo keeps its two half discs in order', async () => {
      const mark = canvasElement.querySelector('.bm-logo-mark')!.firstChild!;
      const left = (offset: number) => {
        const range = canvasElement.ownerDocument.createRange();
        range.setStart(mark, offset);
        range.setEnd(mark, offset + 1);
        return range.getBoundingClientRect().left;
      };
      // "◖" (the left half) stays left of "◗".
      await expect(left(0)).toBeLessThan(left(1));
    });
    await userEvent.click(within(await bannerOf(within(canvasElement), globals)).getByRole('button', { name: t.banner.customize }));
    await expect(await dialogOf(canvasElement, globals)).toHaveAttribute('dir', 'rtl');
  },
};

/** Spanish messages. */
export const Spanish: Story = {
  globals: { locale: 'es' },
};
