import { cdp } from 'vitest/browser';

/** A request the browser made, held by the DevTools protocol until it is answered. */
export interface PausedRequest {
  requestId: string;
  /** `XHR` or `Fetch` for fetch(), `Ping` for a beacon, `Script` for a script element. */
  resourceType: string;
  request: { url: string; method: string; headers: Record<string, string>; postData?: string };
}

/**
 * How to answer: a response; a plain `{ headers, body }` for headers a page's `Response` may not
 * carry (`Set-Cookie`); or `'offline'` to fail the request as a lost connection would.
 */
export type Reply = Response | { headers: Record<string, string>; body?: string } | 'offline';

/**
 * Answers every request of the page whose URL matches one of `patterns` (DevTools wildcards) with
 * `answer`, which runs here in the page: real requests (fetch with keepalive, beacons, scripts)
 * leave Chromium and come back without a server. Returns a function that stops.
 */
export async function interceptRequests(patterns: string[], answer: (paused: PausedRequest) => Promise<Reply> | Reply): Promise<() => Promise<void>> {
  const session = cdp();
  // The first call creates the page's DevTools session on the Node side: awaited, so that the
  // listener and the interception below are made on the same session (made concurrently, each
  // could create its own, and paused requests would never be seen).
  await session.send('Fetch.disable');
  const onPaused = async (paused: PausedRequest) => {
    const reply = await answer(paused);
    const { requestId } = paused;
    if (reply === 'offline') return session.send('Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' });
    const response = reply instanceof Response ? reply : new Response(reply.body);
    const headers = reply instanceof Response ? [...reply.headers] : Object.entries(reply.headers);
    const body = new Uint8Array(await response.arrayBuffer());
    return session
      .send('Fetch.fulfillRequest', {
        requestId,
        responseCode: response.status,
        responseHeaders: headers.map(([name, value]) => ({ name, value })),
        body: btoa(Array.from(body, (byte) => String.fromCharCode(byte)).join('')),
      })
      .catch((error: Error) => {
        // The page dropped the request meanwhile (an iframe removed before its page came back).
        if (!/Invalid InterceptionId/.test(error.message)) throw error;
      });
  };
  session.on('Fetch.requestPaused', onPaused);
  await session.send('Fetch.enable', { patterns: patterns.map((urlPattern) => ({ urlPattern })) });
  return async () => {
    session.off('Fetch.requestPaused', onPaused);
    await session.send('Fetch.disable');
  };
}
