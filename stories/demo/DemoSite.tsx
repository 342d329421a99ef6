import { useState, type MouseEvent } from 'react';
import {
  ConsentBanner,
  ConsentEmbed,
  ConsentGate,
  ConsentPreferences,
  ConsentPrompt,
  ConsentSettingsButton,
  ConsentStaticTags,
  CookiePolicyTable,
  PrivacyChoicesLink,
  useConsent,
  youtubeEmbed,
} from '../../src/index';
import { ConsentReadout } from '../support/ConsentReadout';
import { ThemeCookieDemo } from '../support/ThemeCookieDemo';
import { MAP_STAND_IN, VIDEO_STAND_IN } from './stand-ins';
import './demo-site.css';

/**
 * An analytics snippet as a marketing team pastes it into the page's HTML, made inert with
 * `type="text/plain"` and tagged with its category: `ConsentStaticTags` runs it once Analytics is
 * granted. This one counts on the page and sends nothing.
 */
const PASTED_ANALYTICS_TAG = `<p>Analytics tag: <output data-bm-tag-status>waiting for consent</output></p>
<script type="text/plain" data-consent-category="analytics">
  (function () {
    var status = document.currentScript && document.currentScript.parentNode.querySelector('[data-bm-tag-status]');
    if (status) status.textContent = 'ran';
  })();
</script>`;

/** The two pages of the demo site. */
export type DemoPage = 'home' | 'policy';

export interface DemoSiteProps {
  /**
   * The page shown first.
   * @default 'home'
   */
  initialPage?: DemoPage;
  /**
   * The consent banner blocks the page until the visitor decides.
   * @default false
   */
  modalBanner?: boolean;
}

/**
 * Balanced Mastering, a fictional audio-mastering service, built on its own cookie policy: the
 * banner, the preferences dialog (with a switch per third party), a footer "Cookie settings"
 * control, a cookie policy page generated from the config, and a live readout of `useConsent()`.
 * The home page has a YouTube video behind its placeholder, a map that asks for Google Maps when
 * wanted, and an analytics tag pasted into the HTML that runs once Analytics is allowed.
 *
 * Where the visitor is decides what asks (the provider's `region`, from one config): the banner
 * where the law is opt-in (and where no region is known); in US opt-out states no banner, and a
 * "Your Privacy Choices" link in the footer opening the opt-out dialog; elsewhere nothing asks.
 *
 * It expects a `ConsentProvider` with `demoSiteConfig` above it (its stories set it).
 */
export function DemoSite({ initialPage = 'home', modalBanner = false }: DemoSiteProps) {
  const [page, setPage] = useState<DemoPage>(initialPage);
  const { model } = useConsent();
  const go = (next: DemoPage) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    setPage(next);
    window.scrollTo?.(0, 0);
  };
  return (
    <div className="bm-site">
      {/* First in the document so that keyboard and screen-reader users meet it first; the theme
          fixes it to the bottom of the viewport. */}
      <ConsentBanner layout={modalBanner ? 'modal' : 'bar'} />
      <a className="bm-skip" href="#bm-main">
        Skip to content
      </a>
      <header className="bm-header">
        <a className="bm-logo" href="#home" onClick={go('home')}>
          <span aria-hidden="true" className="bm-logo-mark">
            ◖◗
          </span>
          Balanced Mastering
        </a>
        <nav aria-label="Main">
          <ul>
            <li>
              <a href="#home" onClick={go('home')} aria-current={page === 'home' ? 'page' : undefined}>
                Home
              </a>
            </li>
            <li>
              <a href="#policy" onClick={go('policy')} aria-current={page === 'policy' ? 'page' : undefined}>
                Cookie policy
              </a>
            </li>
          </ul>
        </nav>
      </header>

      <main id="bm-main" className="bm-main" tabIndex={-1}>
        {page === 'home' ? <HomePage /> : <PolicyPage />}
      </main>

      <aside className="bm-aside" aria-label="Consent inspector">
        <ConsentReadout />
        <ThemeCookieDemo />
      </aside>

      <footer className="bm-footer">
        <p>© 2025 Balanced Mastering · Mastering for independent artists</p>
        <ul aria-label="Legal">
          <li>
            <a href="#policy" onClick={go('policy')}>
              Cookie policy
            </a>
          </li>
          {model === 'opt-out' && (
            <li>
              <PrivacyChoicesLink />
            </li>
          )}
          <li>
            <ConsentSettingsButton />
          </li>
        </ul>
      </footer>

      <ConsentPreferences />
      <ConsentPrompt />
      <ConsentStaticTags />
    </div>
  );
}

