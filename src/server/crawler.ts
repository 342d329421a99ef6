import { isCrawler as isCrawlerAgent } from '../core/crawler';

/** Anything that carries request headers: Next's `await headers()`, a Fetch `Request`. */
type HeaderSource = { get(name: string): string | null } | { headers: { get(name: string): string | null } };

/**
 * The request comes from a known crawler (a search engine, a link preview), judged by its
 * `User-Agent`: give `source` as the header's value, a `Headers` or a `Request`. Pass the answer
 * to `<ConsentBanner crawler>` so that the server HTML holds no banner for them: search engines
 * would otherwise index its text and may show it as the page's snippet. The banner checks the
 * browser's user agent again once hydrated.
 *
 * ```tsx
 * <ConsentBanner crawler={isCrawler(await headers())} />
 * ```
 */
export function isCrawler(source: string | HeaderSource | null | undefined): boolean {
  return isCrawlerAgent(typeof source === 'string' || !source ? source : ('headers' in source ? source.headers : source).get('user-agent'));
}
