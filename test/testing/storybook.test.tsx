/**
 * consentkit/testing/storybook: the decorator and the toolbar global, driven with a story context
 * shaped like Storybook's, rendered with Testing Library.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsentBanner, useConsent, useConsentStore } from '../../src/index';
import { consentGlobalTypes, consentStoryState, createStoryStore, withConsent, type ConsentStoryContext } from '../../src/testing/storybook/index';
import { shopConfig, visibleCookies } from '../core/fixtures';

function Story() {
  const { decided, choices, loading } = useConsent();
  return (
    <main>
      <p data-testid="state">{loading ? 'loading' : `${decided ? 'decided' : 'undecided'} ${choices.functional} ${choices.analytics}`}</p>
      <ConsentBanner />
    </main>
  );
}

const context = (parameters: object = {}, globals: Record<string, unknown> = {}, id = 'demo--site'): ConsentStoryContext => ({ id, globals, parameters: { consent: parameters } });
const decorate = withConsent({ config: shopConfig });
const state = () => screen.getByTestId('state').textContent;

describe('withConsent', () => {
  test("given no parameters and no toolbar choice: a first visit, with the banner asking", () => {
    render(decorate(Story, context()));
    expect(state()).toBe('undecided undecided undecided');
    expect(screen.getByRole('region', { name: 'Cookie consent' })).not.toBeNull();
  });

  test("given the story's own state: accepted, rejected and custom choices", () => {
    const { unmount } = render(decorate(Story, context({ state: 'accepted' })));
    expect(state()).toBe('decided granted granted');
    expect(screen.queryByRole('region', { name: 'Cookie consent' })).toBeNull();
    unmount();
    render(decorate(Story, context({ state: 'custom', choices: { functional: true } })));
    expect(state()).toBe('decided granted denied');
  });

  test("the toolbar's choice wins over the story's own, and switching it starts the story afresh", () => {
    const { rerender } = render(decorate(Story, context({ state: 'accepted' }, { consent: 'rejected' })));
    expect(state()).toBe('decided denied denied');
    rerender(decorate(Story, context({ state: 'accepted' }, { consent: 'undecided' })));
    expect(state()).toBe('undecided undecided undecided');
    // The toolbar's reset item leaves no value: the story's own state again.
    rerender(decorate(Story, context({ state: 'accepted' }, { consent: undefined })));
    expect(state()).toBe('decided granted granted');
  });

  test('a decision made in one story stays in memory and never reaches the next story', async () => {
    const { rerender } = render(decorate(Story, context({}, {}, 'demo--first')));
    await userEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(state()).toBe('decided granted granted');
    expect(visibleCookies()).toEqual([]);
    rerender(decorate(Story, context({}, {}, 'demo--second')));
    expect(state()).toBe('undecided undecided undecided');
  });

  test("'loading' keeps the story in the state an async adapter is in before it answers", () => {
    render(decorate(Story, context({ state: 'loading' })));
    expect(state()).toBe('loading');
  });

  test('provider: false renders the story bare, for a story with providers of its own', () => {
    const Bare = () => <p data-testid="bare">{String(typeof useConsentStore)}</p>;
    render(decorate(Bare, context({ provider: false })));
    expect(screen.getByTestId('bare').textContent).toBe('function');
    expect(() => render(decorate(Story, context({ provider: false })))).toThrow(/useConsent/);
  });

  test("the provider option's props reach each story's provider (its messages)", () => {
    const translated = withConsent({ config: shopConfig, provider: () => ({ messages: { banner: { acceptAll: 'Alle akzeptieren' } } }) });
    render(translated(Story, context()));
    expect(screen.getByRole('button', { name: 'Alle akzeptieren' })).not.toBeNull();
  });
});

describe('the toolbar global and the story store', () => {
  test('consentGlobalTypes offers the story\'s own state, then undecided, accepted, rejected and custom', () => {
    const items = consentGlobalTypes.consent.toolbar.items;
    expect(items[0]).toMatchObject({ type: 'reset' });
    expect(items.slice(1).map((item) => item.value)).toEqual(['undecided', 'accepted', 'rejected', 'custom']);
  });

  test('consentStoryState ignores a value the toolbar does not offer', () => {
    expect(consentStoryState(context({ state: 'rejected' }, { consent: 'granted-everything' }))).toBe('rejected');
    expect(consentStoryState(context({}, { consent: 'custom' }))).toBe('custom');
  });

  test('createStoryStore: a custom state with no choices refuses every optional category', () => {
    expect(createStoryStore(shopConfig, { state: 'custom' }).getState().choices).toEqual({
      essential: 'granted',
      functional: 'denied',
      analytics: 'denied',
      advertising: 'denied',
    });
  });
});
