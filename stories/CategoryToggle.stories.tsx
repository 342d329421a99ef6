import { useEffect, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CategoryToggle, type CategoryToggleProps } from '../src/index';
import { balancedMasteringConfig, demoSiteConfig } from './demo/balanced-mastering';
import { changedText, componentArgs, textArgs, textArgTypes } from './support/controls';
import { ConsentReadout } from './support/ConsentReadout';
import { storyMessages } from './support/locales';
import { operableSwitch, readout } from './support/play';

type Args = CategoryToggleProps & ReturnType<typeof textArgs<'toggle'>>;

/**
 * A category's switch, named by its title and described by its description. Without `checked`
 * or `defaultChecked` it shows the stored grant and saves every flip, so it works on its own, e.g.
 * on an account settings page.
 */
const meta = {
  title: 'Components/CategoryToggle',
  component: CategoryToggle,
  tags: ['autodocs'],
  args: { category: 'analytics', onCheckedChange: fn(), ...textArgs('toggle') },
  argTypes: {
    category: { control: 'select', options: [...balancedMasteringConfig.categoryIds] },
    checked: { control: 'boolean', description: 'Controlled state.' },
    defaultChecked: { control: 'boolean', description: 'Uncontrolled: keeps its state locally and saves nothing.' },
    disabled: { control: 'boolean' },
    onCheckedChange: { table: { category: 'Events' } },
    className: { control: 'text' },
    classNames: { control: 'object' },
    ...textArgTypes('toggle'),
    messages: { control: false, description: 'Text for this toggle only (the Text controls fill it).' },
  },
  render: (args) => (
    <div className="story-stack">
      <CategoryToggle {...componentArgs('toggle', args)} messages={changedText('toggle', args)} />
      <ConsentReadout />
    </div>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Bound to the store: flipping it saves at once (method "custom"). */
export const BoundToStore: Story = {
  play: async ({ canvasElement, args }) => {
    const toggle = await operableSwitch(canvasElement, 'Analytics');
    await expect(toggle).not.toBeChecked();
    await expect(toggle).toHaveAccessibleDescription(/Service improvement/);
    await userEvent.click(toggle);
    await expect(toggle).toBeChecked();
    await expect(toggle).toHaveAttribute('data-state', 'checked');
    await expect(args.onCheckedChange).toHaveBeenCalledWith(true);
    await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('granted');
    await expect(readout(canvasElement, 'Method')).toHaveTextContent('Custom');
  },
};

/** A required category: checked, locked, "Always active". */
export const Required: Story = {
  args: { category: 'essential' },
  play: async ({ canvasElement, globals }) => {
    const toggle = await operableSwitch(canvasElement, 'Essential');
    await expect(toggle).toBeChecked();
    await expect(toggle).toBeDisabled();
    await expect(toggle).toHaveAccessibleDescription(new RegExp(storyMessages(globals).toggle.alwaysActive));
  },
};

/** Uncontrolled with `defaultChecked`: flips locally, stores nothing. */
export const Uncontrolled: Story = {
  args: { category: 'functional', defaultChecked: true },
  play: async ({ canvasElement }) => {
    const toggle = await operableSwitch(canvasElement, 'Functional');
    await expect(toggle).toBeChecked();
    await userEvent.click(toggle);
    await expect(toggle).not.toBeChecked();
    await expect(readout(canvasElement, 'Decided')).toHaveTextContent('no');
  },
};

/** Controlled: the page owns the state (starting from the `checked` control). */
export const Controlled: Story = {
  args: { checked: true },
  render: function Render(args) {
    const [checked, setChecked] = useState(!!args.checked);
    useEffect(() => setChecked(!!args.checked), [args.checked]);
    return (
      <div className="story-stack">
        <CategoryToggle
          {...componentArgs('toggle', args)}
          messages={changedText('toggle', args)}
          checked={checked}
          onCheckedChange={(next) => {
            args.onCheckedChange?.(next);
            setChecked(next);
          }}
        />
        <p>
          The page holds: <strong>{checked ? 'on' : 'off'}</strong>
        </p>
        <ConsentReadout />
      </div>
    );
  },
  play: async ({ canvasElement, args }) => {
    const toggle = await operableSwitch(canvasElement, 'Analytics');
    await userEvent.click(toggle);
    await expect(args.onCheckedChange).toHaveBeenCalledWith(false);
    await expect(toggle).not.toBeChecked();
    await expect(readout(canvasElement, 'Decided')).toHaveTextContent('no');
  },
};

/**
 * Bound to the store, a category granted with some of its services refused is drawn half on
 * (`data-state="mixed"`): here Embedded media of the demo site, Google Maps allowed and YouTube
 * not. ARIA has no mixed switch, so a screen reader hears it off, then its description:
 * `messages.toggle.mixed`, that some services are on. A flip turns it, and every service of it, on.
 */
export const Mixed: Story = {
  args: { category: 'media' as CategoryToggleProps['category'] },
  parameters: { consent: { config: demoSiteConfig, state: 'custom', choices: { media: true, 'service:youtube': false } } },
  play: async ({ canvasElement, args, globals }) => {
    const toggle = await operableSwitch(canvasElement, 'Embedded media');
    await expect(toggle).toHaveAttribute('data-state', 'mixed');
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await expect(toggle).toHaveAccessibleDescription(expect.stringContaining(storyMessages(globals).toggle.mixed));
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(args.onCheckedChange).toHaveBeenCalledWith(true);
    await expect(readout(canvasElement, 'Embedded media')).toHaveTextContent('granted');
  },
};

/** Controlled mixed: the page says some of the category's services are on; a flip asks for all of them. */
export const ControlledMixed: Story = {
  args: { checked: 'mixed' },
  play: async ({ canvasElement, args, globals }) => {
    const toggle = await operableSwitch(canvasElement, 'Analytics');
    await expect(toggle).toHaveAttribute('data-state', 'mixed');
    await expect(toggle).toHaveAccessibleDescription(expect.stringContaining(storyMessages(globals).toggle.mixed));
    await userEvent.click(toggle);
    await expect(args.onCheckedChange).toHaveBeenCalledWith(true);
    await expect(readout(canvasElement, 'Decided')).toHaveTextContent('no');
  },
};

/** Locked by the page. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(await operableSwitch(canvasElement, 'Analytics')).toBeDisabled();
  },
};

/** Every category of the reference policy, bound to the store, for a settings page. */
export const SettingsPage: Story = {
  tags: ['locales'],
  parameters: { consent: { state: 'custom', choices: { functional: true } } },
  render: () => (
    <div className="story-stack">
      {balancedMasteringConfig.categoryIds.map((id) => (
        <CategoryToggle key={id} category={id} />
      ))}
      <ConsentReadout />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(await operableSwitch(canvasElement, 'Functional')).toBeChecked();
    await expect(await operableSwitch(canvasElement, 'Analytics')).not.toBeChecked();
  },
};

/** Dark theme, every state. */
export const Dark: Story = {
  ...SettingsPage,
  globals: { theme: 'dark' },
};

/** Right to left. */
export const RightToLeft: Story = {
  ...SettingsPage,
  globals: { direction: 'rtl' },
};
