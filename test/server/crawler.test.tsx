import { renderToString } from 'react-dom/server';
import { ConsentBanner } from '../../src/components/banner';
import { isCrawler as isCrawlerAgent } from '../../src/core/crawler';
import { ConsentProvider } from '../../src/react/provider';
import { isCrawler } from '../../src/server/crawler';
import { readConsentState } from '../../src/server/read-consent-state';
import { embedConfig } from '../components/reach-fixtures';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
const GOOGLEBOT = 'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

describe('isCrawler', () => {
  it.each([
    GOOGLEBOT,
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1)',
    'DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)',
    'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)',
    'Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)',
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0; +https://openai.com/gptbot)',
  ])('should know %s', (agent) => {
    expect(isCrawlerAgent(agent)).toBe(true);
  });

  it.each([CHROME, 'Mozilla/5.0 (Linux; Android 12; Cubot KingKong 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Mobile Safari/537.36', '', undefined, null])(
    'should take %s for a person',
    (agent) => {
      expect(isCrawlerAgent(agent)).toBe(false);
    },
  );

  it('consentkit/server reads the User-Agent from a string, Headers or a Request', () => {
    expect(isCrawler(GOOGLEBOT)).toBe(true);
    expect(isCrawler(new Headers({ 'user-agent': GOOGLEBOT }))).toBe(true);
    expect(isCrawler(new Request('https://example.com/', { headers: { 'user-agent': GOOGLEBOT } }))).toBe(true);
    expect(isCrawler(new Headers({ 'user-agent': CHROME }))).toBe(false);
    expect(isCrawler(new Headers())).toBe(false);
  });
});

describe('the server-rendered banner', () => {
  const render = (headers: Headers, props: Parameters<typeof ConsentBanner>[0] = {}) =>
    renderToString(
      <ConsentProvider config={embedConfig} serverState={readConsentState(embedConfig, headers)}>
        <ConsentBanner crawler={isCrawler(headers)} {...props} />
      </ConsentProvider>,
    );

  it('given a person, the server HTML holds the banner', () => {
    expect(render(new Headers({ 'user-agent': CHROME }))).toContain('We use cookies');
  });

  it('given a search engine, the server HTML holds no banner text a snippet could quote', () => {
    expect(render(new Headers({ 'user-agent': GOOGLEBOT }))).not.toContain('We use cookies');
  });

  it('given hideFromCrawlers={false}, crawlers get the banner too', () => {
    expect(render(new Headers({ 'user-agent': GOOGLEBOT }), { hideFromCrawlers: false })).toContain('We use cookies');
  });
});
