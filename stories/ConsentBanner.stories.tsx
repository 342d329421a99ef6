import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConsentBanner, ConsentPreferences } from '../src/index';
import { ConsentReadout } from './support/ConsentReadout';
import { expectVisible, readout } from './support/play';

/**
 * The first layer: a labelled region at the bottom of the page (or, with `modal`, a dialog that
 * blocks it) with three equal buttons. It shows only once stored consent is known and while the
 * visitor has not decided; ignoring it grants nothing.
 */
const meta = {
  title: 'Components/ConsentBanner',
  component: ConsentBanner,
  tags: ['autodocs'],
  args: { modal: false },
  argTypes: {
    modal: { control: 'boolean', description: 'A modal dialog that blocks the page until the visitor decides.' },
    className: { control: 'text' },
    classNames: { control: 'object' },
    messages: {
      control: 'object',
      description: 'Text for this banner only: label, title, description, acceptAll, rejectAll, customize.',
    },
  },
  parameters: {
    layout: 'fullscreen',
    // The banner is fixed to the viewport: each docs example gets its own frame.
    docs: { story: { inline: false, iframeHeight: 420 } },
  },
  render: (args) => (
    <>
      <main className="story-page">
        <h1>A page behind the banner</h1>
        <ConsentReadout />
      </main>
      <ConsentBanner {...args} />
      <ConsentPreferences />
    </>
  ),
} satisfies Meta<typeof ConsentBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

const banner = (canvasElement: HTMLElement) => within(canvasElement).findByRole('region', { name: 'Cookie consent' });

/** A first visit: nothing decided yet. */
export const FirstVisit: Story = {
  play: async ({ canvasElement }) => {
    const region = await banner(canvasElement);
    const buttons = within(region).getAllByRole('button');
    await expect(buttons.map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Customize']);
    // Equal visual weight: the three choices share one element type and one set of classes.
    await expect(new Set(buttons.map((b) => b.className)).size).toBe(1);
  },
};

/** "Accept all" grants every category and the banner goes away. */
export const AcceptAll: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(within(await banner(canvasElement)).getByRole('button', { name: 'Accept all' }));
    await expect(canvas.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
    await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('granted');
    await expect(readout(canvasElement, 'Functional')).toHaveTextContent('granted');
  },
};

/** "Reject all" refuses every optional category: as easy as accepting. */
export const RejectAll: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(within(await banner(canvasElement)).getByRole('button', { name: 'Reject all' }));
    await expect(canvas.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
    await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('denied');
    await expect(readout(canvasElement, 'Essential')).toHaveTextContent('granted');
  },
};

/** "Customize" opens the preferences dialog; the banner stays until a choice is saved. */
export const Customize: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(within(await banner(canvasElement)).getByRole('button', { name: 'Customize' }));
    const dialog = await body.findByRole('dialog', { name: 'Cookie preferences' });
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).not.toBeChecked();
  },
};

/** The modal variant: a dialog that blocks the page until the visitor decides. */
export const Modal: Story = {
  args: { modal: true },
  play: async ({ canvasElement }) => {
    await expectVisible(await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'We use cookies' }));
  },
};

/** Escape does not dismiss the modal banner; a choice does. */
export const ModalIgnoresEscape: Story = {
  args: { modal: true },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole('dialog', { name: 'We use cookies' });
    await expect(dialog).toHaveAttribute('open');
    await userEvent.keyboard('{Escape}');
    await expect(dialog).toHaveAttribute('open');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject all' }));
    await waitFor(() => expect(body.queryByRole('dialog', { name: 'We use cookies' })).toBeNull());
  },
};

/** A returning visitor who already decided: no banner. */
export const AlreadyDecided: Story = {
  parameters: { consent: { state: 'accepted' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(readout(canvasElement, 'Decided')).toHaveTextContent('yes');
    await expect(canvas.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
  },
};

/** Storage has not answered yet (an async adapter): no banner, so a returning visitor sees no flash. */
export const WhileLoading: Story = {
  parameters: { consent: { state: 'loading' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(readout(canvasElement, 'Storage')).toHaveTextContent('loading');
    await expect(canvas.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
  },
};

/** Every string can be replaced per banner, here with a long text to check wrapping. */
export const CustomText: Story = {
  args: {
    messages: {
      label: 'Privacy choices',
      title: 'Your privacy choices for Balanced Mastering, the online mastering studio for independent artists',
      description:
        'We use essential cookies to keep you logged in, protect uploads and process payments through Stripe. With your permission we would also remember your settings and half-finished uploads (functional cookies) and measure which pages are slow or popular with Google Analytics (analytics cookies). Nothing optional is set until you choose, and you can change your mind at any time from "Cookie settings" at the bottom of every page.',
      acceptAll: 'Allow all cookies',
      rejectAll: 'Essential cookies only',
      customize: 'Choose cookie types',
    },
  },
  play: async ({ canvasElement }) => {
    const region = await within(canvasElement).findByRole('region', { name: 'Privacy choices' });
    await expectVisible(within(region).getByRole('button', { name: 'Essential cookies only' }));
  },
};

/** Dark theme (`data-ck-theme="dark"` on `<html>`); axe checks the contrast. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expectVisible(await banner(canvasElement));
  },
};

/** Right to left. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    await expect(await banner(canvasElement)).toHaveAttribute('dir', 'rtl');
  },
};

/** German messages from `consentkit/locales/de`. */
export const German: Story = {
  globals: { locale: 'de' },
};
