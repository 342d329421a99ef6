// One page load in a fresh browser context, under mobile-like emulation, and what it shows:
// LCP, the JS and CSS it fetched before any interaction, and when the Accept button became
// visible and then fully shown.
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What every load emulates, printed with the results. */
export const EMULATION = {
  cpuSlowdown: 4,
  // Lighthouse's mobile preset: 150 ms round trip, 1.6 Mbps down, 750 Kbps up.
  latencyMs: 150,
  downKbps: 1600,
  upKbps: 750,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
};

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Playwright adds --headless itself; the local HTTP/2 server's certificate is self-signed.
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--ignore-certificate-errors',
    ],
  });
}

// Runs in the page before any of its scripts. Times are performance.now(), from navigation start.
// Each animation frame looks for the Accept button: "visible" is the first frame where it has a
// size, lies in the viewport, and it and every ancestor compute to opacity 1 (visibility visible);
// "shown" the first such frame where no animation or transition runs on it or an ancestor.
const probe = ({ selector, text }) => {
  const paint = { lcp: undefined, lcpElement: '', visible: undefined, shown: undefined };
  window.__paint = paint;
  let finish;
  paint.done = new Promise((resolve) => (finish = resolve));
  const describe = (element) => (element ? `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}` : '');
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      paint.lcp = entry.startTime;
      paint.lcpElement = describe(entry.element);
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const pattern = new RegExp(text, 'i');
  const find = () => [...document.querySelectorAll(selector)].find((element) => pattern.test(element.textContent ?? ''));
  const frame = () => {
    const now = performance.now();
    const button = find();
    if (button) {
      const box = button.getBoundingClientRect();
      let visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      visible &&= getComputedStyle(button).visibility === 'visible';
      let moving = false;
      for (let element = button; element; element = element.parentElement) {
        if (getComputedStyle(element).opacity !== '1') visible = false;
        if (element.getAnimations().some((animation) => animation.playState === 'running' || animation.pending)) moving = true;
      }
      if (visible && paint.visible === undefined) paint.visible = now;
      if (visible && !moving) {
        paint.shown = now;
        finish();
        return;
      }
    }
    if (now < 30_000) requestAnimationFrame(frame);
    else finish();
  };
  requestAnimationFrame(frame);
};

/**
 * Loads `url` once in a fresh context (empty cache, no cookies) and measures it.
 * @param {{ selector: string, text: string }} accept how to find the Accept button
 */
export async function load(browser, url, accept) {
  const { viewport, deviceScaleFactor, cpuSlowdown, latencyMs, downKbps, upKbps } = EMULATION;
  // A phone's user agent rather than HeadlessChrome's, which libraries may take for a crawler.
  const userAgent = `Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version()} Mobile Safari/537.36`;
  const context = await browser.newContext({ viewport, deviceScaleFactor, isMobile: true, hasTouch: true, userAgent, ignoreHTTPSErrors: true });
  try {
    await context.addInitScript(probe, accept);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: latencyMs,
      downloadThroughput: (downKbps * 1000) / 8,
      uploadThroughput: (upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });

    // The network log: every response, its type and its bytes on the wire (headers included).
    const requests = new Map();
    let inFlight = 0;
    let lastActivity = Date.now();
    cdp.on('Network.requestWillBeSent', ({ requestId }) => {
      inFlight++;
      lastActivity = Date.now();
      requests.set(requestId, { type: '', bytes: 0, encoding: '' });
    });
    cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
      const request = requests.get(requestId);
      if (request) Object.assign(request, { type, encoding: response.headers['content-encoding'] ?? '', protocol: response.protocol });
    });
    const settle = ({ requestId, encodedDataLength }) => {
      inFlight--;
      lastActivity = Date.now();
      const request = requests.get(requestId);
      if (request && encodedDataLength !== undefined) request.bytes = encodedDataLength;
    };
    cdp.on('Network.loadingFinished', settle);
    cdp.on('Network.loadingFailed', settle);

    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(async () => {
      await window.__paint.done;
      // The LCP entry of a frame arrives after that frame is presented.
      for (let waited = 0; window.__paint.lcp === undefined && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    });
    // Files fetched before any interaction: wait until the network has been quiet for 300 ms, so
    // that what a page loads right after its first paint (idle-time work, import()) is counted.
    // LCP entries arrive after the frame they paint, so they are read after this wait too.
    while (inFlight > 0 || Date.now() - lastActivity < 300) await new Promise((resolve) => setTimeout(resolve, 50));
    const paint = await page.evaluate(() => {
      const { lcp, lcpElement, visible, shown } = window.__paint;
      return { lcp, lcpElement, visible, shown };
    });
    const of = (type) => [...requests.values()].filter((request) => request.type === type);
    const [js, css] = [of('Script'), of('Stylesheet')];
    return {
      ...paint,
      jsFiles: js.length,
      cssFiles: css.length,
      bytes: [...js, ...css].reduce((sum, request) => sum + request.bytes, 0),
      encoding: js[0]?.encoding ?? '',
      protocol: js[0]?.protocol ?? '',
      errors,
    };
  } finally {
    await context.close();
  }
}
