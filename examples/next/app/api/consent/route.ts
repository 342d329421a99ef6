import { createConsentLogHandler } from 'consentkit/server';
import { consentConfig } from '../../consent';
import { consentLog } from '../../consent-log';

/**
 * The endpoint `<ConsentLog endpoint="/api/consent" />` posts each decision and withdrawal to.
 * It sets no cookie: an answer that arrives after the person has decided again would write the
 * older decision back over the newer one. proxy.ts renews the cookie on page requests instead.
 */
const handler = createConsentLogHandler(consentConfig, {
  sink: consentLog,
  onError: (error) => console.error('consent log: the entry could not be stored; the browser will send it again', error),
});

// Test-only fault: with CONSENT_LOG_TEST_FAULTS=1 in the server's environment, the first request
// carrying a given `x-consent-log-fail-once` value is answered 503, as a failing database would be,
// so that the test sees the client retry. Leave it out of a real site.
const failed = new Set<string>();
const failOnce = (request: Request) => {
  const key = process.env.CONSENT_LOG_TEST_FAULTS === '1' && request.headers.get('x-consent-log-fail-once');
  if (!key || failed.has(key)) return false;
  failed.add(key);
  return true;
};

export async function POST(request: Request): Promise<Response> {
  if (failOnce(request)) return Response.json({ error: 'sink' }, { status: 503, headers: { 'cache-control': 'no-store' } });
  return handler(request);
}
