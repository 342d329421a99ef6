import type { ConsentConfig } from '../core/config';

/**
 * Register your config's type once so that hooks and components know your category ids and cookie
 * names, and misspellings are compile errors:
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
