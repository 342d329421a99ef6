import { useId, useState, type ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { clsx } from 'clsx';
import {
  CategoryToggle,
  ConsentBanner,
  ConsentPreferences,
  ConsentProvider,
  ConsentSettingsButton,
  CookiePolicyTable,
  defineConsentConfig,
  useConsent,
  useConsentStore,
  type ConsentMessages,
  type PartialConsentMessages,
} from '../src/index';
import { balancedMasteringConfig } from './demo/balanced-mastering';
import { createStoryStore, slowAdapter, type StoryConsentParameters } from './support/consent';
import { InFrame } from './support/InFrame';
import { useStoryMessages } from './support/story-messages';
import './state-matrix.css';
import { manyCookiesConfig } from './support/configs';
import { STORY_LOCALES, storyMessages } from './support/locales';
import { operableSwitch } from './support/play';
import { useForcedStates } from './support/pseudo-states';

/** A policy with a category that sells or shares data: what Global Privacy Control acts on. */
const gpcConfig = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login, security and payments.' },
    analytics: { title: 'Analytics', description: 'Which pages are slow or popular.' },
    marketing: {
      title: 'Marketing',
      description: 'Shares visit data with ad partners to measure campaigns.',
      saleOrSharing: true,
    },
  },
  cookies: [
    { name: 'session-id', category: 'essential', purpose: 'Maintains your session', duration: 'session' },
    { name: '_ga', category: 'analytics', provider: 'Google Analytics', purpose: 'Visitor ID', duration: { years: 2 } },
    { name: '_fbp', category: 'marketing', provider: 'Ad partner', purpose: 'Ad measurement', duration: { months: 3 } },
  ],
});

/** Titles and descriptions far longer than anyone should write: wrapping and overflow. */
const longTextConfig = defineConsentConfig({
  revision: 1,
  categories: {
    essential: {
      required: true,
      title: 'Strictly necessary for authentication, security, fraud prevention and payments',
      description:
        "These cookies remember that you're logged in, protect every form against cross-site request forgery, keep your connection to the right server, detect suspicious activity on your account and let Stripe process payments. The site cannot work without them, so they cannot be switched off.",
    },
    personalisation: {
      title: 'Personalisation of settings, upload drafts, recently visited pages and accessibility preferences',
      description:
        'Remembers your theme, your preferred loudness target and export formats, partially completed upload forms (so a dropped connection does not lose a 2 GB upload), which pages you visited recently and any accessibility preferences such as reduced motion or larger text.',
    },
  },
  cookies: [
    {
      name: 'a-deliberately-very-long-cookie-name-used-to-check-wrapping-in-tables',
      category: 'personalisation',
      purpose: 'Checks that long names wrap instead of widening the layout',
      duration: { days: 30 },
    },
  ],
});

const longBannerText: PartialConsentMessages['banner'] = {
  title: 'Before you upload: how Balanced Mastering uses cookies and similar technologies on this website',
  description:
    'We use essential cookies to keep you logged in, protect your uploads and process payments. With your permission we would also remember your personal settings and half-finished uploads, and measure which pages are slow or popular so that we can improve them. Nothing optional is stored until you choose, and you can change your mind at any time from "Cookie settings" at the bottom of every page.',
  acceptAll: 'Accept every category of cookies',
  rejectAll: 'Use essential cookies only',
  customize: 'Choose categories one by one',
};


/** One line per fact of the decision: what the state looks like to code. */
function Summary() {
  const consent = useConsent();
  const { config } = useConsentStore();
  return (
    <dl className="story-summary">
      <div>
        <dt>Storage</dt>
        <dd>{consent.loading ? 'loading…' : 'ready'}</dd>
      </div>
      <div>
        <dt>Decided</dt>
        <dd>{consent.decided ? `yes (${consent.record?.method})` : 'no'}</dd>
      </div>
      {config.categoryIds.map((id) => (
        <div key={id}>
          <dt>{id}</dt>
          <dd data-value={consent.choices[id]}>{consent.choices[id]}</dd>
        </div>
      ))}
      <div>
        <dt>GPC</dt>
        <dd>{consent.gpc ? 'on' : 'off'}</dd>
      </div>
    </dl>
  );
}

interface CellProps {
  title: string;
  note: string;
  consent: StoryConsentParameters;
  banner?: PartialConsentMessages['banner'];
  /** What the cell shows in its viewport besides the banner. */
  children?: ReactNode;
}

/**
 * One state in a small viewport of its own: a fresh provider, the banner fixed to the bottom of
 * the cell (the transformed frame contains it), and a summary of `useConsent()` beneath.
 */
