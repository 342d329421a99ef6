import type { ConsentKey } from '../core/config';
import type { ConsentStore } from '../core/store';
import { callSafely } from '../core/notify';
import { warn } from '../core/warn';
import { cookieConsentKey, parseCookieWrite } from './cookie-write';

/** Options of {@link installCookieGuard}. */
export interface CookieGuardOptions {
  /**
   * Called with the cookie's name for every write the guard blocks (in production too), e.g. to
   * count what a third-party script still tries after withdrawal. A throwing callback is reported
   * and never stops the guard.
   */
  onBlock?: (name: string) => void;
}

type CookieStoreSet = (this: unknown, ...args: unknown[]) => Promise<void>;

/**
 * Blocks writes to declared cookies whose category (or service, for a cookie declared with one) is
 * not granted, however a script makes them: `document.cookie = …` and `cookieStore.set(…)`. This
 * is what stops a script that was granted (an analytics tag) from writing again after the person
 * withdraws, without a reload. Anything already written for a category or service without consent
 * is erased at install and on every change of the decision (once the stored decision is read).
 *
 * Never blocked: deletions (`Max-Age=0`, a past `Expires`), undeclared cookies (the development
 * audit reports those), cookies of required categories and of granted ones; such writes reach the
 * browser as written. Reads are untouched. Each blocked write goes to `onBlock`, and in development
 * to a warning (once per name). The guard never throws into the writing script: when it cannot tell
 * what a write is (a value whose conversion to text fails), the write is dropped, since letting an
 * unknown write through could grant what the person refused.
 *
 * Out of its reach: HttpOnly cookies and cookies of other sites (set by their servers), scripts that
 * kept a reference to the native setter before the guard was installed, and other frames'
 * `document.cookie`. Install it before third-party scripts run. Returns a function that uninstalls
 * it (the native accessor is restored when no later wrapper sits on top of it).
 *
 * ```ts
 * const store = createConsentStore(config);
 * installCookieGuard(store);
 * ```
 */
export function installCookieGuard(store: ConsentStore, options: CookieGuardOptions = {}): () => void {
  if (typeof Document === 'undefined') return () => {};
  const warned = new Set<string>();
  let active = true;

  // Whether a write must be dropped; the name is reported when it is.
  const blocks = (name: string, deletes: boolean) => {
    const key = deletes ? undefined : cookieConsentKey(store.config, name);
    if (!key || store.isGranted(key as ConsentKey)) return false;
    if (process.env.NODE_ENV !== 'production' && !warned.has(name)) {
      warned.add(name);
      warn(`cookie guard blocked a write of cookie "${name}": ${key.replace(':', ' ')} has no consent`);
    }
    callSafely(store.report, 'onBlock', options.onBlock, name);
    return true;
  };

  const erase = () => {
    if (store.getState().status === 'ready') {
      // Only once the stored decision is known: before that, every category reads as not granted.
      store.cookies.erase(Object.keys(store.getState().choices).filter((key) => !store.isGranted(key)));
    }
  };

  const unwrapDocument = wrap(Document.prototype, 'cookie', (native) => ({
    ...native,
    set(this: Document, value: unknown) {
      let text: string;
      try {
        text = `${value as string}`;
        const { name, deletes } = parseCookieWrite(text, Date.now());
        if (active && blocks(name, deletes)) return;
      } catch {
        return;
      }
      // Outside the try: the browser's own refusal (a sandboxed frame) reaches the script as it would without the guard.
      native.set!.call(this, text);
    },
  }));

  const { CookieStore } = globalThis as { CookieStore?: { prototype: { set: CookieStoreSet } } };
  const unwrapCookieStore =
    CookieStore &&
    wrap(CookieStore.prototype, 'set', (native) => ({
      ...native,
      value: function set(this: unknown, ...args: unknown[]) {
        const [nameOrOptions] = args;
        try {
          const details = (typeof nameOrOptions === 'object' ? nameOrOptions : { name: nameOrOptions }) as { name?: unknown; expires?: unknown } | null;
          const expires = details?.expires;
          // A blocked write resolves as a kept one would: scripts awaiting it go on as usual.
          if (active && blocks(String(details?.name ?? ''), expires != null && +(expires as number) <= Date.now())) return Promise.resolve();
        } catch {
          return Promise.resolve();
        }
        // The same arguments, as many: `set(options, undefined)` would be read as `set(name, value)`.
        return (native.value as CookieStoreSet).apply(this, args);
      },
    }));

  erase();
  const unsubscribe = store.subscribe(erase);
  return () => {
    if (!active) return;
    active = false;
    unsubscribe();
    unwrapDocument();
    unwrapCookieStore?.();
  };
}

/**
 * Replaces `target[key]` by the property `replace` builds from the current one; returns a function
 * that puts the old one back, unless something else replaced ours since (its wrapper would then
 * be lost), in which case ours stays, inactive, passing every write on.
 */
function wrap(target: object, key: string, replace: (native: PropertyDescriptor) => PropertyDescriptor): () => void {
  const native = Object.getOwnPropertyDescriptor(target, key);
  if (!native) return () => {};
  const ours = replace(native);
  Object.defineProperty(target, key, ours);
  return () => {
    const current = Object.getOwnPropertyDescriptor(target, key);
    if (current?.set === ours.set && current?.value === ours.value) Object.defineProperty(target, key, native);
  };
}
