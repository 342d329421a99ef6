import { deleteCookie, readCookie, writeCookie } from '../core/cookie-jar';
import type { ConsentStorage } from './types';

/** Options for {@link cookieAdapter}. */
export interface CookieAdapterOptions {
  /** @default 'ck_consent' */
  name?: string;
  /** Share the decision across subdomains, e.g. `'.example.com'`. Host-only when omitted. */
  domain?: string;
  /** @default '/' */
  path?: string;
  /** @default 'Lax' */
  sameSite?: 'Strict' | 'Lax' | 'None';
  /** @default true on https pages */
  secure?: boolean;
  /** Cookie lifetime in days; defaults to the record's own expiry, so the cookie never outlives the decision. */
  maxAgeDays?: number;
}

/**
 * Stores the consent record in a first-party cookie (the default), readable by the server on the
 * next request so it can render the right state.
 */
export function cookieAdapter({ name = 'ck_consent', maxAgeDays, ...attributes }: CookieAdapterOptions = {}): ConsentStorage {
  return {
    key: name,
    get: () => readCookie(name),
    // The record's own lifetime, not expiresAt minus the page clock: a store with its own clock
    // (or a skewed one) would otherwise write a cookie that is already expired.
    set(value, record) {
      writeCookie(name, value, { ...attributes, maxAge: maxAgeDays !== undefined ? maxAgeDays * 86400 : record.expiresAt - record.decidedAt });
    },
    remove: () => deleteCookie(name, attributes),
  };
}