function Cell({ title, note, consent, banner, children }: CellProps) {
  const toolbar = useStoryMessages();
  const headingId = useId();
  const [store] = useState(() => createStoryStore(consent));
  // Each banner region needs its own name: landmarks on one page must be told apart.
  const messages: PartialConsentMessages = {
    ...toolbar,
    banner: { ...toolbar?.banner, ...banner, label: `Cookie consent: ${title}` },
  };
  return (
    <section className="story-cell" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="story-cell-note">{note}</p>
      <ConsentProvider store={store} messages={messages}>
        <div className="story-viewport">
          <div className="story-viewport-page">
            {children ?? (
              <p>
                Page content. <ConsentSettingsButton />
              </p>
            )}
          </div>
          <ConsentBanner />
        </div>
        <ConsentPreferences />
        <Summary />
      </ConsentProvider>
    </section>
  );
}

/** The modal banner needs a viewport of its own: a modal dialog blocks its whole document. */
function ModalCell({ theme, dir, lang }: { theme: string; dir: string; lang: string }) {
  const toolbar = useStoryMessages();
  const headingId = useId();
  const [store] = useState(() => createStoryStore({}));
  return (
    <section className="story-cell" aria-labelledby={headingId}>
      <h2 id={headingId}>Modal banner</h2>
      <p className="story-cell-note">
        <code>&lt;ConsentBanner modal /&gt;</code>: blocks the page (its own frame here) until a choice; Escape does not
        dismiss it.
      </p>
      <ConsentProvider store={store} messages={toolbar}>
        <div className="story-viewport story-viewport-framed">
          <InFrame title="Modal banner example" theme={theme} dir={dir} lang={lang}>
            <div className="story-viewport-page">
              <p>Page content, blocked while the banner asks.</p>
            </div>
            <ConsentBanner modal />
          </InFrame>
        </div>
        <ConsentPreferences />
        <Summary />
      </ConsentProvider>
    </section>
  );
}

function StateMatrix({ theme, dir, lang }: { theme: string; dir: string; lang: string }) {
  return (
    <div className="story-matrix">
      <Cell title="Undecided" note="A first visit: the banner asks, every optional category is undecided." consent={{}} />
      <Cell title="Accepted" note="Decided with Accept all: no banner, everything granted." consent={{ state: 'accepted' }} />
      <Cell title="Rejected" note="Decided with Reject all: only essential is granted." consent={{ state: 'rejected' }} />
      <Cell
        title="Custom"
        note="Saved from the dialog: functional on, analytics off."
        consent={{ state: 'custom', choices: { functional: true } }}
      />
      <Cell
        title="Loading"
        note="An async adapter whose get() never answers: no banner, so no flash for a returning visitor."
        consent={{ state: 'loading' }}
      />
      <Cell
        title="Slow storage"
        note="An async adapter answering after 2 s with nothing stored: the banner appears then."
        consent={{ storage: () => slowAdapter(2000) }}
      />
      <Cell
        title="Global Privacy Control"
        note="GPC on: the sale/sharing category (marketing) starts denied and Accept all leaves it denied."
        consent={{ config: gpcConfig, gpc: true }}
      />
      <ModalCell theme={theme} dir={dir} lang={lang} />
      <Cell title="Long texts" note="Long titles, descriptions and button labels." consent={{ config: longTextConfig }} banner={longBannerText} />
      <Cell title="Many cookies" note="Forty cookies in four categories: the policy table and the dialog (Customize)." consent={{ config: manyCookiesConfig }}>
        <div className="story-scroll" role="region" aria-label="Policy table with forty cookies" tabIndex={0}>
          <CookiePolicyTable showServices={false} />
        </div>
      </Cell>
    </div>
  );
}

/**
 * Every state side by side, each with its own provider and storage. The toolbar's theme, locale
 * and direction apply to all of them.
 */
const meta = {
  title: 'State matrix',
  parameters: {
    layout: 'fullscreen',
    // The cells make their own providers.
    consent: { provider: false },
    // The modal example lives in a same-origin frame without axe; it is checked in its own stories.
    a11y: { options: { iframes: false } },
    docs: { story: { inline: false, iframeHeight: 1400 } },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllStates: Story = {
  name: 'All states',
  tags: ['locales'],
  render: (_, { globals }) => {
    const messages = storyMessages(globals);
    return <StateMatrix theme={globals.theme ?? 'light'} dir={messages.dir} lang={messages.locale} />;
  },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const cell = (name: string) => within(canvas.getByRole('region', { name }));
    const banner = (name: string) => canvas.queryByRole('region', { name: `Cookie consent: ${name}` });
    await step('only undecided, ready cells show a banner', async () => {
      await expect(banner('Undecided')).not.toBeNull();
      for (const name of ['Accepted', 'Rejected', 'Custom', 'Loading']) await expect(banner(name)).toBeNull();
      await expect(cell('Loading').getByText('loading…')).toBeInTheDocument();
    });
    await step('GPC denies the sale/sharing category before anyone asks', async () => {
      const gpc = cell('Global Privacy Control');
      await expect(gpc.getByText('marketing').nextElementSibling).toHaveTextContent('denied');
      await expect(gpc.getByText('analytics').nextElementSibling).toHaveTextContent('undecided');
    });
    await step('the slow adapter answers, then the banner shows', async () => {
      await waitFor(() => expect(banner('Slow storage')).not.toBeNull(), { timeout: 5000 });
    });
  },
};

/** The matrix in the dark theme. */
export const Dark: Story = {
  ...AllStates,
  name: 'All states, dark',
  globals: { theme: 'dark' },
};

/** The matrix right to left. */
export const RightToLeft: Story = {
  ...AllStates,
  name: 'All states, right to left',
  globals: { direction: 'rtl' },
};

/** Short texts, so that a toggle fits a cell of the matrix. */
const matrixConfig = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login and security.' },
    functional: { title: 'Functional', description: 'Your settings.' },
    analytics: { title: 'Analytics', description: 'Usage statistics.' },
  },
});

