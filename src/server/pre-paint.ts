import type { ConsentConfig } from '../core/config';
import { CONSENT_COOKIE, COOKIE_NAME } from '../core/cookie-syntax';
import { check } from '../core/validate-config';
import { decisionReader } from './decision-reader';

/** Options for {@link prePaintScript}: the consent cookie as `cookieAdapter` was given it. */
export interface PrePaintScriptOptions {
  /**
   * The consent cookie's name, as given to `cookieAdapter({ name })`.
   * @default 'ck_consent'
   */
  name?: string;
  /**
   * As given to `cookieAdapter({ hostPrefix })`: on https pages the script reads `__Host-<name>`.
   * @default false
   */
  hostPrefix?: boolean;
}

/**
 * The text of a small inline script (about 2 KB, no dependencies) that keeps a server-rendered
 * banner from being painted for a returning visitor on a page that was rendered without the
 * request, e.g. a static route. Put it in `<head>`, before the banner: it reads the consent cookie
 * before first paint, as the store reads it under the opt-in model (the same reader as
 * `googleConsentModeDefaults`), and sets `data-ck-decided` on `<html>` when the store will find a
 * decision that leaves nothing to ask (this `revision`, unexpired, every category named, every
 * service of a granted category named, not a reset). The theme then hides
 * `.ck-banner[data-ck-prerendered]`, the banner rendered from the server's state; after hydration
 * the store reads the cookie itself and the banner unmounts or stays as usual.
 *
 * It errs towards showing the banner: a cookie it cannot read with certainty (tampered, encoded,
 * several copies of which one looks wrong) leaves the attribute unset, and the store decides after
 * hydration as always.
 *
 * ```tsx
 * <head>
 *   <script nonce={nonce} dangerouslySetInnerHTML={{ __html: prePaintScript(consentConfig) }} />
 * </head>
 * ```
 *
 * Strict CSP: give the element your nonce, or, on a static page that has no per-request nonce,
 * allow the script's hash in `script-src` ({@link prePaintScriptHash}). Trusted Types guard DOM
 * sinks, not markup: the script sent in the server's HTML needs no policy. An app that adds it
 * from script instead sets `element.text` to `policy.createScript(text)` from a policy whose
 * `createScript` returns this text.
 *
 * @throws TypeError naming `name` when it is not an RFC 6265 token
 */
export function prePaintScript(config: ConsentConfig<string, string>, options: PrePaintScriptOptions = {}): string {
  check(COOKIE_NAME.test(options.name ?? CONSENT_COOKIE), 'prePaintScript.name', process.env.NODE_ENV !== 'production' && 'must be an RFC 6265 token');
  // ES5 syntax, so that it parses wherever the page is opened (an engine it fails on throws into
  // its own catch, and the banner shows). A copy the store would refuse leaves the page undecided,
  // even beside a good one (r).
  return `(function(){try{${decisionReader(config, options)}if(z&&q&&!r)document.documentElement.setAttribute("data-ck-decided","")}catch(e){}})()`;
}

/**
 * The CSP source that allows {@link prePaintScript}'s text, `'sha256-…'` with the quotes, for a
 * `script-src` directive of a static page (which has no per-request nonce). The same config and
 * options give the same text, so the hash can be computed once at build or start-up.
 */
export async function prePaintScriptHash(config: ConsentConfig<string, string>, options?: PrePaintScriptOptions): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(prePaintScript(config, options)));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}
