import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ConsentPreferences, ConsentSettingsButton, type ConsentPreferencesProps } from '../src/index';
import { formatDuration } from '../src/components/format-duration';
import { changedText, componentArgs, Look, lookArgs, lookArgTypes, textArgs, textArgTypes, type LookArgs } from './support/controls';
import { ConsentReadout } from './support/ConsentReadout';
import { storyMessages, type ToolbarGlobals } from './support/locales';
import { expectVisible, readout } from './support/play';
import { manyCookiesConfig } from './support/configs';
import { demoSiteConfig } from './demo/balanced-mastering';

type Args = ConsentPreferencesProps & LookArgs & ReturnType<typeof textArgs<'preferences'>>;

/**
 * The second layer: a modal dialog with one switch per category and the cookies behind each.
 * Switches start off for an undecided visitor; only "Accept all", "Reject all" and "Save
 * preferences" store anything, in the banner's order: the two answers alike, then the secondary
 * Save preferences. Its code loads the first time it opens.
 *
 * On a phone (or any screen under 40rem wide or 30rem tall) it is a full-height sheet: each
 * category's description folds behind a disclosure and the footer has two columns, so that at
 * least three categories' switches show at 375 × 667.
 */
const meta = {
  title: 'Components/ConsentPreferences',
  component: ConsentPreferences,
  tags: ['autodocs'],
  args: { defaultOpen: true, onOpenChange: fn(), ...lookArgs, ...textArgs('preferences') },
  argTypes: {
    open: { control: 'boolean', description: 'Controlled open state; leave unset to follow the store.' },
    defaultOpen: { control: 'boolean' },
    onOpenChange: { table: { category: 'Events' } },
    ...lookArgTypes,
    ...textArgTypes('preferences'),
    className: { control: 'text' },
    classNames: { control: 'object' },
    messages: { control: false, description: 'Text for this dialog only (the Text controls fill it).' },
  },
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
  render: (args) => (
    <Look theme={args.theme} density={args.density}>
      <main className="story-page">
        <h1>Account settings</h1>
        <p>
          <ConsentSettingsButton />
        </p>
        <ConsentReadout />
      </main>
      <ConsentPreferences {...componentArgs('preferences', args)} messages={changedText('preferences', args)} />
    </Look>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

const dialogOf = (canvasElement: HTMLElement, globals: ToolbarGlobals) =>
  within(canvasElement.ownerDocument.body).findByRole('dialog', { name: storyMessages(globals).preferences.title });
const dialogClosed = (canvasElement: HTMLElement) =>
  waitFor(() => expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull());

/** Open for an undecided visitor: the required category is locked on, the others start off. */
export const Open: Story = {
  tags: ['locales'],
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals);
    const dialog = await dialogOf(canvasElement, globals);
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    const essential = within(dialog).getByRole('switch', { name: 'Essential' });
    await expect(essential).toBeChecked();
    await expect(essential).toBeDisabled();
    await expect(within(dialog).getByText(t.toggle.alwaysActive)).toBeInTheDocument();
    await expect(within(dialog).getByRole('switch', { name: 'Functional' })).not.toBeChecked();
    await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).not.toBeChecked();
    const footer = within(dialog).getAllByRole('button').slice(-3);
    await expect(footer.map((button) => button.textContent)).toEqual([t.preferences.acceptAll, t.preferences.rejectAll, t.preferences.save]);
  },
};

/** Toggle, then save: only the saved choice is stored, and the dialog closes. */
export const CustomizeAndSave: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const t = storyMessages(globals).preferences;
    const dialog = await dialogOf(canvasElement, globals);
    await step('toggling alone stores nothing', async () => {
      await userEvent.click(within(dialog).getByRole('switch', { name: 'Analytics' }));
      await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).toBeChecked();
      await expect(readout(canvasElement, 'Decided')).toHaveTextContent('no');
    });
    await step('Save preferences stores the chosen subset', async () => {
      await userEvent.click(within(dialog).getByRole('button', { name: t.save }));
      await dialogClosed(canvasElement);
      await expect(readout(canvasElement, 'Analytics')).toHaveTextContent('granted');
      await expect(readout(canvasElement, 'Functional')).toHaveTextContent('denied');
      await expect(readout(canvasElement, 'Method')).toHaveTextContent('Custom');
    });
  },
};

