import type { ConsentConfig } from '../core/config';
import { CONSENT_COOKIE, HOST_PREFIX } from '../core/cookie-syntax';
import { MAX_LIFETIME_SECONDS } from '../core/duration';
import { MAX_RECORD_LENGTH } from '../core/record';

// The stored record's format, as the core codec reads it (src/core/record.ts), with the region left
// uncaptured: 1 schema, 2 revision, 3 id, 4 decision and 5 expiry times, 6 method, 7 flags (GPC 1,
// DNT 2), 8 category choices, 9 service choices (schema 2), 10 model (schema 3), 11-12 the basis of
// a GPC opt-out. Every schema is read, even where nothing is granted from it, so that the reader
// picks the same newest candidate as the store.
const RECORD =
  /^([123])\.(0|[1-9]\d{0,15})\.([\da-f]{32})\.(0|[1-9]\d{0,15})\.(0|[1-9]\d{0,15})\.([0-4])\.([0-3])\.(|[\w-]{1,32}:[01](?:![\w-]{1,32}:[01])*)(?:\.(|[\w-]{1,32}:[01](?:![\w-]{1,32}:[01])*)(?:\.([0-3])(?:[A-Z]{2}(?:-[A-Z\d]{1,3})?)?(?:\.(0|[1-9]\d{0,15})-([\da-f]{32})?)?)?)?$/;

/** JSON that cannot end the inline `<script>` it is written into. */
export const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The consent cookie as `cookieAdapter` was given it. */
export interface ReadCookieOptions {
  name?: string;
  hostPrefix?: boolean;
}

/**
 * Statements of ES5 syntax, for an inline script in `<head>`, that read the consent cookie exactly as the
 * store reads it under the opt-in model: the newest well-formed candidate of any schema (a reset
 * marker or GPC opt-out included), its revision and lapse (a refusal's own lifetime included),
 * every category named, a grant naming each of its category's services, and Global Privacy Control
 * and Do Not Track as the browser sends them (`navigator`). A decision made under another
 * jurisdiction model is no current decision. Shared by the Google Consent Mode head script and the
 * pre-paint script, so that both read what the store reads, and a property test checks them against
 * it. Run inside a function, in a `try`: they declare their variables with `var`, and leave
 *
 * - `z`: truthy when the newest candidate is a current decision naming every category;
 * - `q`: 1 when it is also decided (the store's `decided`), 0 when not, or when a category granted
 *   without naming a service added since is asked again;
 * - `o`: each category id → whether the store grants it (with `z`);
 * - `r`: 1 when a copy named like the consent cookie was refused (malformed or tampered).
 */
