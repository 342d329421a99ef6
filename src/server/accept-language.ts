import { matchLocale } from '../core/localized-text';
import type { RegionSource } from './region';

/**
 * The locale to render a request in, for `<ConsentProvider locale>` (and the server
 * `CookiePolicyTable`'s): the entry of `supported` that serves the most preferred language of the
 * `Accept-Language` header, by q-value (ties in header order; `q=0` excluded), a language served by
 * its exact tag, else its base language (`de-CH` → `de`), else another tag of that language
 * (`pt-PT` → `pt-BR`); `fallback` when none is served. `source` is the header's value, or request
 * headers as `regionFromHeaders` takes them (a `Headers`, a `Request`, Node's `IncomingHttpHeaders`).
 *
 * ```tsx
 * const locale = localeFromHeaders(await headers(), ['en', 'de', 'fr']);
 * return <ConsentProvider config={config} locale={locale} messages={[en, de, fr]}>…</ConsentProvider>;
 * ```
 * Pass the same `locale` to the client provider: server HTML and hydration then agree.
 * @param fallback @default supported[0]
 */
export function localeFromHeaders(source: string | RegionSource, supported: readonly string[], fallback: string | undefined = supported[0]): string | undefined {
  const headers = source && typeof source === 'object' && 'headers' in source && typeof (source as Request).headers?.get === 'function' ? (source as Request).headers : source;
  const value =
    typeof headers === 'string'
      ? headers
      : typeof (headers as Headers | undefined)?.get === 'function'
        ? (headers as Headers).get('accept-language')
        : (headers as Record<string, string | string[] | undefined> | null | undefined)?.['accept-language'];
  const ranges = String(value ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.split(';').map((piece) => piece.trim());
      const q = params.find((param) => /^q=/i.test(param));
      return { tag, q: q ? Number(q.slice(2)) : 1 };
    })
    // A malformed q-value counts as refused rather than preferred.
    .filter(({ tag, q }) => tag && tag !== '*' && q > 0 && q <= 1)
    // Array#sort is stable: equal weights keep the header's order.
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranges) {
    const found = matchLocale(tag, supported);
    if (found) return found;
  }
  return fallback;
}
