'use client';

import { useEffect, useRef } from 'react';
import { check } from '../core/validate-config';
import { warn } from '../core/warn';
import { useConsentContext } from '../react/context';
import type { CategoryId } from '../react/register';
import { connectGoogleConsentMode, gtag, pushDataLayer, type GoogleConsentMap, type GoogleConsentModeOptions } from './google-consent-mode';
import { trusted } from './trusted-types';

/** Props of {@link GoogleConsentMode}. */
export interface GoogleConsentModeProps extends GoogleConsentModeOptions {
  /** Changes the default category → signals mapping for the categories it names; read on mount. */
  map?: GoogleConsentMap<CategoryId>;
  /**
   * A Google tag to load once the consent commands are in place (Consent Mode "advanced": the tag
   * loads for everyone and follows the signals): `G-…`, `AW-…` or `DC-…` loads gtag.js and
   * configures that id, `GTM-…` loads a Tag Manager container. Leave it out when the page loads
   * its tags itself, after the head script.
   */
  tagId?: string;
  /** CSP nonce of the tag's `<script>`. @default the provider's `nonce` */
  nonce?: string;
  /** Called when the tag cannot be added (Trusted Types refused it) or fails to load. */
  onError?: (error: unknown) => void;
}

// Tags already added to this page: a tag runs once per page load, whatever remounts.
const loaded = new Set<string>();

/**
 * Google Consent Mode v2 for the provider's store (see `connectGoogleConsentMode`): an `update` on
 * every decision and withdrawal, a `consentkit_consent` dataLayer event after each, and optionally
 * the Google tag itself, added after the consent commands with the provider's nonce. Renders
 * nothing. Pair it with the head script from `googleConsentModeDefaults` (`consentkit/server`),
 * which sets the defaults before any tag runs.
 */
export function GoogleConsentMode({ map, tagId, nonce, defaults, onError }: GoogleConsentModeProps): null {
  const context = useConsentContext('GoogleConsentMode');
  if (tagId !== undefined) check(/^[A-Z]{1,3}-[A-Z\d-]{1,32}$/.test(tagId), 'GoogleConsentMode tagId', process.env.NODE_ENV !== 'production' && "must be a Google tag id such as 'G-XXXXXXX' or 'GTM-XXXXXX'");
  const latest = useRef({ map, nonce: nonce ?? context.nonce, defaults, onError });
  latest.current = { map, nonce: nonce ?? context.nonce, defaults, onError };
  const { store } = context;
  useEffect(() => {
    const options = latest.current;
    const stop = connectGoogleConsentMode(store, options.map, options);
    if (tagId && !loaded.has(tagId)) {
      loaded.add(tagId);
      const manager = tagId.startsWith('GTM-');
      const script = document.createElement('script');
      const fail = (error: unknown) => latest.current.onError?.(error);
      try {
        if (options.nonce) script.nonce = options.nonce;
        script.async = true;
        script.src = trusted('createScriptURL', `https://www.googletagmanager.com/${manager ? 'gtm.js' : 'gtag/js'}?id=${tagId}`) as string;
        script.addEventListener('error', fail);
        // The consent commands are already queued: the tag reads them before its own config.
        if (manager) pushDataLayer({ 'gtm.start': Date.now(), event: 'gtm.js' });
        else {
          gtag('js', new Date());
          gtag('config', tagId);
        }
        document.head.appendChild(script);
      } catch (error) {
        if (process.env.NODE_ENV !== 'production') warn(`the Google tag ${tagId} could not be added; onError was called`, error);
        fail(error);
      }
    }
    return stop;
  }, [store, tagId]);
  return null;
}
