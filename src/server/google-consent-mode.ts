import type { ConsentConfig } from '../core/config';
import { COOKIE_NAME } from '../core/cookie-syntax';
import { check, optional } from '../core/validate-config';
import { googleConsentDefaults, googleConsentMap, type GoogleConsentMap, type GoogleConsentType } from '../integrations/google-consent-mode';
import { decisionReader, json } from './decision-reader';

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

/**
 * The text of an inline `<script>` for the top of `<head>`, before any Google tag: it pushes
 * `gtag('consent', 'default', …)` for all seven signals (granted only for signals of required
 * categories), then `ads_data_redaction` and `url_passthrough`, then, when the consent cookie holds
 * a current decision, an `update` with its choices, read exactly as the store reads it under the
 * opt-in model: the newest candidate of any schema, its revision and lapse (a refusal's own
 * lifetime included), every category named, a grant naming each of its category's services, and
 * Global Privacy Control and Do Not Track as the browser sends them (`navigator`; a store given its
 * own `gpc` or `doNotTrack` may differ). A category granted before a service was added to it is
 * asked again, and sent denied, while the others keep their grants. Anything else, a decision made
 * under another jurisdiction model included, sends no update: the defaults stand.
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
    const { categoryIds, categories: defs } = config;
    const signals: Partial<Record<GoogleConsentType, string[]>> = {};
    for (const id of categoryIds) for (const type of map[id]) (signals[type] ??= []).push(id);
    // The signals the default grants: those of required categories alone.
    const byDefault = Object.keys(signals).filter((type) => signals[type as GoogleConsentType]!.every((id) => defs[id as C].required));
    // An update when the decision stands, or when one left open still grants more than the default
    // (w), as <GoogleConsentMode /> sends once the store has read it.
    script +=
      `try{${decisionReader(config, cookie)}if(z){var u={},w;h=${json(signals)};for(k in h){u[k]=h[k].every(function(x){return o[x]})?"granted":"denied";` +
      `if(u[k]=="granted"&&${json(byDefault)}.indexOf(k)<0)w=1}if(q||w)g("consent","update",u)}}catch(e){}`;
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
