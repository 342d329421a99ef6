import { createElement, Fragment, type ReactNode } from 'react';

/**
 * A message with each `{key}` replaced by `values[key]`: text, or an element such as
 * `configText()`'s `<bdi>`, so that a name from the config keeps its own direction inside the
 * sentence. A placeholder without a value stays as written.
 */
export const fill = (text: string, values: Record<string, ReactNode>): ReactNode =>
  createElement(Fragment, null, ...text.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? (values[part] ?? `{${part}}`) : part)));

/** The same for an attribute (an accessible name): plain text only. */
export const fillText = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
