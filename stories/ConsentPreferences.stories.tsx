import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ConsentPreferences, ConsentSettingsButton } from '../src/index';
import { ConsentReadout } from './support/ConsentReadout';
import { expectVisible, readout } from './support/play';
import { manyCookiesConfig } from './support/configs';

/**
 * The second layer: a modal dialog with one switch per category and the cookies behind each.
 * Switches start off for an undecided visitor; only "Save preferences", "Accept all" and
 * "Reject all" store anything. Its code loads the first time it opens.
 */
const meta = {
  title: 'Components/ConsentPreferences',
  component: ConsentPreferences,
  tags: ['autodocs'],
  args: { defaultOpen: true, onOpenChange: fn() },
  argTypes: {
    open: { control: 'boolean', description: 'Controlled open state; leave unset to follow the store.' },
    defaultOpen: { control: 'boolean' },
    onOpenChange: { table: { category: 'Events' } },
    className: { control: 'text' },
    classNames: { control: 'object' },
    messages: { control: 'object', description: 'Text for this dialog only: title, description, close, acceptAll, rejectAll, save, cookies.' },
  },
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
  render: (args) => (
    <>
      <main className="story-page">
        <h1>Account settings</h1>
        <p>
          <ConsentSettingsButton />
        </p>
        <ConsentReadout />
      </main>
      <ConsentPreferences {...args} />
    </>
  ),
} satisfies Meta<typeof ConsentPreferences>;

export default meta;
type Story = StoryObj<typeof meta>;

const dialogOf = (canvasElement: HTMLElement) =>
  within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Cookie preferences' });

/** Open for an undecided visitor: the required category is locked on, the others start off. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    const essential = within(dialog).getByRole('switch', { name: 'Essential' });
    await expect(essential).toBeChecked();
    await expect(essential).toBeDisabled();
    await expect(within(dialog).getByText('Always active')).toBeInTheDocument();
    await expect(within(dialog).getByRole('switch', { name: 'Functional' })).not.toBeChecked();
    await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).not.toBeChecked();
  },
};

/** Toggle, then save: only the saved choice is stored, and the dialog closes. */
export const CustomizeAndSave: Story = {
  play: async ({ canvasElement, step }) => {
    const dialog = await dialogOf(canvasElement);
    await step('toggling alone stores nothing', async () => {
      await userEvent.click(within(dialog).getByRole('switch', { name: 'Analytics' }));
      await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).toBeChecked();
      await expect(readout(canvasElement, 'Decided')).toHaveTextContent('no');
    });
    await step('Save preferences stores the chosen subset', async () => {
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save preferences' }));
      await waitFor(() => expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull());
      await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('granted');
      await expect(readout(canvasElement, 'Functional')).toHaveTextContent('denied');
      await expect(readout(canvasElement, 'Method')).toHaveTextContent('Custom');
    });
  },
};

/** Escape closes without saving, and focus goes back to the button that opened the dialog. */
export const EscapeDiscards: Story = {
  args: { defaultOpen: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const opener = canvas.getByRole('button', { name: 'Cookie settings' });
    await userEvent.click(opener);
    const dialog = await dialogOf(canvasElement);
    await userEvent.click(within(dialog).getByRole('switch', { name: 'Functional' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull());
    await expect(opener).toHaveFocus();
    await expect(readout(canvasElement, 'Functional')).toHaveTextContent('undecided');
  },
};

/** A returning visitor sees their saved choice (here: functional on, analytics off). */
export const ReturningVisitor: Story = {
  parameters: { consent: { state: 'custom', choices: { functional: true } } },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(within(dialog).getByRole('switch', { name: 'Functional' })).toBeChecked();
    await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).not.toBeChecked();
  },
};

/** Each category lists its cookies behind a disclosure. */
export const CookieLists: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    const summaries = within(dialog).getAllByText(/Cookies used/);
    await expect(summaries.map((s) => s.textContent)).toEqual(['Cookies used (3)', 'Cookies used (3)', 'Cookies used (3)']);
    await userEvent.click(summaries[2]!);
    await expectVisible(within(dialog).getByText('_gid'));
    await expectVisible(within(dialog).getByText('24 hours'));
  },
};

/** Controlled: the page holds the open state (starting from the `open` control), `onOpenChange` updates it. */
export const Controlled: Story = {
  args: { open: true, defaultOpen: false },
  render: function Render(args) {
    const [open, setOpen] = useState(!!args.open);
    useEffect(() => setOpen(!!args.open), [args.open]);
    return (
      <>
        <main className="story-page">
          <h1>Controlled dialog</h1>
          <p>
            <button type="button" className="story-plain-button" onClick={() => setOpen(true)}>
              Open preferences
            </button>
          </p>
          <ConsentReadout />
        </main>
        <ConsentPreferences
          {...args}
          open={open}
          onOpenChange={(next) => {
            args.onOpenChange?.(next);
            setOpen(next);
          }}
        />
      </>
    );
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await dialogOf(canvasElement);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(args.onOpenChange).toHaveBeenCalledWith(false));
    await waitFor(() => expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull());
  },
};


/** Forty cookies in four categories: the dialog body scrolls, the buttons stay in reach. */
export const ManyCookies: Story = {
  parameters: { consent: { config: manyCookiesConfig } },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(within(dialog).getAllByRole('switch')).toHaveLength(4);
    await expectVisible(within(dialog).getByRole('button', { name: 'Save preferences' }));
  },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await dialogOf(canvasElement);
  },
};

/** Right to left. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    await expect(await dialogOf(canvasElement)).toHaveAttribute('dir', 'rtl');
  },
};

/** French messages. */
export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await within(canvasElement.ownerDocument.body).findByRole('dialog');
  },
};
