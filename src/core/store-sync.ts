import { encodeConsentRecord, type ConsentRecord } from './record';
import { createStorageQueue } from './storage-queue';
import type { StoreContext } from './store-context';

/**
 * A store's storage and the other stores sharing it: every read and write goes through one queue,
 * decisions are announced as they are written, and whatever storage or a message says is weighed
 * against the newest decision this store knows, so that every store and storage converge on it.
 */
export function createStorageSync<C extends string, S extends string>(store: StoreContext<C, S>): Pick<StoreContext<C, S>, 'load' | 'write' | 'receive'> {
  const queue = createStorageQueue(store.storage, store.options.loadTimeout ?? 3000, (operation, error) => store.report({ kind: 'storage', operation, error }));
  // Storage reads made so far: a late answer counts only if it is the newest.
  let reads = 0;

  /**
   * Storage holding an older decision than this page knows lost a write (it failed, or a late one
   * overtook it): the newer one is stored again. Nothing stored at all is a withdrawal. But storage
   * that has just refused this very record holds a newer one, or broke its word: a backend that
   * answers `false` and keeps nothing newer is reported, not asked again and again, and the page
   * keeps its decision. True when what storage holds is not to be shown.
   */
  const restore = (found: ConsentRecord | undefined, refused?: ConsentRecord) => {
    if (refused && refused === store.latest && store.isNewer(found) < 0) {
      store.report({ kind: 'storage', operation: 'set', error: new Error(process.env.NODE_ENV !== 'production' ? 'storage.set() answered false, yet storage holds no newer decision' : 'false') });
      return true;
    }
    const older = !!found && store.isNewer(found) < 0;
    if (older) write(store.latest!);
    return older;
  };

  /**
   * Reads storage. `check`: the read makes sure storage is not older than what this page knows
   * (after a late write of its own, an older message, or a write storage refused: `refused`); it
   * does so even when its answer is otherwise stale, as the news that made it stale (a message)
   * says nothing of what storage holds. A check that finds a newer decision than this page knew
   * announces it: the page that stored it may have closed before its write landed, unheard.
   */
  const load = (check?: boolean, refused?: ConsentRecord) => {
    const read = ++reads;
    const started = store.generation;
    let answered = false;
    queue('get', [], (raw, ok) => {
      // Reads answer in the order they were made, so each may be taken, unless a decision was made
      // since it started; an answer that arrives after its timeout only while no newer read exists.
      const late = answered;
      answered = true;
      if (started !== store.generation || (late && read !== reads)) {
        if (check && ok) restore(store.evaluate(raw)[1], refused);
        return;
      }
      const confirming = !store.confirmed;
      store.confirmed = true;
      // A failed read keeps whatever this page already decided; only a first read falls back to undecided.
      if (ok) {
        const next = store.evaluate(raw);
        if (!restore(next[1], refused)) {
          if (check && store.isNewer(next[1]) > 0) store.post(encodeConsentRecord(next[1]!));
          store.adopt(next, true);
        }
      } else if (store.state.status === 'loading') store.setState({ status: 'ready' });
      if (store.saved && store.state.status === 'ready') {
        const choices = store.saved;
        store.saved = undefined;
        store.decide('custom', choices);
      }
      // Whoever asked while the server's reading waited for storage asks again, changed or not.
      if (confirming) store.notify();
    });
  };

  /**
   * Stores a decision or reset, and tells the other stores as the write starts, not once it lands:
   * a page closed while its write waits on a slow backend must not take the decision with it (the
   * write may still land, after another page stored an older one, with nobody left to say so). A
   * message carries the value itself: a cookie written here can reach another tab's
   * `document.cookie` after the message does. A write that lands later than it started is announced
   * again: a page that opened meanwhile, and read storage before it landed, heard nothing of it.
   */
  const write = (record: ConsentRecord) => {
    const value = encodeConsentRecord(record);
    let waiting = false;
    store.post(value);
    queue('set', [value, record], (kept, ok) => {
      if (!ok) return;
      // A newer value became known while this one was on its way (a message, or a write that
      // answered late): this one may have landed over it, so storage is checked. So is a backend
      // that kept a newer one instead (compare-and-set).
      if (kept === false || store.isNewer(record) < 0) load(true, kept === false ? record : undefined);
      else if (waiting) store.post(value);
    });
    // A synchronous adapter has answered by now: only a later answer is worth a second message.
    waiting = true;
  };

  /**
   * A message from another store: a newer value wins. An older one means its sender's write may
   * have landed after this page's newer one, so storage is read, and the newer value stored again
   * if it was overwritten. Nothing is written blind: a page that closes right after adopting a value
   * can never leave storage older than it found it.
   */
  const receive = (message: unknown) => {
    // The value goes through the codec and every check of a stored one.
    const next = store.evaluate(message);
    const newer = store.isNewer(next[1]);
    if (newer > 0 || (newer === 0 && next[1])) {
      store.generation++;
      // Already in storage: the reads it overtakes are dropped, so it confirms a server's reading in
      // their place. The decision this page knows comes again when its write landed late: a read
      // made before it landed may have found none, and is shown no more.
      store.confirmed = true;
      if (newer > 0 || store.state.record?.id !== next[1]!.id) store.adopt(next);
    } else if (newer < 0) load(true);
  };

  return { load, write, receive };
}
