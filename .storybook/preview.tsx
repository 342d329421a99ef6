import { useLayoutEffect, useState, type ReactNode } from 'react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
import '../src/styles/index.css';
import './preview.css';
import { ConsentProvider, type PartialConsentMessages } from '../src/index';
import { en } from '../src/locales/en';
import { de } from '../src/locales/de';
import { fr } from '../src/locales/fr';
import { es } from '../src/locales/es';
import { createStoryStore, type StoryConsentParameters } from '../stories/support/consent';
import { StoryMessagesContext } from '../stories/support/story-messages';

// The dialog and the standalone switch load with import() when first shown; on a busy 2-core CI
// machine that can take longer than the default 1 s that play functions wait for them.
configure({ asyncUtilTimeout: 5000 });

const LOCALES: Record<string, PartialConsentMessages> = { en, de, fr, es };

/** The toolbar's messages: the locale, laid out right to left when the direction asks for it. */
function toolbarMessages(locale: string, direction: string): PartialConsentMessages {
  const messages = LOCALES[locale] ?? en;
  return direction === 'rtl' ? { ...messages, dir: 'rtl' } : messages;
}

/** Puts theme, direction and language on `<html>`, where a site using consentkit would put them. */
function PageSettings({ theme, dir, lang, children }: { theme: string; dir: string; lang: string; children: ReactNode }) {
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.setAttribute('data-ck-theme', theme);
    html.setAttribute('dir', dir);
    html.setAttribute('lang', lang);
  }, [theme, dir, lang]);
  return <>{children}</>;
}

/** One store per story render: a decision made in one story never shows up in another. */
function StoryProvider({ consent, messages, children }: { consent: StoryConsentParameters; messages: PartialConsentMessages; children: ReactNode }) {
  const [store] = useState(() => createStoryStore(consent));
  return (
    <ConsentProvider store={store} messages={messages}>
      {children}
    </ConsentProvider>
  );
}

const withPage: Decorator = (Story, { globals }) => (
  <PageSettings theme={globals.theme ?? 'light'} dir={globals.direction ?? 'ltr'} lang={globals.locale ?? 'en'}>
    <Story />
  </PageSettings>
);

const withConsent: Decorator = (Story, context) => {
  const messages = toolbarMessages(context.globals.locale ?? 'en', context.globals.direction ?? 'ltr');
  const consent: StoryConsentParameters = context.parameters.consent ?? {};
  return (
    <StoryMessagesContext.Provider value={messages}>
      {consent.provider === false ? (
        <Story />
      ) : (
        // Keyed by story id so that switching stories starts from a fresh store.
        <StoryProvider key={context.id} consent={consent} messages={messages}>
          <Story />
        </StoryProvider>
      )}
    </StoryMessagesContext.Provider>
  );
};

const preview: Preview = {
  // Later decorators wrap earlier ones: the page settings are outermost.
  decorators: [withConsent, withPage],
  globalTypes: {
    theme: {
      description: 'Colour theme (data-ck-theme on <html>)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Messages passed to the ConsentProvider',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction (dir on <html>)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'ltr' },
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    // Any axe violation fails the story's test, in the Storybook UI and under vitest.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: ['Introduction', 'Docs', 'Demo', 'Components', 'State matrix'],
      },
    },
  },
};

export default preview;
