import type { ConsentStore } from '../core/store';
import { warn } from '../core/warn';
import { trusted } from './trusted-types';

/** Options of {@link activateStaticTags}. */
export interface StaticTagsOptions {
  /**
   * CSP nonce for the scripts it adds. `ConsentStaticTags` passes the provider's `nonce`.
   * @default the placeholder tag's own nonce, if the server gave it one
   */
  nonce?: string;
  /** Where the tags are. @default document */
  root?: ParentNode;
  /** Called when a tag cannot be activated (Trusted Types refused it, or an iframe's URL is not http(s)). */
  onError?: (error: unknown, tag: Element) => void;
}

const KEYS = ['data-consent-service', 'data-consent-category'];
const SELECTOR = KEYS.flatMap((key) => [`script[type="text/plain"][${key}]`, `iframe[data-src][${key}]`]).join();

/**
 * Turns consent-tagged markup already in the page into live tags once its consent is given:
 *
 * - `<script type="text/plain" data-consent-category="analytics">…</script>` (inline), or with
 *   `data-src="https://…"` (external): the browser neither runs nor fetches a `text/plain` script,
 *   so nothing happens before consent. Once granted it is replaced, in place, by a real script
 *   with the same attributes (`data-type="module"` becomes its `type`), the code or URL going
 *   through the `consentkit` Trusted Types policy and the nonce set. External scripts keep their
 *   document order unless marked `async`.
 * - `<iframe data-src="https://…" data-consent-category="marketing">`: no `src`, so no request,
 *   until granted; then `src` is set from `data-src` (http(s) and same-site paths only).
 *
 * `data-consent-service="<id>"` waits for a service instead; a tag with both waits for both. Tags added later (by a CMS widget,
 * a client-side route) are found by a MutationObserver.
 *
 * Withdrawal: an iframe goes back to `about:blank` (its page is unloaded); a script that ran
 * cannot be undone: the store erases its declared cookies, but whatever it holds in memory, its
 * listeners and the requests it already made stay until the page reloads (reload on withdrawal
 * where that matters). Returns a function that stops watching.
 */
export function activateStaticTags(store: ConsentStore, options: StaticTagsOptions = {}): () => void {
  if (typeof document === 'undefined') return () => {};
  const { root = document, onError } = options;
  // A tag that names a service and a category waits for both: the category named is what the
  // page promised, whichever category the config gives the service.
  const granted = (tag: Element) => {
    const service = tag.getAttribute(KEYS[0]!);
    const category = tag.getAttribute(KEYS[1]!);
    return (service === null || store.isGranted(`service:${service}`)) && (category === null || store.isGranted(category));
  };
  const fail = (error: unknown, tag: Element) => {
    if (process.env.NODE_ENV !== 'production') warn(`a consent-tagged <${tag.localName}> could not be activated; the page keeps running`, error);
    onError?.(error, tag);
  };

  const activate = (tag: Element) => {
    const on = granted(tag);
    const source = tag.getAttribute('data-src');
    if (tag instanceof HTMLIFrameElement) {
      if (!on) {
        // Withdrawn: unload the third party's page; data-src stays for a later grant.
        if (tag.hasAttribute('src') && tag.getAttribute('src') !== 'about:blank') tag.src = 'about:blank';
      } else if (tag.getAttribute('src') !== source) {
        // A javascript: URL would run in this page's origin.
        if (/^(https?:)?\/\//i.test(source!) ? /^https?:/i.test(source!) : source!.startsWith('/')) tag.src = source!;
        else fail(new TypeError(process.env.NODE_ENV !== 'production' ? "iframe data-src must be an http(s) URL or a path starting with '/'" : 'data-src'), tag);
      }
      return;
    }
    if (!on) return;
    const script = document.createElement('script');
    try {
      for (const { name, value } of tag.attributes) if (name !== 'type' && name !== 'data-src' && name !== 'data-type' && name !== 'nonce') script.setAttribute(name, value);
      const type = tag.getAttribute('data-type');
      if (type) script.type = type;
      const nonce = options.nonce ?? (tag as HTMLScriptElement).nonce;
      if (nonce) script.nonce = nonce;
      if (source) {
        // Dynamic scripts are async by default: keep the page's order unless the tag says async.
        script.async = tag.hasAttribute('async');
        script.src = trusted('createScriptURL', source) as string;
      } else script.text = trusted('createScript', tag.textContent ?? '') as string;
      tag.replaceWith(script);
    } catch (error) {
      fail(error, tag);
    }
  };

  const scan = (within: ParentNode) => within.querySelectorAll(SELECTOR).forEach(activate);
  const check = () => scan(root);
  check();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(SELECTOR)) activate(node);
        scan(node);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  const unsubscribe = store.subscribe(check);
  return () => {
    observer.disconnect();
    unsubscribe();
  };
}
