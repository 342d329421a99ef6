import type { ConsentConfig } from '../core/config';
import { CONSENT_COOKIE, COOKIE_NAME, HOST_PREFIX } from '../core/cookie-syntax';
import { MAX_RECORD_LENGTH } from '../core/record';
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

// The stored record's format, as the core codec reads it (src/core/record.ts), with the region left
// uncaptured: 1 schema, 2 revision, 3 id, 4 decision and 5 expiry times, 6 method, 7 flags (GPC 1,
// DNT 2), 8 category choices, 9 service choices (schema 2), 10 model (schema 3), 11-12 the basis of
// a GPC opt-out. Every schema is read, even where the script grants nothing from it, so that it
// picks the same newest candidate as the store.
const RECORD =
  /^([123])\.(0|[1-9]\d{0,15})\.([\da-f]{32})\.(0|[1-9]\d{0,15})\.(0|[1-9]\d{0,15})\.([0-4])\.([0-3])\.(|[\w-]{1,32}:[01](?:![\w-]{1,32}:[01])*)(?:\.(|[\w-]{1,32}:[01](?:![\w-]{1,32}:[01])*)(?:\.([0-3])(?:[A-Z]{2}(?:-[A-Z\d]{1,3})?)?(?:\.(0|[1-9]\d{0,15})-([\da-f]{32})?)?)?)?$/;

