import type { ConsentConfig } from '../core/config';
import { CONSENT_COOKIE, COOKIE_NAME, HOST_PREFIX } from '../core/cookie-syntax';
import { MAX_LIFETIME_SECONDS } from '../core/duration';
import { check, optional } from '../core/validate-config';
import { googleConsentDefaults, googleConsentMap, type GoogleConsentMap, type GoogleConsentType } from '../integrations/google-consent-mode';

/** Options for {@link googleConsentModeDefaults}. */
export interface GoogleConsentModeDefaultsOptions<C extends string = string> {
  /** Changes the default category → signals mapping for the categories it names (see `googleConsentMap`). */
  map?: GoogleConsentMap<C>;
  /**
   * Where the script finds a decision made earlier, to send its `update` at once: the consent
   * cookie, named as `cookieAdapter` names it (`{ name, hostPrefix }`). `false` when the decision
   * lives where a head script cannot read it (`localStorageAdapter`, a custom or async storage):
   * the update then comes from `<GoogleConsentMode />` once the store has read it.
   * @default { name: 'ck_consent', hostPrefix: false }
   */
  cookie?: false | { name?: string; hostPrefix?: boolean };
  /**
   * `wait_for_update`: how long, in milliseconds, Google's tags hold their first hits for an
   * `update`. With the cookie read, a returning visitor's update is already in the dataLayer and
   * a first visitor has nothing to wait for, so nothing is held; with `cookie: false` the update
   * comes later, from the store.
   * @default 0 when the script reads the cookie, 500 with `cookie: false`
   */
  waitForUpdate?: number;
  /**
   * ISO 3166-2 codes (`'DE'`, `'US-CA'`) the default applies to. Visitors elsewhere get no default
   * from consentkit (Google's tags then act as if everything were granted until an update); push
   * your own default without `region` for them.
   */
  region?: readonly string[];
  /**
   * `ads_data_redaction`: while `ad_storage` is denied, ad click identifiers are redacted.
   * @default true
   */
  adsDataRedaction?: boolean;
  /**
   * `url_passthrough`: while storage is denied, ad click information travels in link URLs instead.
   * @default false
   */
  urlPassthrough?: boolean;
}

// The stored record's format, as the core codec reads it (src/core/record.ts): schema 1, revision,
// id, decision and expiry times, method, GPC, choices.
const RECORD = /^1\.(0|[1-9]\d{0,15})\.([\da-f]{32})\.(0|[1-9]\d{0,15})\.(0|[1-9]\d{0,15})\.([0-3])\.([01])\.(|[\w-]{1,32}:[01](?:![\w-]{1,32}:[01])*)$/;

/** JSON that cannot end the inline `<script>` it is written into. */
const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The text of an inline `<script>` for the top of `<head>`, before any Google tag: it pushes
 * `gtag('consent', 'default', …)` for all seven signals (granted only for signals of required
 * categories), then `ads_data_redaction` and `url_passthrough`, then, when the consent cookie holds
 * a current decision, an `update` with its choices, read exactly as the store reads it (revision,
 * expiry, every category named, Global Privacy Control). Anything else sends no update: the
 * defaults stand.
 *
 * Render it with the page's CSP nonce, `<script nonce={nonce} dangerouslySetInnerHTML={{ __html: text }} />`,
 * or allow its hash (`inlineScriptHash(text)`) on static pages. Being parsed from HTML, it is no
 * Trusted Types sink. Throws a TypeError naming the option that is wrong.
 */
export function googleConsentModeDefaults<C extends string>(config: ConsentConfig<C, string>, options: GoogleConsentModeDefaultsOptions<C> = {}): string {
  const { cookie = {}, region, adsDataRedaction = true, urlPassthrough = false } = options;
  const map = googleConsentMap(config, options.map);
  const field = 'googleConsentModeDefaults';
  const { waitForUpdate = cookie ? 0 : 500 } = options;
  check(Number.isSafeInteger(waitForUpdate) && waitForUpdate >= 0, `${field} waitForUpdate`, process.env.NODE_ENV !== 'production' && 'must be a whole number of milliseconds');
  check(region === undefined || (Array.isArray(region) && region.length && region.every((code) => /^[a-z]{2}(-[a-z\d]{1,3})?$/i.test(code))), `${field} region`, process.env.NODE_ENV !== 'production' && "must list ISO 3166-2 codes such as 'DE' or 'US-CA'");
  if (cookie) optional(cookie, 'name', `${field} cookie`, COOKIE_NAME);
  const defaults = { ...googleConsentDefaults(config, map), ...(waitForUpdate && { wait_for_update: waitForUpdate }), ...(region && { region }) };
  let script = `(function(){var l=window.dataLayer=window.dataLayer||[],g=function(){l.push(arguments)};g("consent","default",${json(defaults)});`;
  if (adsDataRedaction) script += 'g("set","ads_data_redaction",true);';
  if (urlPassthrough) script += 'g("set","url_passthrough",true);';
  if (cookie) {
    const name = cookie.name ?? CONSENT_COOKIE;
    // Category ids with their flags, and each mapped signal with the categories that carry it.
    const categories = config.categoryIds.map((id) => [id, +!!config.categories[id].required, +!!config.categories[id].saleOrSharing]);
    const signals: Partial<Record<GoogleConsentType, string[]>> = {};
    for (const id of config.categoryIds) for (const type of map[id]) (signals[type] ??= []).push(id);
    // b: the newest well-formed, untampered candidate (a reset marker included), as the store picks it.
    script +=
      `try{var n=${json(cookie.hostPrefix ? HOST_PREFIX + name : name)},s=Date.now()/1e3,c=document.cookie.split(";"),b,m,v,i,j,k,h,o={},u={};` +
      (cookie.hostPrefix ? `if(location.protocol!="https:")n=${json(name)};` : '') +
      `for(i=0;i<c.length;i++){k=c[i].indexOf("=");if(c[i].slice(0,k).trim()!=n)continue;v=c[i].slice(k+1).trim().replace(/^"(.*)"$/,"$1");try{v=decodeURIComponent(v)}catch(e){}` +
      `m=/${RECORD.source}/.exec(v);if(!m||![m[1],m[3],m[4]].every(function(x){return Number.isSafeInteger(+x)}))continue;` +
      `h=Object.create(null);k=m[7]?m[7].split("!"):[];for(j=0;j<k.length&&!(k[j].split(":")[0]in h);j++)h[k[j].split(":")[0]]=k[j].split(":")[1]=="1";if(j<k.length)continue;m.h=h;` +
      `v=m[4]-m[3];if(v>0&&v<=${MAX_LIFETIME_SECONDS}&&m[3]<=s+86400&&(!b||m[3]-b[3]>0||m[3]==b[3]&&m[2]>b[2]))b=m}` +
      `if(b&&b[5]!="3"&&b[1]==${config.revision}&&Math.min(b[4],+b[3]+${config.consentExpirySeconds})>s&&${json(categories)}.every(function(x){var y=b.h[x[0]];` +
      `o[x[0]]=x[1]||y&&!(x[2]&&navigator.globalPrivacyControl===true&&b[6]!="1");return x[1]||typeof y=="boolean"})){` +
      `h=${json(signals)};for(k in h)u[k]=h[k].every(function(x){return o[x]})?"granted":"denied";g("consent","update",u)}}catch(e){}`;
  }
  return `${script}})();`;
}

/**
 * The CSP source that allows one inline script without a nonce, `'sha256-…'`, for
 * `script-src` on pages served as static files.
 */
export async function inlineScriptHash(script: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}
