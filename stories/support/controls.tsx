import { useLayoutEffect, type ReactNode } from 'react';
import type { InputType } from 'storybook/internal/types';
import { englishMessages, type ConsentMessages } from '../../src/index';

type Section = Exclude<keyof ConsentMessages, 'locale' | 'dir' | 'privacyChoices'>;

/** The stories' token presets: the default theme, the demo site's brand blue, rounded shapes. */
export const THEMES = ['default', 'brand', 'rounded'] as const;
/** Spacing presets: `--ck-space` at .75rem, 1rem (the default) and 1.25rem. */
export const DENSITIES = ['compact', 'regular', 'roomy'] as const;

/** The "theme" and "density" controls. */
export interface LookArgs {
  theme: (typeof THEMES)[number];
  density: (typeof DENSITIES)[number];
}

export const lookArgs: LookArgs = { theme: 'default', density: 'regular' };

export const lookArgTypes: Record<keyof LookArgs, InputType> = {
  theme: {
    control: 'inline-radio',
    options: [...THEMES],
    description: "Token presets, tokens only: the default theme, the demo site's brand blue, rounded shapes.",
    table: { category: 'Look' },
  },
  density: {
    control: 'inline-radio',
    options: [...DENSITIES],
    description: 'Spacing: `--ck-space` at .75rem, 1rem or 1.25rem.',
    table: { category: 'Look' },
  },
};

/**
 * Applies the look controls as classes on `<html>` while the story shows: the tokens then reach
 * the portalled dialog too. (Only for stories that have the page to themselves.)
 */
export function Look({ theme, density, children }: LookArgs & { children: ReactNode }) {
  useLayoutEffect(() => {
    const classes = [`story-theme-${theme}`, `story-density-${density}`];
    document.documentElement.classList.add(...classes);
    return () => document.documentElement.classList.remove(...classes);
  }, [theme, density]);
  return <>{children}</>;
}

/** One text control per message of `section`, filled with the English text. */
export function textArgs<S extends Section>(section: S): ConsentMessages[S] {
  return { ...englishMessages[section] };
}

export function textArgTypes<S extends Section>(section: S): Record<string, InputType> {
  return Object.fromEntries(
    Object.keys(englishMessages[section]).map((key) => [
      key,
      {
        control: 'text',
        description: `\`messages.${section}.${key}\`. Left as the English text, it follows the toolbar's locale; edit it to override.`,
        table: { category: 'Text' },
      },
    ]),
  );
}

/** The text controls a designer changed from English, as a `messages` override; the rest follow the locale. */
export function changedText<S extends Section>(section: S, args: object): Partial<ConsentMessages[S]> {
  const english = englishMessages[section] as Record<string, string>;
  const text = args as Record<string, unknown>;
  return Object.fromEntries(Object.keys(english).flatMap((key) => (typeof text[key] === 'string' && text[key] !== english[key] ? [[key, text[key]]] : []))) as Partial<
    ConsentMessages[S]
  >;
}

/** `args` without the text and look controls: what the component itself takes. */
export function componentArgs<S extends Section, A extends object>(section: S, args: A): Omit<A, keyof ConsentMessages[S] | keyof LookArgs> {
  const skip = new Set<string>([...Object.keys(englishMessages[section]), ...Object.keys(lookArgs)]);
  return Object.fromEntries(Object.entries(args).filter(([key]) => !skip.has(key))) as Omit<A, keyof ConsentMessages[S] | keyof LookArgs>;
}
