/**
 * A problem the library recovered from. Consent falls back to "not decided", never to granted, and
 * the app keeps running; `onError` receives it, and development builds also warn.
 */
export type ConsentError =
  /** A storage method threw, rejected, or (`get`) did not answer within `loadTimeout`. */
  | { kind: 'storage'; operation: 'get' | 'set'; error: unknown }
  /** A stored or received value was refused by the codec or the checks on its times. */
  | { kind: 'record'; reason: 'oversized' | 'malformed' | 'tampered' }
  /** App code called by the library (a listener, `onChange`, `onDecision`, a script's `onLoad`…) threw. */
  | { kind: 'callback'; callback: string; error: unknown }
  /**
   * A declared cookie was not written: its name or value cannot be a cookie (`'name'`, `'value'`),
   * or the browser did not keep it (`'dropped'`: too large, cookies disabled, blocked). With
   * `area`, a declared `localStorage` or `sessionStorage` key the browser refused (full or blocked).
   */
  | { kind: 'write'; name: string; reason: 'name' | 'value' | 'dropped'; area?: 'local' | 'session' };

/** What a development warning says about an error: what went wrong, and what the library did instead. */
export function describeError(error: ConsentError): string {
  switch (error.kind) {
    case 'storage':
      return `storage.${error.operation}() failed; consent is kept in memory for this page and nothing new is granted`;
    case 'record':
      return `stored consent is ${error.reason}; treating it as not decided and asking again`;
    case 'callback':
      return `${error.callback} threw; the decision was still stored and announced`;
    case 'write':
      return error.area
        ? `${error.area}Storage key "${error.name}" was not written: the browser refused it (storage full, or blocked)`
        : `cookie "${error.name}" was not written: ${
        error.reason === 'dropped'
          ? 'the browser did not keep it (too large, or cookies are blocked)'
          : error.reason === 'value'
            ? 'its value is not valid text (it holds a lone UTF-16 surrogate)'
            : 'its name is not an RFC 6265 token'
      }`;
  }
}
