import type { ConsentStore } from '../core/store';

/** What to load once a category is granted. */
export interface GatedScriptOptions {
  /** URL of an external script. */
  src?: string;
  /** Inline code, for snippets such as a tag manager bootstrap. Under a strict CSP pass a `nonce`. */
  code?: string;
  /** CSP nonce copied onto the script element. */
  nonce?: string;
  /** Extra attributes, e.g. `{ 'data-domain': 'example.com', crossorigin: 'anonymous' }`. */
  attributes?: Record<string, string>;
  /** Called when an external script has loaded. */
  onLoad?: () => void;
  /** Called when an external script fails to load. */
  onError?: () => void;
  /**
   * Called when the category is revoked after the script ran. A script cannot be unloaded: its
   * cookies are already erased by the store, and sites that must stop it in memory too can reload.
   */
  onRevoke?: () => void;
}

/**
 * Adds a `<script>` to `document.head` only once `category` is granted, now or later, and never
 * before: the element does not exist until then, so the browser cannot fetch or run it early.
 * Returns a function that stops watching (an injected script stays: it already ran).
 */
// Scripts already added to this page, by src or code: a script runs once per page load, however
// many components (or StrictMode's double effects) ask for it.
const added = new Set<string>();

export function gateScript<C extends string>(store: ConsentStore<C, string>, category: C, options: GatedScriptOptions): () => void {
  if (typeof document === 'undefined') return () => {};
  const key = options.src ?? options.code ?? '';
  let injected = added.has(key);
  const check = () => {
    const granted = store.isGranted(category);
    if (granted && !injected) {
      injected = true;
      if (added.has(key)) return;
      added.add(key);
      const script = document.createElement('script');
      for (const [name, value] of Object.entries(options.attributes ?? {})) script.setAttribute(name, value);
      if (options.nonce) script.nonce = options.nonce;
      script.dataset.consentCategory = category;
      if (options.src) {
        script.src = options.src;
        script.async = true;
        if (options.onLoad) script.addEventListener('load', options.onLoad);
        if (options.onError) script.addEventListener('error', options.onError);
      } else script.text = options.code ?? '';
      document.head.appendChild(script);
    } else if (!granted && injected) {
      injected = false;
      options.onRevoke?.();
    }
  };
  check();
  return store.subscribe(check);
}