/** Escape closes without saving, and focus goes back to the button that opened the dialog. */
export const EscapeDiscards: Story = {
  args: { defaultOpen: false },
  play: async ({ canvasElement, globals }) => {
    const opener = within(canvasElement).getByRole('button', { name: storyMessages(globals).settings.label });
    await userEvent.click(opener);
    const dialog = await dialogOf(canvasElement, globals);
    await userEvent.click(within(dialog).getByRole('switch', { name: 'Functional' }));
    await userEvent.keyboard('{Escape}');
    await dialogClosed(canvasElement);
    await expect(opener).toHaveFocus();
    await expect(readout(canvasElement, 'Functional')).toHaveTextContent('undecided');
  },
};

/** A returning visitor sees their saved choice (here: functional on, analytics off). */
export const ReturningVisitor: Story = {
  parameters: { consent: { state: 'custom', choices: { functional: true } } },
  play: async ({ canvasElement, globals }) => {
    const dialog = await dialogOf(canvasElement, globals);
    await expect(within(dialog).getByRole('switch', { name: 'Functional' })).toBeChecked();
    await expect(within(dialog).getByRole('switch', { name: 'Analytics' })).not.toBeChecked();
  },
};

/** Each category lists its cookies behind a disclosure, name, purpose and duration in columns. */
export const CookieLists: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals);
    const dialog = await dialogOf(canvasElement, globals);
    const summaries = within(dialog).getAllByText(new RegExp(t.preferences.cookies));
    await expect(summaries.map((s) => s.textContent)).toEqual([1, 2, 3].map(() => `${t.preferences.cookies} (3)`));
    await userEvent.click(summaries[2]!);
    await expectVisible(within(dialog).getByText('_gid'));
    // Intl may put a no-break space between number and unit; Testing Library reads it as a space.
    await expectVisible(within(dialog).getByText(formatDuration({ hours: 24 }, t.locale, t.table.session, t.table.units).replace(/\s+/g, ' ')));
  },
};

/** A phone: a full-height sheet; each description opens from the chevron beside its title. */
export const Phone: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement, globals }) => {
    const dialog = await dialogOf(canvasElement, globals);
    const description = within(dialog).getByText(/^Service improvement/);
    const disclosure = within(dialog).getByRole('button', { name: 'Analytics' });
    // The disclosure only shows on narrow dialogs: on a wide frame every description is open anyway.
    if (getComputedStyle(disclosure).display === 'none') return expectVisible(description);
    await expect(description).not.toBeVisible();
    await userEvent.click(disclosure);
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    await expectVisible(description);
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
          {...componentArgs('preferences', args)}
          messages={changedText('preferences', args)}
          open={open}
          onOpenChange={(next) => {
            args.onOpenChange?.(next);
            setOpen(next);
          }}
        />
      </>
    );
  },
  play: async ({ canvasElement, args, globals }) => {
    const dialog = await dialogOf(canvasElement, globals);
    await userEvent.click(within(dialog).getByRole('button', { name: storyMessages(globals).preferences.close }));
    await waitFor(() => expect(args.onOpenChange).toHaveBeenCalledWith(false));
    await dialogClosed(canvasElement);
  },
};

/** The switches of a dialog, by their accessible names, with their `aria-checked`. */
const switchStates = (dialog: HTMLElement, names: string[]) =>
  names.map((name) => [name, within(dialog).getByRole('switch', { name }).getAttribute('aria-checked')]);

/** Every category and service of the demo site's config, as the dialog lists them. */
const DEMO_SWITCHES = ['Essential', 'Stripe', 'Supabase', 'Functional', 'Analytics', 'Google Analytics', 'Embedded media', 'YouTube', 'Google Maps'];

/**
 * Services with a consent of their own are switches under their category's (the demo site's
 * config: Stripe and Supabase under Essential, Google Analytics under Analytics, YouTube and Google
 * Maps under Embedded media). Embedded media is on with YouTube off: its switch is drawn half on
 * (`data-state="mixed"`) and, since ARIA has no mixed switch, read as off with a description saying
 * that some services are on. Flipping it turns every service of it on; the last service off turns it off.
 */
