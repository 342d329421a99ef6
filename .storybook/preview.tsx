import { useLayoutEffect, type ReactNode } from 'react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { configure } from 'storybook/test';
import '../src/styles/index.css';
import './preview.css';
import '../stories/support/support.css';
import '../stories/support/themes.css';
import type { ConsentMessages } from '../src/index';
import { consentGlobalTypes, withConsent } from '../src/testing/storybook/index';
import { storyConfig } from '../stories/support/consent';
import { nativeName, STORY_LOCALES, storyMessages } from '../stories/support/locales';
import { regionGlobalTypes, withToolbarRegion } from '../stories/support/regions';
import { StoryMessagesContext } from '../stories/support/story-messages';

// The dialog and the standalone switch load with import() when first shown; on a busy 2-core CI
// machine that can take longer than the default 1 s that play functions wait for them.
configure({ asyncUtilTimeout: 5000 });

/**
 * Theme, direction and language where a site using consentkit puts them: on `<html>` when a story
 * has the page to itself. On a docs page many stories share one document, so each story gets them
 * on a wrapper of its own instead, and no story's theme or direction reaches another or the page.
 */
function PageSettings({ theme, messages, docs, children }: { theme: string; messages: ConsentMessages; docs: boolean; children: ReactNode }) {
  useLayoutEffect(() => {
    if (docs) return;
    const html = document.documentElement;
    html.setAttribute('data-ck-theme', theme);
    html.setAttribute('dir', messages.dir);
    html.setAttribute('lang', messages.locale);
  }, [docs, theme, messages]);
  return docs ? (
    <div className="story-scope" data-ck-theme={theme} dir={messages.dir} lang={messages.locale}>
      {children}
    </div>
  ) : (
    <>{children}</>
  );
}

/** Docs pages are English prose, left to right: whatever story was shown before, `<html>` is reset. */
function StoryDocsContainer(props: DocsContainerProps & { children?: ReactNode }) {
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.removeAttribute('data-ck-theme');
    html.setAttribute('dir', 'ltr');
    html.setAttribute('lang', 'en');
  }, []);
  return <DocsContainer {...props} />;
}

const withPage: Decorator = (Story, { globals, viewMode }) => (
  <PageSettings theme={globals.theme ?? 'light'} messages={storyMessages(globals)} docs={viewMode === 'docs'}>
    <Story />
  </PageSettings>
);

/** The toolbar's language, for stories that render text or providers of their own. */
const withStoryMessages: Decorator = (Story, { globals }) => (
  <StoryMessagesContext.Provider value={storyMessages(globals)}>
    <Story />
  </StoryMessagesContext.Provider>
);

const withProvider = withConsent({ config: storyConfig, provider: ({ globals }) => ({ messages: storyMessages(globals) }) });

/**
 * Every story under a `ConsentProvider` in the state the toolbar's Consent menu or the story's
 * `parameters.consent` asks for (consentkit/testing/storybook, as an app's Storybook would use it),
 * in the toolbar's language, for a visitor in the toolbar's region (or the story's own).
 */
const withStoryConsent: Decorator = (Story, context) =>
  withProvider(Story, { ...context, parameters: { ...context.parameters, consent: withToolbarRegion(context.parameters.consent, context.globals) } });

const preview: Preview = {
  // Later decorators wrap earlier ones: the page settings are outermost.
  decorators: [withStoryConsent, withStoryMessages, withPage],
  globalTypes: {
    ...consentGlobalTypes,
    ...regionGlobalTypes,
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
      description: 'Messages passed to the ConsentProvider: every shipped locale, and Hebrew (story text) for right to left',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: Object.keys(STORY_LOCALES).map((tag) => ({ value: tag, title: nativeName(tag), right: tag })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction (dir on <html>): right to left for any locale',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: "The locale's own" },
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
    docs: { container: StoryDocsContainer },
    options: {
      storySort: {
        order: ['Introduction', 'Docs', 'Demo', 'Components', 'State matrix'],
      },
    },
  },
};

export default preview;
