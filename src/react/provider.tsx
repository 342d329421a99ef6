import { createElement, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ConsentConfig } from '../core/config';
import { createConsentStore, type ConsentStore, type ConsentStoreOptions } from '../core/store';
import { ConsentContext, type ConsentContextValue } from './context';
import type { PartialConsentMessages } from '../components/messages';

/** Props of {@link ConsentProvider}: a `config` (the provider makes its store) or a ready `store`. */
export type ConsentProviderProps<C extends string = string, N extends string = string> = ConsentStoreOptions<C> & {
  children?: ReactNode;
  /** Text overrides for the components (a locale such as `de`, or a partial object). */
  messages?: PartialConsentMessages;
  /**
   * CSP nonce (`style-src`/`script-src 'nonce-…'`) given to every `<script>` and `<style>` element
   * that consentkit, or Radix through it, adds to the page.
   */
  nonce?: string;
} & ({ config: ConsentConfig<C, N>; store?: never } | { store: ConsentStore<C, N>; config?: never });

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Holds consent state for its subtree. Creates one store per mounted provider (never shared between
 * server requests). Store options are read once; `onChange`, `onDecision` and `onError` always call
 * the latest props, with a `config` or a ready `store` alike.
 */
export function ConsentProvider<C extends string, N extends string>(props: ConsentProviderProps<C, N>) {
  const latest = useRef(props);
  latest.current = props;
  // A live view of the props: the store looks a callback up each time it calls one.
  const [view] = useState(() => new Proxy(latest, { get: (ref, key) => ref.current[key as keyof ConsentStoreOptions<C>] }) as ConsentStoreOptions<C>);
  const [store] = useState(() => props.store ?? createConsentStore(props.config, view));
  // Before the children subscribe (their passive effects), so that a given store's first report reaches these callbacks.
  useIsomorphicLayoutEffect(() => (props.store ? store.observe(view) : undefined), [store]);
  // After hydration: sync with other tabs, re-read storage when the server gave the first value.
  useEffect(() => store.connect(), [store]);
  const { messages, nonce } = props;
  const value = useMemo<ConsentContextValue>(() => ({ store: store as unknown as ConsentContextValue['store'], messages, nonce }), [store, messages, nonce]);
  return createElement(ConsentContext.Provider, { value }, props.children);
}
