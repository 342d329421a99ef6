import { REGION } from '../core/jurisdictions';

/** Request headers as a `Headers`, a `Request`, or a plain object (Node's `IncomingHttpHeaders`). */
export type RegionSource = Headers | Request | Record<string, string | string[] | undefined> | null | undefined;

/**
 * A region code from anything a site knows: `'us-ca'`, `'US-CA'`, `' de '` become `'US-CA'` and
 * `'DE'`; anything else (Cloudflare's `XX` and `T1`, empty, too long) is undefined, i.e. unknown.
 */
export function normalizeRegion(value: unknown): string | undefined {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return REGION.test(code) && !/^(XX|T1|ZZ)/.test(code) ? code : undefined;
}

/**
 * Where the request comes from, as a region code for `readConsentState(…, { region })` and
 * `<ConsentProvider region>`: `explicit` when given (the site's own knowledge wins), else the
 * first CDN that answers:
 * - Cloudflare: `cf-ipcountry`, with `cf-region-code` where "visitor location headers" are on;
 * - Vercel: `x-vercel-ip-country` with `x-vercel-ip-country-region`;
 * - CloudFront: `cloudfront-viewer-country` with `cloudfront-viewer-country-region`.
 *
 * A subdivision is appended to its country (`US` + `CA` is `'US-CA'`). Undefined when nothing is
 * known: consentkit then treats the person as opt-in. Headers are only as trustworthy as the CDN
 * that sets them: strip them at the edge if requests can reach the server around it.
 */
export function regionFromHeaders(source: RegionSource, explicit?: string | null): string | undefined {
  const given = normalizeRegion(explicit);
  if (given) return given;
  const headers = source && 'headers' in source && typeof (source as Request).headers?.get === 'function' ? (source as Request).headers : source;
  const get = (name: string) => {
    const value = typeof (headers as Headers | undefined)?.get === 'function' ? (headers as Headers).get(name) : (headers as Record<string, string | string[] | undefined> | undefined)?.[name];
    return (Array.isArray(value) ? value[0] : value) ?? undefined;
  };
  for (const [country, subdivision] of [
    ['cf-ipcountry', 'cf-region-code'],
    ['x-vercel-ip-country', 'x-vercel-ip-country-region'],
    ['cloudfront-viewer-country', 'cloudfront-viewer-country-region'],
  ] as const) {
    const found = normalizeRegion(get(country));
    if (found) return (found.length === 2 && normalizeRegion(`${found}-${get(subdivision) ?? ''}`)) || found;
  }
  return undefined;
}
