import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ConsentPreferences, ConsentSettingsButton, type ConsentSettingsButtonProps } from '../src/index';
import { changedText, componentArgs, textArgs, textArgTypes } from './support/controls';
import { storyMessages } from './support/locales';

type Args = ConsentSettingsButtonProps & ReturnType<typeof textArgs<'settings'>>;

/**
 * Reopens the preferences dialog from anywhere, e.g. a footer "Cookie settings" button. Takes every
 * button attribute; calling `event.preventDefault()` in `onClick` keeps the dialog closed.
 */
const meta = {
  title: 'Components/ConsentSettingsButton',
  component: ConsentSettingsButton,
  tags: ['autodocs'],
  args: { onClick: fn(), ...textArgs('settings') },
  argTypes: {
    children: { control: 'text', description: 'Replaces the default text "Cookie settings".' },
    className: { control: 'text' },
    ...textArgTypes('settings'),
    messages: { control: false, description: 'Text for this button only (the Text control fills it).' },
    onClick: { table: { category: 'Events' } },
  },
  parameters: {
    consent: { state: 'rejected' },
    docs: { story: { inline: false, iframeHeight: 560 } },
  },
  render: (args) => (
    <>
      <footer className="story-footer">
        <span>© Balanced Mastering</span>
        <ConsentSettingsButton {...componentArgs('settings', args)} messages={changedText('settings', args)} />
      </footer>
      <ConsentPreferences />
    </>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** In a footer: opens the dialog; Escape closes it and focus comes back to the button. */
export const InAFooter: Story = {
  tags: ['locales'],
  play: async ({ canvasElement, args, globals }) => {
    const t = storyMessages(globals);
    const button = within(canvasElement).getByRole('button', { name: t.settings.label });
    // The footer's text keeps its distance from the button.
    const [a, b] = [within(canvasElement).getByText('© Balanced Mastering'), button].map((element) => element.getBoundingClientRect());
    await expect(Math.max(b!.left - a!.right, a!.left - b!.right)).toBeGreaterThanOrEqual(8);
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalled();
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: t.preferences.title });
    // The visitor rejected before: the dialog shows it.
    await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).not.toBeChecked();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull());
    await expect(button).toHaveFocus();
  },
};

/** Own text through `children`. */
export const CustomText: Story = {
  args: { children: 'Manage cookies' },
};

/** `preventDefault()` in `onClick` keeps the dialog closed (e.g. to route to a settings page instead). */
export const PreventDefault: Story = {
  args: { onClick: fn((event: { preventDefault(): void }) => event.preventDefault()) },
  play: async ({ canvasElement, globals }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: storyMessages(globals).settings.label }));
    await expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull();
  },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};
