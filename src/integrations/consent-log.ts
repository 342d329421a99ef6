import { CONSENT_LOG_KEY } from '../core/cookie-syntax';
import { lapsesAt } from '../core/evaluate';
import { createConsentId, encodeConsentRecord, type ConsentRecord } from '../core/record';
import type { ConsentStore } from '../core/store';
import { warn } from '../core/warn';
import type { ConsentTexts } from './consent-texts';

/** What the client POSTs for each decision or withdrawal (JSON); `createConsentLogHandler` reads it. */
export interface ConsentLogPayload {
  /** The decision as the store encodes it (`encodeConsentRecord`): id, revision, time, method, GPC, choices. */
  record: string;
  /** Id of the decision this one replaced in this browser, or null for the first. */
  replaces: string | null;
  /** Locale of the texts on screen. */
  locale: string;
  /** The texts on screen when the person decided. */
  texts: ConsentTexts;
  /** The page, as origin and path (no query or fragment, which may carry personal data). */
  page: string;
}

/** Options for {@link logConsent}. */
export interface ConsentLogOptions {
  /** Where each entry is POSTed: the route that runs `createConsentLogHandler`, on this origin. */
  endpoint: string;
  /** The texts on screen, read at each decision (see `consentTexts`). */
  texts: ConsentTexts | (() => ConsentTexts);
  /** Their locale, read at each decision. @default 'en' */
  locale?: string | (() => string);
  /**
   * `localStorage` key of the queue of entries not yet delivered, so that they survive reloads
   * and offline periods. Without `localStorage` the queue lives as long as the page.
   * @default 'ck_consent_log'
   */
  key?: string;
  /** Milliseconds before the first retry; each next one waits twice as long, up to 5 minutes. @default 1000 */
  retryDelay?: number;
  /** Called when the endpoint refuses an entry for good (a 4xx status other than 408, 425 or 429); it is dropped. */
  onRefused?: (status: number, payload: ConsentLogPayload) => void;
}

interface Pending {
  key: string;
  body: string;
  attempts: number;
  due: number;
}

interface Queue {
  pending: Pending[];
  /** Keys delivered or refused lately: another tab seeing the same withdrawal does not queue it again. */
  done: string[];
  /** Id of the newest entry logged from this browser: what the next decision replaced when the store shows none. */
  last?: string;
}

const KEPT = 50;
const MAX_DELAY = 300_000;

/**
 * Sends every decision made here (`onDecision`) and every withdrawal (the decision forgotten with
 * `reset()`, here or in another tab, before it lapsed) to `endpoint`, as proof of consent. Entries
 * wait in a queue in `localStorage` until the endpoint answers 2xx: sent with `fetch(…, { keepalive: true })`
 * at once, retried with exponential backoff, held while offline and sent when back, and offered
 * to `navigator.sendBeacon` when the page is hidden. An entry may reach the endpoint more than once
 * (a retry after a lost answer, two tabs, a beacon); its key is the record id, and the handler
 * stores each id once. Returns a function that stops it.
 */
