import type { ConsentStore } from '../core/store';
import { warn } from '../core/warn';
import { trusted, type TrustedTypesValue } from './trusted-types';

/** What to load once a category is granted. */
export interface GatedScriptOptions {
  /** URL of an external script: a string, or a `TrustedScriptURL` from the app's own policy. */
  src?: string | TrustedTypesValue;
  /**
   * Inline code, for snippets such as a tag manager bootstrap: a string, or a `TrustedScript`.
   * Under a strict CSP pass a `nonce`.
   */
  code?: string | TrustedTypesValue;
  /** CSP nonce copied onto the script element. `ConsentScript` defaults to the provider's `nonce`. */
  nonce?: string;
  /** Extra attributes, e.g. `{ 'data-domain': 'example.com', crossorigin: 'anonymous' }`. */
  attributes?: Record<string, string>;
  /** Called when an external script has loaded. */
  onLoad?: () => void;
  /**
   * Called when the script cannot be added (the page's Trusted Types refused it: with the error)
   * or an external script fails to load (with the error event). The app keeps running either way.
   */
  onError?: (error: unknown) => void;
  /**
   * Called when the category is revoked after the script ran. A script cannot be unloaded: its
   * cookies are already erased by the store, and sites that must stop it in memory too can reload.
   */
  onRevoke?: () => void;
}

// Scripts already added to this page, by src or code: a script runs once per page load, however
// many components (or StrictMode's double effects) ask for it.
const added = new Set<string>();

/**
 * Adds a `<script>` to `document.head` only once `category` is granted, now or later, and never
 * before: the element does not exist until then, so the browser cannot fetch or run it early.
 * Under Trusted Types, strings go through the `consentkit` policy (see `trusted-types.ts`).
 * Returns a function that stops watching (an injected script stays: it already ran).
 */
export function gateScript<C extends string>(store: ConsentStore<C, string>, category: C, options: GatedScriptOptions): () => void {
  if (typeof document === 'undefined') return () => {};
  const { src, code = '', onError } = options;
  const key = String(src ?? code);
  // The grant as this watcher last saw it: only a grant it saw can be revoked, so a watcher that
  // starts while the category is denied (or its script came from another watcher) stays quiet.
  let granted = false;
  const check = () => {
    const was = granted;
    granted = store.isGranted(category);
    if (granted && !added.has(key)) {
      added.add(key);
      const script = document.createElement('script');
      try {
        for (const [name, value] of Object.entries(options.attributes ?? {})) script.setAttribute(name, value);
        if (options.nonce) script.nonce = options.nonce;
        script.dataset.consentCategory = category;
        if (src) {
          script.src = trusted('createScriptURL', src) as string;
          script.async = true;
          if (options.onLoad) script.addEventListener('load', options.onLoad);
          if (onError) script.addEventListener('error', onError);
        } else script.text = trusted('createScript', code) as string;
        document.head.appendChild(script);
      } catch (error) {
        // A Trusted Types refusal throws from the assignment: a returning visitor's app must not
        // unmount over an analytics tag.
        if (process.env.NODE_ENV !== 'production') warn(`the "${category}" script could not be added; onError was called and the app keeps running`, error);
        onError?.(error);
      }
    } else if (was && !granted) options.onRevoke?.();
  };
  check();
  return store.subscribe(check);
}
