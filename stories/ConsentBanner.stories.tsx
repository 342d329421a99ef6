import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConsentBanner, ConsentPreferences, memoryAdapter, type ConsentBannerProps } from '../src/index';
import { reachConfig } from './support/configs';
import { decidedValue } from './support/consent';
import { changedText, componentArgs, Look, lookArgs, lookArgTypes, textArgs, textArgTypes, type LookArgs } from './support/controls';
import { ConsentReadout } from './support/ConsentReadout';
import { storyMessages, type ToolbarGlobals } from './support/locales';
import { expectVisible, readout } from './support/play';

type BannerText = ReturnType<typeof textArgs<'banner'>>;
type Args = ConsentBannerProps & LookArgs & BannerText;

/**
 * The first layer, shown while the visitor has not decided: **Accept all** and **Reject all**,
 * identical in size, colour and weight, then **Customize** in a secondary style. The preferences
 * dialog uses the same order (Accept all, Reject all, then Save preferences).
 *
 * Three layouts: `bar` along the bottom (or top) edge, `box`, a card in a corner, and `modal`, a
 * dialog that blocks the page. Each lays itself out from its own width (container queries): on a
 * phone, or in a narrow column, Accept all and Reject all sit side by side with Customize below, and
 * the banner keeps to 40% of the screen: a longer text scrolls, the buttons stay in view.
 *
 * The Text controls start from the English text; left unchanged, they follow the toolbar's locale.
 */
const meta = {
  title: 'Components/ConsentBanner',
  component: ConsentBanner,
  tags: ['autodocs'],
  args: { layout: 'bar', ...lookArgs, ...textArgs('banner') },
  argTypes: {
    layout: { control: 'inline-radio', options: ['bar', 'box', 'modal'], table: { category: 'Layout' } },
    position: {
      control: 'select',
      options: [undefined, 'bottom', 'top', 'bottom-start', 'bottom-end', 'top-start', 'top-end'],
      description: 'A bar uses top or bottom; a box sits in the corner named (start and end follow the text direction), or centred.',
      table: { category: 'Layout' },
    },
    modal: { control: false, table: { category: 'Layout' } },
    ...lookArgTypes,
    ...textArgTypes('banner'),
    className: { control: 'text' },
    classNames: { control: 'object' },
    messages: { control: false, description: 'Text for this banner only (the Text controls fill it).' },
  },
  parameters: {
    layout: 'fullscreen',
    // The banner is fixed to the viewport: each docs example gets its own frame.
    docs: { story: { inline: false, iframeHeight: 420 } },
  },
  render: (args) => (
    <Look theme={args.theme} density={args.density}>
      <main className="story-page">
        <h1>A page behind the banner</h1>
        <ConsentReadout />
      </main>
      <ConsentBanner {...componentArgs('banner', args)} messages={changedText('banner', args)} />
      <ConsentPreferences />
    </Look>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The banner as a person meets it under the toolbar's locale: a region, or the modal's dialog. */
const bannerOf = (canvasElement: HTMLElement, globals: ToolbarGlobals) =>
  within(canvasElement).findByRole('region', { name: storyMessages(globals).banner.label });

/** A first visit: nothing decided yet. */
export const FirstVisit: Story = {
  tags: ['locales'],
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals).banner;
    const region = await bannerOf(canvasElement, globals);
    const buttons = within(region).getAllByRole('button');
    await expect(buttons.map((b) => b.textContent)).toEqual([t.acceptAll, t.rejectAll, t.customize]);
    // Equal visual weight for the two answers: one element type and one set of classes.
    await expect(buttons[0]!.className).toBe(buttons[1]!.className);
    await expect(buttons[2]).toHaveClass('ck-button-secondary');
  },
};

/** "Accept all" grants every category and the banner goes away. */
export const AcceptAll: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals).banner;
    await userEvent.click(within(await bannerOf(canvasElement, globals)).getByRole('button', { name: t.acceptAll }));
    await expect(within(canvasElement).queryByRole('region', { name: t.label })).toBeNull();
    await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('granted');
    await expect(readout(canvasElement, 'Functional')).toHaveTextContent('granted');
  },
};

/** "Reject all" refuses every optional category: as easy as accepting. */
export const RejectAll: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals).banner;
    await userEvent.click(within(await bannerOf(canvasElement, globals)).getByRole('button', { name: t.rejectAll }));
    await expect(within(canvasElement).queryByRole('region', { name: t.label })).toBeNull();
    await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('denied');
    await expect(readout(canvasElement, 'Essential')).toHaveTextContent('granted');
  },
};

/** "Customize" opens the preferences dialog; the banner stays until a choice is saved. */
export const Customize: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(within(await bannerOf(canvasElement, globals)).getByRole('button', { name: t.banner.customize }));
    const dialog = await body.findByRole('dialog', { name: t.preferences.title });
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).not.toBeChecked();
  },
};

/** `layout="box"`: a card in the corner at the end of the line (bottom right in English, bottom left in Hebrew). */
export const Box: Story = {
  args: { layout: 'box' },
  play: async ({ canvasElement, globals }) => {
    const region = await bannerOf(canvasElement, globals);
    await expect(region).toHaveAttribute('data-layout', 'box');
    await expectVisible(region);
  },
};

/** `layout="box" position="top-start"`: the top corner at the start of the line. */
export const BoxTopStart: Story = {
  args: { layout: 'box', position: 'top-start' },
  play: async ({ canvasElement, globals }) => {
    await expect(await bannerOf(canvasElement, globals)).toHaveAttribute('data-position', 'top-start');
  },
};

