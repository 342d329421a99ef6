import { compareOrder, orderOf, plausibleRecord } from '../core/record';

/**
 * For a backend that keeps the consent value itself (the server side of an asynchronous
 * `ConsentStorage`): whether the value a page sends, `incoming`, may replace the `stored` one.
 * Check it in the same transaction as the write (compare-and-set), and when it is false, keep
 * `stored` and answer the adapter's `set()` with `false`: the store then reads storage again and
 * shows the newer decision.
 *
 * True when `incoming` is a decision or reset a store could have written (well-formed, a lifetime
 * of at most 13 months, dated no later than a day from now) and is not older than `stored`, or
 * `stored` is none, unreadable or tampered with. Decisions are ordered as every store orders them:
 * by the time they were made, ties broken by their id; a GPC opt-out right after the decision it
 * was applied to.
 *
 * Without this check one write can undo another: a page that closes while its decision is on its
 * way to the backend, and a page opened meanwhile that read the older value and stores something
 * on top of it (say, its GPC opt-out), landing second.
 *
 * @param now the time in milliseconds, for the plausibility of dates
 */
export function canReplaceConsent(stored: string | null | undefined, incoming: string, now: number = Date.now()): boolean {
  const seconds = now / 1000;
  const next = plausibleRecord(incoming, seconds);
  const kept = plausibleRecord(stored, seconds);
  return !!next && compareOrder(orderOf(next), orderOf(kept)) >= 0;
}
