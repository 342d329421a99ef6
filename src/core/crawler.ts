/**
 * User agents of search engines, link previews and other crawlers that render pages: each names
 * itself with "bot", "crawl" or "spider" (Googlebot, bingbot, Applebot, DuckDuckBot, GPTBot,
 * Baiduspider…), or is one of the few that do not (Yahoo's Slurp, Facebook's link preview,
 * Google's ads and inspection tools). "Cubot" is a phone maker, not a bot.
 */
const CRAWLER = /(?<!cu)bot\b|crawl|spider|slurp|facebookexternalhit|mediapartners-google|google-inspectiontool|bingpreview/i;

/** The user agent is a known crawler (a search engine, a link preview). Empty or missing: not one. */
export const isCrawler = (userAgent: string | null | undefined): boolean => !!userAgent && CRAWLER.test(userAgent);
