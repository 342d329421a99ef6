import { NextResponse, type NextRequest, type ProxyConfig } from 'next/server';
import { reissueConsentCookie } from 'consentkit/server';
import { consentConfig } from './app/consent';

/**
 * Safari deletes cookies written by script (as the store writes the decision) 7 days after they
 * were written; a cookie set by a response keeps its Max-Age. Each request for a page rendered per
 * request gets the consent cookie back from the server, for as long as the decision lasts under
 * the site's config (the other options are the site's cookieAdapter options: the defaults here).
 */
export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  const setCookie = reissueConsentCookie(request, { config: consentConfig });
  if (setCookie) response.headers.append('set-cookie', setCookie);
  return response;
}

export const config: ProxyConfig = {
  // Only the routes rendered per request (`/`), whose answers are `private, no-store`: a static
  // page's answer is cached for everyone, and a Set-Cookie on it could reach other visitors.
  // Only when the request carries a consent cookie.
  matcher: [{ source: '/', has: [{ type: 'cookie', key: 'ck_consent' }] }],
};