/** Each state a button is drawn in: the theme's own rules, forced on through the story-* classes. */
const BUTTON_STATES = { rest: '', hover: 'story-hover', focus: 'story-focus-visible', pressed: 'story-hover story-active' } as const;

/** One panel: the banner's buttons in every state, then the switches, in one theme and language. */
function StatesPanel({ title, theme, messages }: { title: string; theme: 'light' | 'dark'; messages: ConsentMessages }) {
  const headingId = useId();
  const [store] = useState(() => createStoryStore({ config: matrixConfig }));
  const t = messages.banner;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ConsentProvider store={store} messages={messages}>
        <div className="story-surface" data-ck-theme={theme} dir={messages.dir} lang={messages.locale}>
          {Object.entries(BUTTON_STATES).map(([state, forced]) => (
            <figure key={state} className="story-state" data-state-name={state}>
              <figcaption lang="en">{state}</figcaption>
              <div className="ck-banner-actions">
                {[t.acceptAll, t.rejectAll, t.customize].map((label, i) => (
                  <button key={label} type="button" className={clsx('ck-button', i === 2 && 'ck-button-secondary', forced)}>
                    {label}
                  </button>
                ))}
              </div>
            </figure>
          ))}
          <figure className="story-state" data-state-name="on">
            <figcaption lang="en">on</figcaption>
            <CategoryToggle category="functional" defaultChecked />
          </figure>
          <figure className="story-state" data-state-name="off">
            <figcaption lang="en">off</figcaption>
            <CategoryToggle category="analytics" defaultChecked={false} />
          </figure>
          <figure className="story-state" data-state-name="locked">
            <figcaption lang="en">locked</figcaption>
            <CategoryToggle category="essential" />
          </figure>
          <figure className="story-state" data-state-name="focused">
            <figcaption lang="en">focused</figcaption>
            <CategoryToggle category="functional" defaultChecked classNames={{ switch: 'story-focus-visible' }} />
          </figure>
        </div>
      </ConsentProvider>
    </section>
  );
}

function ButtonsAndSwitches() {
  useForcedStates();
  const english = STORY_LOCALES.en!;
  const hebrew = STORY_LOCALES.he!;
  return (
    <div className="story-states">
      <StatesPanel title="Light" theme="light" messages={english} />
      <StatesPanel title="Dark" theme="dark" messages={english} />
      <StatesPanel title="Hebrew, right to left (story text)" theme="light" messages={hebrew} />
      <StatesPanel title="Hebrew, dark" theme="dark" messages={hebrew} />
    </div>
  );
}

/**
 * The banner's buttons (rest, hover, focus, pressed) and the switches (on, off, locked, focused)
 * in light, dark and Hebrew, right to left. The states come from the theme's own rules, applied
 * here without a pointer; axe checks the contrast of every one.
 */
export const ButtonsAndSwitchesStates: Story = {
  name: 'Buttons and switches',
  render: () => <ButtonsAndSwitches />,
  play: async ({ canvasElement, step }) => {
    const panels = within(canvasElement).getAllByRole('region');
    await expect(panels).toHaveLength(4);
    for (const panel of panels) {
      const cell = (state: string) => panel.querySelector<HTMLElement>(`[data-state-name="${state}"]`)!;
      const first = (state: string) => cell(state).querySelector<HTMLElement>('.ck-button')!;
      const name = within(panel).getByRole('heading').textContent;
      await step(`${name}: each button state looks different`, async () => {
        const backgrounds = ['rest', 'hover', 'pressed'].map((state) => getComputedStyle(first(state)).backgroundColor);
        await expect(new Set(backgrounds).size).toBe(3);
        await expect(getComputedStyle(first('focus')).outlineStyle).toBe('solid');
        for (const state of ['rest', 'hover', 'pressed']) await expect(getComputedStyle(first(state)).opacity).toBe('1');
      });
      await step(`${name}: each switch state is shown`, async () => {
        const switchIn = (state: string) => operableSwitch(cell(state), state === 'off' ? 'Analytics' : state === 'locked' ? 'Essential' : 'Functional');
        await expect(await switchIn('on')).toBeChecked();
        await expect(await switchIn('off')).not.toBeChecked();
        await expect(await switchIn('locked')).toBeDisabled();
        await expect(getComputedStyle(await switchIn('focused')).outlineStyle).toBe('solid');
      });
    }
  },
};