export function logConsent<C extends string>(store: ConsentStore<C, string>, options: ConsentLogOptions): () => void {
  if (typeof window === 'undefined') return () => {};
  const { endpoint, key = CONSENT_LOG_KEY, retryDelay = 1000 } = options;
  let memory: Queue = { pending: [], done: [] };
  // Once a write fails, localStorage may hold a stale queue: from then on the page's copy is the one.
  let persistent = true;
  const read = (): Queue => {
    try {
      const saved = persistent && JSON.parse(localStorage.getItem(key) ?? 'null');
      if (saved && Array.isArray(saved.pending) && Array.isArray(saved.done)) return saved;
    } catch {
      // Blocked or corrupt storage: the page's copy.
    }
    return memory;
  };
  // Read, change and write back at once: other tabs share the queue.
  const edit = (change: (queue: Queue) => void) => {
    const queue = read();
    change(queue);
    memory = queue;
    try {
      if (persistent) localStorage.setItem(key, JSON.stringify(queue));
    } catch {
      persistent = false;
    }
  };
  const online = () => navigator.onLine !== false;
  let busy = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const enqueue = (entry: string, record: ConsentRecord, replaces: string | undefined) => {
    const value = <T>(option: T | (() => T)) => (typeof option === 'function' ? (option as () => T)() : option);
    const payload: ConsentLogPayload = {
      record: encodeConsentRecord(record),
      replaces: replaces ?? null,
      locale: value(options.locale) ?? 'en',
      texts: value(options.texts),
      page: location.origin + location.pathname,
    };
    edit((queue) => {
      if (queue.done.includes(entry) || queue.pending.some((pending) => pending.key === entry)) return;
      queue.pending = [...queue.pending, { key: entry, body: JSON.stringify(payload), attempts: 0, due: 0 }].slice(-KEPT);
      queue.last = record.id;
    });
    void flush();
  };

  /** Sends one entry: true when it is settled (delivered or refused for good), false to retry. */
  async function send({ body }: Pending): Promise<boolean> {
    try {
      const response = await fetch(endpoint, { method: 'POST', body, keepalive: true, credentials: 'same-origin', headers: { 'content-type': 'application/json' } });
      const { status } = response;
      if (response.ok) return true;
      if (status === 408 || status === 425 || status === 429 || status >= 500) return false;
      if (process.env.NODE_ENV !== 'production') warn(`consent log: ${endpoint} refused an entry (${status}); it is dropped`);
      options.onRefused?.(status, JSON.parse(body));
      return true;
    } catch {
      // Offline, or the connection failed.
      return false;
    }
  }

  async function flush() {
    if (busy || stopped) return;
    busy = true;
    clearTimeout(timer);
    try {
      while (online() && !stopped) {
        const entry = read().pending.find(({ due }) => due <= Date.now());
        if (!entry) break;
        const settled = await send(entry);
        edit((queue) => {
          const pending = queue.pending.find(({ key: other }) => other === entry.key);
          if (settled) {
            queue.pending = queue.pending.filter((other) => other !== pending);
            queue.done = [...queue.done, entry.key].slice(-KEPT);
          } else if (pending) {
            pending.attempts++;
            pending.due = Date.now() + Math.min(MAX_DELAY, retryDelay * 2 ** (pending.attempts - 1)) * (0.75 + Math.random() / 2);
          }
        });
      }
    } finally {
      busy = false;
    }
    const due = Math.min(...read().pending.map((pending) => pending.due));
    if (!stopped && online() && due < Infinity) timer = setTimeout(flush, Math.max(0, due - Date.now()));
  }

  // Back online, everything waiting is due at once.
  const reconnect = () => {
    edit((queue) => queue.pending.forEach((pending) => (pending.due = 0)));
    void flush();
  };
  // The page may not come back: the browser sends beacons after it is gone. Entries stay queued
  // until a fetch sees them answered; the endpoint ignores the copies.
  const hide = () => {
    for (const { body } of read().pending) {
      try {
        navigator.sendBeacon(endpoint, new Blob([body], { type: 'application/json' }));
      } catch {
        // No beacons here: the next page sends it.
      }
    }
  };
  addEventListener('online', reconnect);
  addEventListener('pagehide', hide);

  const { config } = store;
  // The record the store showed before the latest change, and the one it shows now.
  let before: string | undefined;
  let shown = store.getState().record?.id;
  const stop = store.observe({
    onChange({ previous, next }) {
      before = previous.record?.id;
      shown = next.record?.id;
      const withdrawn = previous.record;
      // One reading of the clock: a withdrawal is dated at the instant it was found not yet lapsed.
      const at = Date.now();
      // A decision forgotten before it lapsed: withdrawn. Logged once, whichever tab sees it first.
      if (withdrawn && !next.record && lapsesAt(config, withdrawn) > at / 1000) {
        const decidedAt = Math.floor(at / 1000);
        const record: ConsentRecord = { schema: 1, revision: config.revision, id: createConsentId(at), decidedAt, expiresAt: decidedAt + 86400, method: 'reset', gpc: next.gpc, choices: {} };
        enqueue(`~${withdrawn.id}`, record, withdrawn.id);
      }
    },
    onDecision(record) {
      // A decision that changed nothing on screen raised no onChange: it replaced the record shown.
      const replaced = shown === record.id ? before : shown;
      shown = record.id;
      enqueue(record.id, record, replaced ?? read().last);
    },
  });
  // Entries an earlier page left behind.
  void flush();
  return () => {
    stopped = true;
    clearTimeout(timer);
    stop();
    removeEventListener('online', reconnect);
    removeEventListener('pagehide', hide);
  };
}
