import { createElement, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ConsentConfig } from '../core/config';
import { createConsentStore, type ConsentStore, type ConsentStoreOptions } from '../core/store';
import { ConsentContext, type ConsentContextValue, type ConsentMode } from './context';
import { ServerCookies } from './use-cookie';
import type { ProvidedMessages } from './locale';
import type { ServerConsentState } from '../server/read-consent-state';

/** Props of {@link ConsentProvider}: a `config` (the provider makes its store) or a ready `store`. */
export type ConsentProviderProps<C extends string = string, N extends string = string> = ConsentStoreOptions<C> & {
  children?: ReactNode;
  /**
   * The components' text: a locale such as `de` (from `consentkit/locales/de`) or a partial object,
   * shown in every locale; or one per locale, `[en, de, fr]`, each shown in its own locale (English
   * where none serves it).
   */
  messages?: ProvidedMessages;
  /**
   * The locale of the components' text and of the config's per-locale text, e.g. `'de'` or
   * `'pt-BR'`; `dir` follows it. Changing it re-renders every text in place: consent state and an
   * open dialog stay. Without it, the components detect it on the client after hydration: the first
   * of `<html lang>` and `navigator.languages` that a given messages object or `config.locales`
   * serves, else the default (see `useLocale`). On a server, pick it from the request with
   * `localeFromHeaders` (`consentkit/server`) and pass it here.
   * @default detected
   */
  locale?: string;
  /**
   * CSP nonce (`style-src`/`script-src 'nonce-…'`) given to every `<script>` and `<style>` element
   * that consentkit, or Radix through it, adds to the page.
   */
  nonce?: string;
  /**
   * How people are asked. `'banner'`: `ConsentBanner` asks on the first visit. `'in-context'`, for
   * sites that ask only when something needs it: `ConsentBanner` renders nothing, and each feature
   * asks when first used (a `ConsentEmbed`'s placeholder, a `ConsentGate`'s button, `useCookie`
   * setters, `requestConsent()`); nothing optional is granted meanwhile, and
   * `ConsentSettingsButton` still opens every choice.
   * @default 'banner'
   */
  mode?: ConsentMode;
  /**
   * What the server knew of the request: `readConsentState(config, await headers())` from
   * `consentkit/server`, plain data that can cross from a Server Component. The server and the
   * first client render then show the same state, GPC, time and `useCookie` values; the store reads
   * the browser's storage (and its own GPC signal and clock) once hydration is over. Takes the
   * place of `initialValue`. With a ready `store`, give these to `createConsentStore` instead
   * (`initialValue`, `initialGpc`, `initialTime`); the provider still hands `cookies` to `useCookie`.
   */
  serverState?: Pick<ServerConsentState, 'value' | 'gpc' | 'now' | 'cookies'> & Partial<Pick<ServerConsentState, 'dnt' | 'region'>>;
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
  const { serverState: server } = props;
  const [store] = useState(
    () =>
      props.store ??
      // The server's reading comes first; every other option is looked up in the props.
      createConsentStore(props.config, server ? Object.assign(Object.create(view), { initialValue: server.value, initialGpc: server.gpc, initialDoNotTrack: server.dnt, initialTime: server.now || undefined, region: props.region ?? server.region }) : view),
  );
  // Before the children subscribe (their passive effects), so that a given store's first report reaches these callbacks.
  useIsomorphicLayoutEffect(() => (props.store ? store.observe(view) : undefined), [store]);
  // After hydration: sync with other tabs, re-read storage when the server gave the first value.
  useEffect(() => store.connect(), [store]);
  const { nonce, mode, messages, locale } = props;
  const value = useMemo<ConsentContextValue>(() => ({ store: store as unknown as ConsentContextValue['store'], messages, locale, nonce, mode }), [store, messages, locale, nonce, mode]);
  return createElement(ConsentContext.Provider, { value }, server ? createElement(ServerCookies.Provider, { value: server.cookies }, props.children) : props.children);
}
