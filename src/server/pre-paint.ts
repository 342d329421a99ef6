import type { ConsentConfig } from '../core/config';
import { CONSENT_COOKIE, COOKIE_NAME, HOST_PREFIX } from '../core/cookie-syntax';
import { MAX_LIFETIME_SECONDS } from '../core/duration';
import { check } from '../core/validate-config';

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
 * The text of a tiny inline script (under 1 KB, no dependencies) that keeps a server-rendered
 * banner from being painted for a returning visitor on a page that was rendered without the
 * request, e.g. a static route. Put it in `<head>`, before the banner: it reads the consent cookie
 * before first paint and sets `data-ck-decided` on `<html>` when the cookie holds a current
 * decision (this `revision`, unexpired, every category named, not a reset). The theme then hides
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
  const { name = CONSENT_COOKIE, hostPrefix } = options;
  check(COOKIE_NAME.test(name), 'prePaintScript.name', process.env.NODE_ENV !== 'production' && 'must be an RFC 6265 token');
  const asked = config.categoryIds.filter((id) => !config.categories[id]?.required);
  // The record format of src/core/record.ts; a copy on which the store would refuse (bad shape,
  // a category listed twice, impossible dates) leaves the attribute unset.
  const record = /^1\.(0|[1-9]\d{0,15})\.([\da-f]{32})\.(0|[1-9]\d{0,15})\.(0|[1-9]\d{0,15})\.([0-3])\.([01])\.(|[\w-]{1,32}:[01](?:![\w-]{1,32}:[01])*)$/;
  // ES5, so that it runs wherever the page is opened, and no "<" at all, so that nothing in it can
  // close the <script> element (tokens and category ids hold none either).
  return (
    `(function(d){try{var n=${JSON.stringify(name)},t=Date.now()/1e3,o=1,b;` +
    (hostPrefix ? `if(location.protocol=="https:")n=${JSON.stringify(HOST_PREFIX)}+n;` : '') +
    `d.cookie.split(";").forEach(function(p){var i=p.indexOf("="),k={},m,a,l;if(p.slice(0,i).trim()!=n)return;` +
    `m=${record}.exec(p.slice(i+1).trim());a=m&&+m[3];l=m&&m[4]-a;` +
    `if(!m||!(l>0)||l>${MAX_LIFETIME_SECONDS}||a>t+86400||m[7].split("!").some(function(c){c=c.split(":")[0];return k[c]||!(k[c]=1)}))o=0;` +
    `else if(!b||a>+b[3]||a==b[3]&&m[2]>b[2])b=m});` +
    `if(o&&b&&b[5]!="3"&&b[1]==${config.revision}&&Math.min(+b[4],+b[3]+${config.consentExpirySeconds})>t&&` +
    `${JSON.stringify(asked)}.every(function(c){return("!"+b[7]).indexOf("!"+c+":")>=0}))` +
    `d.documentElement.setAttribute("data-ck-decided","")}catch(e){}})(document)`
  );
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