export function decisionReader(config: ConsentConfig<string, string>, cookie: ReadCookieOptions): string {
  const name = cookie.name ?? CONSENT_COOKIE;
  const { categoryIds, categories: defs } = config;
  const services = config.services.filter((service) => service.id) as { id: string; category: string }[];
  const serviceIds = services.map((service) => service.id);
  // Each category: id, flags (1 required, 2 GPC refuses it, 4 DNT does), and the services a grant
  // of it must name, else the store asks again.
  const categories = categoryIds.map((id) => {
    const { required, saleOrSharing, doNotTrack } = defs[id]!;
    const own = required ? [] : services.filter((service) => service.category === id).map((service) => service.id);
    return [id, +!!required | (saleOrSharing ? 2 : 0) | (doNotTrack ? 4 : 0), ...(own.length ? [own] : [])];
  });
  const asked = categories.some((category) => category[2]);
  const gpc = categoryIds.some((id) => defs[id]!.saleOrSharing);
  const dnt = categoryIds.some((id) => defs[id]!.doNotTrack);
  // A refusal may lapse sooner than an acceptance (`refuses` in src/core/evaluate.ts), which reads
  // the record as the codec leaves it: the config's categories and services alone (a choice for any
  // other id is dropped), a service's choice winning over a category's of the same id, as the store
  // merges them; a record without it (schema 1, or a service added since) keeps the category's.
  const shared = categoryIds.filter((id) => serviceIds.includes(id));
  const lifetime =
    config.rejectedExpirySeconds === config.consentExpirySeconds
      ? config.consentExpirySeconds
      : `(b[6]!=0&&(${json(serviceIds)}.some(function(x){return b.v[x]===false})||${json(categoryIds)}.some(function(x){return b.h[x]===false` +
        (shared.length ? `&&!(${json(shared)}.indexOf(x)>=0&&x in b.v)` : '') +
        `}))?${config.rejectedExpirySeconds}:${config.consentExpirySeconds})`;
  // p: a choice list as an object, nothing when it names an id twice. b: the newest well-formed,
  // untampered candidate of any schema (a reset marker or GPC opt-out included), as the store picks it.
  return (
    `var n=${json(cookie.hostPrefix ? HOST_PREFIX + name : name)},s=Date.now()/1e3,c=document.cookie.split(";"),b,m,v,h,i,k,o={},q=1,r=0,z` +
    (gpc ? ',G=navigator.globalPrivacyControl===true' : '') +
    (dnt ? ',D=navigator.doNotTrack=="1"' : '') +
    `,p=function(t){var h=Object.create(null),j,x;t=t?t.split("!"):[];for(j=0;j<t.length;j++){x=t[j].split(":");if(x[0]in h)return;h[x[0]]=x[1]=="1"}return h};` +
    (cookie.hostPrefix ? `if(location.protocol!="https:")n=${json(name)};` : '') +
    `for(i=0;i<c.length;i++){k=c[i].indexOf("=");if(c[i].slice(0,k).trim()!=n)continue;v=c[i].slice(k+1).trim().replace(/^"(.*)"$/,"$1");try{v=decodeURIComponent(v)}catch(e){}` +
    `m=v.length<=${MAX_RECORD_LENGTH}&&/${RECORD.source}/.exec(v);` +
    `if(!m||![m[2],m[4],m[5]].every(function(x){return Number.isSafeInteger(+x)})||!(m.h=p(m[8]))||!(m.v=p(m[9]))||(m[1]>1?m[9]==null:m[9]!=null||m[7]>1)||(m[1]==3)!=(m[10]!=null)` +
    `||(m[6]==4?m[11]==null||+m[11]>m[4]||!m[12]!=!+m[11]||!(m[7]&1):m[11]!=null)){r=1;continue}` +
    // A GPC opt-out sits right after the decision it was applied to (orderOf in src/core/record.ts).
    `m.t=m[11]?+m[11]:+m[4];m.k=m[11]?(m[12]||"")+"+"+m[3]:m[3];` +
    `v=m[5]-m[4];if(v>0&&v<=${MAX_LIFETIME_SECONDS}&&m[4]<=s+86400){if(!b||m.t-b.t>0||m.t==b.t&&m.k>b.k)b=m}else r=1}` +
    // The visitor's region is unknown here: a decision made under a model other than opt-in is not
    // taken as consent, as the store under opt-in does not.
    `z=b&&b[6]!=3&&b[2]==${config.revision}&&!(b[10]>0)&&Math.min(b[5],+b[4]+${lifetime})>s&&${json(categories)}.every(function(x){var y=b.h[x[0]],f=x[1]` +
    // a: a grant that did not name every service of its category. The store asks again for it,
    // unless a browser signal refuses the category anyway; every other category keeps its choice.
    (asked ? ',a=y&&x[2]&&x[2].some(function(z){return typeof b.v[z]!="boolean"})' : '') +
    `;o[x[0]]=f&1||${asked ? '!a&&' : ''}y` +
    (gpc ? '&&!(f&2&&G&&!(b[7]&1))' : '') +
    (dnt ? '&&!(f&4&&D&&b[7]<2)' : '') +
    (asked ? `;if(a${gpc ? '&&!(f&2&&G)' : ''}${dnt ? '&&!(f&4&&D)' : ''})q=0` : '') +
    `;return f&1||typeof y=="boolean"});if(!z)q=0;`
  );
}
