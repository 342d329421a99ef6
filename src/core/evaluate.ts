import type { ConsentConfig } from './config';
import type { ConsentError } from './consent-error';
import { MAX_LIFETIME_SECONDS } from './duration';
import { decodeConsentRecord, type ConsentRecord } from './record';

/** A category's state: nobody has asked yet, or the person allowed or refused it. */
export type CategoryChoice = 'undecided' | 'granted' | 'denied';

/** What a stored value means now: the part of the state that storage decides. */
export interface Evaluation<C extends string> {
  /** A valid, current decision exists. */
  decided: boolean;
  /** Each category's choice; required categories are always granted. */
  choices: Record<C, CategoryChoice>;
  /** The current decision, or null. */
  record: ConsentRecord | null;
  /** No current decision, and the newest stored one was made under an older `revision`. */
  policyUpdated: boolean;
}

/** Where a decision sits in time: its decision time in seconds, then its id as a stable tie-break. */
export type DecisionOrder = readonly [at: number, id: string];

/** A record's place in time; nothing at all comes before everything. */
export const orderOf = (record?: ConsentRecord | null): DecisionOrder => (record ? [record.decidedAt, record.id] : [0, '']);

/** Negative, zero or positive as `a` is older than, the same as, or newer than `b`. */
export const compareOrder = (a: DecisionOrder, b: DecisionOrder): number => a[0] - b[0] || (a[1] < b[1] ? -1 : +(a[1] > b[1]));

/** When a decision lapses, in seconds: its own expiry, or sooner if the policy's lifetime is now shorter. */
export const lapsesAt = (config: ConsentConfig, record: ConsentRecord): number =>
  Math.min(record.expiresAt, record.decidedAt + config.consentExpirySeconds);

/**
 * Reads stored candidates (one value, or several when a cookie exists on several paths or domains)
 * as consent now. The newest well-formed candidate wins, decision or reset alike. Then guarantee
 * G1: a category is granted only while a current decision grants it, i.e. that newest record is a
 * decision, unexpired at `nowSeconds`, of this revision, naming every
 * category. Under Global Privacy Control a sale/sharing category is granted only by a record made
 * with GPC on. Refused candidates are reported; nothing here ever grants by default.
 *
 * @returns the evaluation, and the newest well-formed record, current or not (a reset marker
 * included): where the stored value sits in time, to compare with what a store already knows.
 */
export function evaluateStored<C extends string>(
  config: ConsentConfig<C>,
  raw: unknown,
  nowSeconds: number,
  gpc: boolean,
  report: (error: ConsentError) => void,
): [Evaluation<C>, ConsentRecord | undefined] {
  const { categoryIds: ids, categories } = config;
  let latest: ConsentRecord | undefined;
  for (const candidate of Array.isArray(raw) ? raw : [raw]) {
    const result = decodeConsentRecord(candidate, ids);
    if (!result.ok) {
      if (result.reason !== 'empty') report({ kind: 'record', reason: result.reason });
      continue;
    }
    const { record } = result;
    const lifetime = record.expiresAt - record.decidedAt;
    if (lifetime <= 0 || lifetime > MAX_LIFETIME_SECONDS || record.decidedAt > nowSeconds + 86400) {
      report({ kind: 'record', reason: 'tampered' });
    } else if (compareOrder(orderOf(record), orderOf(latest)) > 0) {
      latest = record;
    }
  }
  // A reset, a lapsed decision, a new policy revision or a new category: ask again (not an error).
  const record =
    latest &&
    latest.method !== 'reset' &&
    latest.revision === config.revision &&
    lapsesAt(config, latest) > nowSeconds &&
    ids.every((id) => categories[id].required || typeof latest!.choices[id] === 'boolean')
      ? latest
      : null;
  return [
    {
    decided: !!record,
    record,
    policyUpdated: !record && !!latest && latest.method !== 'reset' && latest.revision < config.revision,
    choices: Object.fromEntries(
      ids.map((id) => {
        const optedOut = gpc && categories[id].saleOrSharing;
        return [
          id,
          categories[id].required
            ? 'granted'
            : record
              ? record.choices[id] && !(optedOut && !record.gpc)
                ? 'granted'
                : 'denied'
              : optedOut
                ? 'denied'
                : 'undecided',
        ];
      }),
    ) as Record<C, CategoryChoice>,
    },
    latest,
  ];
}