/** `position="top"`: a bar along the top edge; the page keeps room above its content. */
export const TopBar: Story = {
  args: { position: 'top' },
  play: async ({ canvasElement, globals }) => {
    const region = await bannerOf(canvasElement, globals);
    await waitFor(() => expect(region.getBoundingClientRect().top).toBe(0));
  },
};

/** `layout="modal"`: a dialog that blocks the page until the visitor decides. */
export const Modal: Story = {
  args: { layout: 'modal' },
  play: async ({ canvasElement, globals }) => {
    await expectVisible(await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: storyMessages(globals).banner.title }));
  },
};

/** Escape does not dismiss the modal banner; a choice does. */
export const ModalIgnoresEscape: Story = {
  args: { layout: 'modal' },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals).banner;
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole('dialog', { name: t.title });
    await expect(dialog).toHaveAttribute('open');
    await userEvent.keyboard('{Escape}');
    await expect(dialog).toHaveAttribute('open');
    await userEvent.click(within(dialog).getByRole('button', { name: t.rejectAll }));
    await waitFor(() => expect(body.queryByRole('dialog', { name: t.title })).toBeNull());
  },
};

/** A returning visitor who already decided: no banner. */
export const AlreadyDecided: Story = {
  parameters: { consent: { state: 'accepted' } },
  play: async ({ canvasElement, globals }) => {
    await expect(readout(canvasElement, 'Decided')).toHaveTextContent('yes');
    await expect(within(canvasElement).queryByRole('region', { name: storyMessages(globals).banner.label })).toBeNull();
  },
};

/** Storage has not answered yet (an async adapter): no banner, so a returning visitor sees no flash. */
export const WhileLoading: Story = {
  parameters: { consent: { state: 'loading' } },
  play: async ({ canvasElement, globals }) => {
    await expect(readout(canvasElement, 'Storage')).toHaveTextContent('loading');
    await expect(within(canvasElement).queryByRole('region', { name: storyMessages(globals).banner.label })).toBeNull();
  },
};

/** Every string can be replaced per banner, here with a long text: it scrolls, the buttons stay in view. */
export const CustomText: Story = {
  args: {
    label: 'Privacy choices',
    title: 'Your privacy choices for Balanced Mastering, the online mastering studio for independent artists',
    description:
      'We use essential cookies to keep you logged in, protect uploads and process payments through Stripe. With your permission we would also remember your settings and half-finished uploads (functional cookies) and measure which pages are slow or popular with Google Analytics (analytics cookies). Nothing optional is set until you choose, and you can change your mind at any time from "Cookie settings" at the bottom of every page.',
    acceptAll: 'Allow all cookies',
    rejectAll: 'Essential cookies only',
    customize: 'Choose cookie types',
  },
  play: async ({ canvasElement }) => {
    const region = await within(canvasElement).findByRole('region', { name: 'Privacy choices' });
    await expectVisible(within(region).getByRole('button', { name: 'Essential cookies only' }));
  },
};

/** The demo site's brand blue, roomy spacing: the theme and density controls, tokens only. */
export const Themed: Story = {
  args: { theme: 'brand', density: 'roomy', layout: 'box' },
  play: async ({ canvasElement, globals }) => {
    const region = await bannerOf(canvasElement, globals);
    const [accept] = within(region).getAllByRole('button');
    await expect(getComputedStyle(accept!).backgroundColor).toBe(globals.theme === 'dark' ? 'rgb(140, 194, 255)' : 'rgb(11, 92, 173)');
  },
};

/** Dark theme (`data-ck-theme="dark"` on `<html>`); axe checks the contrast. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    await expectVisible(await bannerOf(canvasElement, globals));
  },
};

/** Right to left. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement, globals }) => {
    await expect(await bannerOf(canvasElement, globals)).toHaveAttribute('dir', 'rtl');
  },
};

/** German messages from `consentkit/locales/de`. */
export const German: Story = {
  globals: { locale: 'de' },
};

/** Hebrew (story text until the languages work ships it): right to left by the locale itself. */
export const Hebrew: Story = {
  globals: { locale: 'he' },
  play: async ({ canvasElement, globals }) => {
    const region = await bannerOf(canvasElement, globals);
    await expect(region).toHaveAttribute('dir', 'rtl');
    await expect(canvasElement.ownerDocument.documentElement).toHaveAttribute('lang', 'he');
  },
};

/** `config.policyUrl`: a link to the cookie policy after the banner's text (and in the dialog's header). */
export const PolicyLink: Story = {
  parameters: { consent: { config: reachConfig } },
  play: async ({ canvasElement, globals }) => {
    const link = await within(canvasElement).findByRole('link', { name: storyMessages(globals).notice!.policyLink });
    await expect(link).toHaveAttribute('href', '/cookie-policy');
  },
};

/**
 * A visitor who decided under an older `revision` of the policy: the banner says the policy
 * changed, in place of the first-visit text; nothing of the older decision holds meanwhile.
 */
export const PolicyUpdated: Story = {
  parameters: { consent: { config: reachConfig, storage: () => memoryAdapter(decidedValue({ ...reachConfig, revision: 1 }, 'accept-all')) } },
  play: async ({ canvasElement, globals }) => {
    await expectVisible(await within(canvasElement).findByText(storyMessages(globals).notice!.updatedTitle));
  },
};

/** Known crawlers (search engines, link previews) get no banner: `crawler` from `isCrawler()` on the server. */
export const HiddenFromCrawlers: Story = {
  args: { crawler: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.ownerDocument.querySelector('.ck-banner')).toBeNull();
  },
};
