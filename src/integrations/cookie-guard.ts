import type { ConsentKey } from '../core/config';
import type { ConsentStore } from '../core/store';
import { callSafely } from '../core/notify';
import { warn } from '../core/warn';
import { cookieConsentKeys, parseCookieWrite } from './cookie-write';

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
 * Never blocked: undeclared cookies (the development audit reports those), cookies of required
 * categories and of granted ones, whose writes reach the browser as written; and deletions
 * (`Max-Age=0`, a past `Expires`), though for a cookie without consent the guard writes a removal
 * of its own in their place (same path and domain, no value): browsers read dates by rules of
 * their own, and may keep as a session cookie what the guard took for a removal. Reads are
 * untouched. Each blocked write goes to `onBlock`, and in development to a warning (once per name).
 * The guard never throws into the writing script: when it cannot tell what a write is (a value
 * whose conversion to text fails), the write is dropped, since letting an unknown write through
 * could grant what the person refused.
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

  // What becomes of a write: through as written, replaced by a removal of the guard's own (the
  // page's text never reaches the browser for a cookie without consent), or dropped and reported.
  const judge = (name: string, deletes: boolean): 'pass' | 'erase' | 'block' => {
    const key = cookieConsentKeys(store.config, name).find((needed) => !store.isGranted(needed as ConsentKey));
    if (!active || !key) return 'pass';
    if (deletes) return 'erase';
    if (process.env.NODE_ENV !== 'production' && !warned.has(name)) {
      warned.add(name);
      warn(`cookie guard blocked a write of cookie "${name}": ${key.replace(':', ' ')} has no consent`);
    }
    callSafely(store.report, 'onBlock', options.onBlock, name);
    return 'block';
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
        const write = parseCookieWrite(text, Date.now());
        const verdict = judge(write.name, write.deletes);
        if (verdict === 'block') return;
        if (verdict === 'erase') text = write.deletion;
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
        let forwarded: unknown[];
        try {
          const call = readCookieStoreSet(args);
          const verdict = judge(call.name, call.deletes);
          // A blocked write resolves as a kept one would: scripts awaiting it go on as usual.
          if (verdict === 'block') return Promise.resolve();
          forwarded = verdict === 'erase' ? [call.deletion] : call.args;
        } catch {
          return Promise.resolve();
        }
        return (native.value as CookieStoreSet).apply(this, forwarded);
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

/** The members of a CookieStore `set` options object (WebIDL's `CookieInit`). */
const COOKIE_INIT = ['domain', 'expires', 'name', 'partitioned', 'path', 'sameSite', 'value'] as const;

/**
 * Reads a `cookieStore.set(…)` call as the browser's bindings will: `set(name, value)` whenever
 * there are two arguments or more (whatever the first is), `set(options)` for one. Each value is
 * read once and handed on as read, so that a getter or a `toString` cannot show the guard one
 * cookie and the browser another.
 */
function readCookieStoreSet(args: unknown[]) {
  const [first] = args;
  if (args.length === 1 && ((typeof first === 'object' && first !== null) || typeof first === 'function')) {
    const init: Record<string, unknown> = {};
    for (const member of COOKIE_INIT) {
      const value = (first as Record<string, unknown>)[member];
      if (value !== undefined) init[member] = value;
    }
    // An absent name stays absent: converted, it would name a cookie "undefined" the browser never sees.
    if (init.name !== undefined) init.name = `${init.name as string}`;
    const name = (init.name as string | undefined) ?? '';
    const { domain, path, partitioned } = init;
    const deletion = { name, value: '', expires: 0, ...(domain != null && { domain }), ...(path !== undefined && { path }), ...(partitioned !== undefined && { partitioned }) };
    return { name, deletes: init.expires != null && +(init.expires as number) <= Date.now(), deletion, args: [init] };
  }
  // No options and no name (`set()`, `set(null)`): the browser rejects the call itself.
  if (first == null && args.length < 2) return { name: '', deletes: false, deletion: undefined, args };
  const name = `${first as string}`;
  // The same count of arguments: `set(name)` must not become `set(name, undefined)`, read as a value.
  return { name, deletes: false, deletion: undefined, args: [name, ...args.slice(1)] };
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
