import type { ConsentConfig, ConsentKey as Key } from '../core/config';

/**
 * Register your config's type once so that hooks and components know your category ids, service
 * ids, cookie names and storage keys, and misspellings are compile errors:
 *
 * ```ts
 * declare module 'consentkit' {
 *   interface Register { config: typeof consentConfig }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Register {}

/** The registered config type, or a loose one when none is registered. */
export type RegisteredConfig = Register extends { config: infer T } ? T : ConsentConfig<string, string>;

/** Category ids of the registered config (`string` when none is registered). */
export type CategoryId = RegisteredConfig extends ConsentConfig<infer C, string> ? C : string;

/** Declared string cookie names of the registered config (`string` when none is registered). */
export type CookieName = RegisteredConfig extends ConsentConfig<string, infer N> ? N : string;

/** Ids of the registered config's services that have one (`string` when none is registered). */
export type ServiceId = RegisteredConfig extends ConsentConfig<string, string, infer S> ? S : string;

/** Declared exact storage keys of the registered config (`string` when none is registered). */
export type StorageKey = RegisteredConfig extends ConsentConfig<string, string, string, infer K> ? K : string;

/** What `useConsent(key)` and `save()` name: a category id, or `'service:<id>'` (`string` when none is registered). */
export type ConsentKey = Key<CategoryId, ServiceId>;