/** JSON that cannot end the inline `<script>` it is written into. */
const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The text of an inline `<script>` for the top of `<head>`, before any Google tag: it pushes
 * `gtag('consent', 'default', …)` for all seven signals (granted only for signals of required
 * categories), then `ads_data_redaction` and `url_passthrough`, then, when the consent cookie holds
 * a current decision, an `update` with its choices, read exactly as the store reads it under the
 * opt-in model: the newest candidate of any schema, its revision and lapse (a refusal's own
 * lifetime included), every category named, a grant naming each of its category's services, and
 * Global Privacy Control and Do Not Track as the browser sends them (`navigator`; a store given its
 * own `gpc` or `doNotTrack` may differ). Anything else, a decision made under another jurisdiction
 * model included, sends no update: the defaults stand.
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
    const { categoryIds, categories: defs } = config;
    const services = config.services.filter((service) => service.id) as { id: string; category: C }[];
    const serviceIds = services.map((service) => service.id);
    // Each category: id, flags (1 required, 2 GPC refuses it, 4 DNT does), and the services a grant
    // of it must name, else the store asks again.
    const categories = categoryIds.map((id) => {
      const { required, saleOrSharing, doNotTrack } = defs[id];
      const own = required ? [] : services.filter((service) => service.category === id).map((service) => service.id);
      return [id, +!!required | (saleOrSharing ? 2 : 0) | (doNotTrack ? 4 : 0), ...(own.length ? [own] : [])];
    });
    const asked = categories.some((category) => category[2]);
    const gpc = categoryIds.some((id) => defs[id].saleOrSharing);
    const dnt = categoryIds.some((id) => defs[id].doNotTrack);
    const signals: Partial<Record<GoogleConsentType, string[]>> = {};
    for (const id of categoryIds) for (const type of map[id]) (signals[type] ??= []).push(id);
    // The signals the default grants: those of required categories alone.
    const byDefault = Object.keys(signals).filter((type) => signals[type as GoogleConsentType]!.every((id) => defs[id as C].required));
    // A refusal may lapse sooner than an acceptance (`refuses` in src/core/evaluate.ts). A service
    // choice wins over a category's of the same id, as the store merges them.
    const lifetime =
      config.rejectedExpirySeconds === config.consentExpirySeconds
        ? config.consentExpirySeconds
        : `(b[6]!=0&&(${json(categoryIds.filter((id) => !serviceIds.includes(id)))}.some(function(x){return b.h[x]===false})` +
          (serviceIds.length ? `||${json(serviceIds)}.some(function(x){return b.v[x]===false})` : '') +
          `)?${config.rejectedExpirySeconds}:${config.consentExpirySeconds})`;
    // p: a choice list as an object, nothing when it names an id twice. b: the newest well-formed,
    // untampered candidate of any schema (a reset marker or GPC opt-out included), as the store picks it.
    script +=
      `try{var n=${json(cookie.hostPrefix ? HOST_PREFIX + name : name)},s=Date.now()/1e3,c=document.cookie.split(";"),b,m,v,h,i,k,o={},u={},q=1,w` +
      (gpc ? ',G=navigator.globalPrivacyControl===true' : '') +
      (dnt ? ',D=navigator.doNotTrack=="1"' : '') +
      `,p=function(t){var h=Object.create(null),j,x;t=t?t.split("!"):[];for(j=0;j<t.length;j++){x=t[j].split(":");if(x[0]in h)return;h[x[0]]=x[1]=="1"}return h};` +
      (cookie.hostPrefix ? `if(location.protocol!="https:")n=${json(name)};` : '') +
      `for(i=0;i<c.length;i++){k=c[i].indexOf("=");if(c[i].slice(0,k).trim()!=n)continue;v=c[i].slice(k+1).trim().replace(/^"(.*)"$/,"$1");try{v=decodeURIComponent(v)}catch(e){}` +
      `m=v.length<=${MAX_RECORD_LENGTH}&&/${RECORD.source}/.exec(v);` +
      `if(!m||![m[2],m[4],m[5]].every(function(x){return Number.isSafeInteger(+x)})||!(m.h=p(m[8]))||!(m.v=p(m[9]))||(m[1]>1?m[9]==null:m[9]!=null||m[7]>1)||(m[1]==3)!=(m[10]!=null)` +
      `||(m[6]==4?m[11]==null||+m[11]>m[4]||!m[12]!=!+m[11]||!(m[7]&1):m[11]!=null))continue;` +
      // A GPC opt-out sits right after the decision it was applied to (orderOf in src/core/record.ts).
      `m.t=m[11]?+m[11]:+m[4];m.k=m[11]?(m[12]||"")+"+"+m[3]:m[3];` +
      `v=m[5]-m[4];if(v>0&&v<=${MAX_LIFETIME_SECONDS}&&m[4]<=s+86400&&(!b||m.t-b.t>0||m.t==b.t&&m.k>b.k))b=m}` +
      // The visitor's region is unknown here: a decision made under a model other than opt-in (which
      // the store under opt-in does not take as consent) sends no update; elsewhere the store grants
      // at least as much as it does.
      `if(b&&b[6]!=3&&b[2]==${config.revision}&&!(b[10]>0)&&Math.min(b[5],+b[4]+${lifetime})>s&&${json(categories)}.every(function(x){var y=b.h[x[0]],f=x[1]` +
      // a: a grant that did not name every service of its category. The store asks again for it,
      // unless a browser signal refuses the category anyway.
      (asked ? ',a=y&&x[2]&&x[2].some(function(z){return typeof b.v[z]!="boolean"})' : '') +
      `;o[x[0]]=f&1||${asked ? '!a&&' : ''}y` +
      (gpc ? '&&!(f&2&&G&&!(b[7]&1))' : '') +
      (dnt ? '&&!(f&4&&D&&b[7]<2)' : '') +
      // q: decided. A category asked again leaves the decision open, unless a browser signal
      // refuses it anyway; every other category keeps its choice, as in the store.
      (asked ? `;if(a${gpc ? '&&!(f&2&&G)' : ''}${dnt ? '&&!(f&4&&D)' : ''})q=0` : '') +
      `;return f&1||typeof y=="boolean"` +
      // An update when the decision stands, or when an open one still grants more than the default
      // (w), as <GoogleConsentMode /> sends once the store has read it.
      `})){h=${json(signals)};for(k in h){u[k]=h[k].every(function(x){return o[x]})?"granted":"denied";if(u[k]=="granted"&&${json(byDefault)}.indexOf(k)<0)w=1}if(q||w)g("consent","update",u)}}catch(e){}`;
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