function HomePage() {
  return (
    <>
      <section className="bm-hero" aria-labelledby="bm-hero-title">
        <h1 id="bm-hero-title">Masters that sound right everywhere</h1>
        <p>
          Upload a mix, pick a loudness target and get a release-ready master reviewed by an engineer within
          48 hours. WAV, FLAC and AIFF up to 24-bit/96 kHz.
        </p>
        <p className="bm-cta">
          <a className="bm-button" href="#home">
            Upload a track
          </a>
          <a className="bm-button bm-button-quiet" href="#home">
            Hear examples
          </a>
        </p>
      </section>
      <section className="bm-features" aria-labelledby="bm-features-title">
        <h2 id="bm-features-title">How it works</h2>
        <ol>
          <li>
            <h3>Upload</h3>
            <p>Drop your stereo mix. Half-finished uploads are kept if you allow functional cookies.</p>
          </li>
          <li>
            <h3>Review</h3>
            <p>An engineer balances tone, width and dynamics for streaming, vinyl or club play.</p>
          </li>
          <li>
            <h3>Release</h3>
            <p>Download masters for every platform, paid securely through Stripe.</p>
          </li>
        </ol>
      </section>
      <section className="bm-media" aria-labelledby="bm-video-title">
        <h2 id="bm-video-title">Hear the difference</h2>
        <ConsentEmbed preset={youtubeEmbed} src={VIDEO_STAND_IN} title="Before and after: a mastered chorus" />
      </section>
      <section className="bm-media" aria-labelledby="bm-map-title">
        <h2 id="bm-map-title">Visit the studio</h2>
        <ConsentGate
          service="google-maps"
          fallback={(request) => (
            <div className="bm-map-fallback">
              <p>Studio 4, Harbour Works. The map comes from Google Maps, which we ask you about first.</p>
              <button type="button" className="bm-button" onClick={() => void request()}>
                Show the map
              </button>
            </div>
          )}
        >
          <iframe className="bm-map" src={MAP_STAND_IN} title="Map to the studio" />
        </ConsentGate>
      </section>
      <section className="bm-tag" aria-labelledby="bm-tag-title">
        <h2 id="bm-tag-title">Pasted tags</h2>
        <p>
          This page's HTML holds an analytics snippet as <code>&lt;script type="text/plain"
          data-consent-category="analytics"&gt;</code>. The browser ignores it until Analytics is allowed; then it
          runs, once. Withdrawing cannot undo a script that ran: it stops at the next page load.
        </p>
        {/* Markup from elsewhere, as pasted: React leaves it alone, so ConsentStaticTags may replace the script. */}
        <div dangerouslySetInnerHTML={{ __html: PASTED_ANALYTICS_TAG }} />
      </section>
    </>
  );
}

/** The cookie policy page, generated from the config where the policy lists cookies and services. */
function PolicyPage() {
  return (
    <article className="bm-policy" aria-labelledby="bm-policy-title">
      <h1 id="bm-policy-title">Cookie policy</h1>
      <p>
        We use cookies to keep you logged in, remember your preferences and understand how Balanced Mastering is
        used. Essential cookies are always on; everything else waits for your choice.
      </p>
      <p>
        Change your choice at any time: <ConsentSettingsButton />
      </p>

      <h2>Cookies we use</h2>
      <CookiePolicyTable showServices />

      <h2>Managing your cookies</h2>
      <p>
        Besides the choices above, every browser lets you see and delete cookies: in Chrome and Edge under
        privacy and cookie settings, in Firefox under Privacy &amp; Security, in Safari under Privacy. Blocking
        essential cookies there stops login, uploads and payments from working.
      </p>

      <h2>Opt-out options</h2>
      <ul>
        <li>Refuse the Analytics category here, or use Google's opt-out browser add-on.</li>
        <li>Turn on Global Privacy Control or Do Not Track in your browser, or use a tracking blocker.</li>
        <li>Adjust ad preferences with industry tools and on the platforms you use.</li>
      </ul>

      <h2>Data retention</h2>
      <ul>
        <li>Session cookies are deleted when you close your browser.</li>
        <li>Persistent cookies last until the duration listed above, or until you delete them.</li>
        <li>When you delete your account, every cookie associated with it is removed.</li>
      </ul>

      <h2>Updates to this policy</h2>
      <p>
        We update this policy as our use of cookies changes and announce significant changes by email or on the
        site. A changed policy asks for your consent again.
      </p>
      <p className="bm-updated">Last updated: 15 November 2025</p>
    </article>
  );
}