export const ServiceSwitchesMixed: Story = {
  parameters: { consent: { config: demoSiteConfig, state: 'custom', choices: { media: true, 'service:youtube': false } } },
  play: async ({ canvasElement, globals, step }) => {
    const dialog = await dialogOf(canvasElement, globals);
    const media = () => within(dialog).getByRole('switch', { name: 'Embedded media' });
    const partly = storyMessages(globals).toggle.mixed;
    await step('Embedded media reads mixed: Google Maps on, YouTube off', async () => {
      await expect(switchStates(dialog, ['Embedded media', 'YouTube', 'Google Maps'])).toEqual([
        ['Embedded media', 'false'],
        ['YouTube', 'false'],
        ['Google Maps', 'true'],
      ]);
      await expect(media()).toHaveAttribute('data-state', 'mixed');
      await expect(media()).toHaveAccessibleDescription(expect.stringContaining(partly));
      await expect(within(dialog).getByRole('group', { name: 'Embedded media' })).toContainElement(within(dialog).getByRole('switch', { name: 'YouTube' }));
    });
    await step('flipping the category turns every service of it on', async () => {
      await userEvent.click(media());
      await expect(switchStates(dialog, ['Embedded media', 'YouTube', 'Google Maps'])).toEqual([
        ['Embedded media', 'true'],
        ['YouTube', 'true'],
        ['Google Maps', 'true'],
      ]);
      await expect(media()).not.toHaveAccessibleDescription(expect.stringContaining(partly));
    });
    await step('one service off reads mixed again; the last one off turns the category off', async () => {
      await userEvent.click(within(dialog).getByRole('switch', { name: 'YouTube' }));
      await expect(media()).toHaveAttribute('data-state', 'mixed');
      await expect(media()).toHaveAccessibleDescription(expect.stringContaining(partly));
      await userEvent.click(within(dialog).getByRole('switch', { name: 'Google Maps' }));
      await expect(media()).toHaveAttribute('aria-checked', 'false');
      await expect(readout(canvasElement, 'Embedded media')).toHaveTextContent('granted');
    });
  },
};

/** After "Accept all": every category and service switch on, none mixed. */
export const ServiceSwitchesAllOn: Story = {
  parameters: { consent: { config: demoSiteConfig, state: 'accepted' } },
  play: async ({ canvasElement, globals }) => {
    const dialog = await dialogOf(canvasElement, globals);
    await expect(switchStates(dialog, DEMO_SWITCHES)).toEqual(DEMO_SWITCHES.map((name) => [name, 'true']));
  },
};

/** After "Reject all": only Essential and its services (Stripe, Supabase) on and locked; every other switch off. */
export const ServiceSwitchesAllOff: Story = {
  parameters: { consent: { config: demoSiteConfig, state: 'rejected' } },
  play: async ({ canvasElement, globals }) => {
    const dialog = await dialogOf(canvasElement, globals);
    const essential = ['Essential', 'Stripe', 'Supabase'];
    await expect(switchStates(dialog, DEMO_SWITCHES)).toEqual(DEMO_SWITCHES.map((name) => [name, String(essential.includes(name))]));
    for (const name of essential) await expect(within(dialog).getByRole('switch', { name })).toBeDisabled();
  },
};

/** Forty cookies in four categories: the dialog body scrolls, the buttons stay in reach. */
export const ManyCookies: Story = {
  parameters: { consent: { config: manyCookiesConfig } },
  play: async ({ canvasElement, globals }) => {
    const dialog = await dialogOf(canvasElement, globals);
    await expect(within(dialog).getAllByRole('switch')).toHaveLength(4);
    await expectVisible(within(dialog).getByRole('button', { name: storyMessages(globals).preferences.save }));
  },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    await dialogOf(canvasElement, globals);
  },
};

/** Right to left. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement, globals }) => {
    await expect(await dialogOf(canvasElement, globals)).toHaveAttribute('dir', 'rtl');
  },
};

/** French messages. */
export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement, globals }) => {
    await dialogOf(canvasElement, globals);
  },
};
