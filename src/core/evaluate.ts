import type { CategoryDefinition, ConsentConfig, ConsentKey } from './config';
import type { ConsentError } from './consent-error';
import { runsByDefault, type JurisdictionModel } from './jurisdictions';
import { choiceOf, newestPlausible, orderOf, type ConsentRecord } from './record';

/** A category's state: nobody has asked yet, or the person allowed or refused it. */
export type CategoryChoice = 'undecided' | 'granted' | 'denied';

/** What a stored value means now: the part of the state that storage decides. */
export interface Evaluation<C extends string, S extends string = string> {
  /** A valid, current decision exists, and covers every category and service. */
  decided: boolean;
  /**
   * Each category's choice (required categories are always granted), and each service's with an
   * id, as `'service:<id>'` (granted only with its category).
   */
  choices: Record<ConsentKey<C, S>, CategoryChoice>;
  /** The current decision, or null. */
  record: ConsentRecord | null;
  /** No current decision, and the newest stored one was made under an older `revision`. */
  policyUpdated: boolean;
}

/**
 * The time (milliseconds) for a decision or reset made now: after `latest`, the newest one known,
 * even within one millisecond, so that a later click always wins. Ids begin with their time in
 * milliseconds; an id that does not (an older format) counts as the end of its second.
 */
export const nextDecisionTime = (latest: ConsentRecord | undefined, nowMs: number): number => {
  const [at, key] = orderOf(latest);
  // The key of a GPC opt-out applied to nothing starts with "+", not a time.
  const ms = /^[\da-f]{12}/.test(key) ? parseInt(key.slice(0, 12), 16) : NaN;
  return Math.max(nowMs, (ms >= at * 1000 && ms < at * 1000 + 1000 ? ms : at * 1000 + 999) + 1);
};

/**
 * The decision refuses something the person was asked: "Reject all", or saved choices with a
 * category or service off. "Accept all" never does, even when GPC or DNT kept a category off.
 */
export const refuses = (record: Pick<ConsentRecord, 'method' | 'choices' | 'services'>): boolean =>
  record.method !== 'accept-all' && Object.values({ ...record.choices, ...record.services }).includes(false);

/**
 * When a decision lapses, in seconds: its own expiry, or sooner if the policy's lifetime (for
 * acceptances or for refusals) is now shorter.
 */
export const lapsesAt = (config: ConsentConfig, record: ConsentRecord): number =>
  Math.min(record.expiresAt, record.decidedAt + (refuses(record) ? config.rejectedExpirySeconds : config.consentExpirySeconds));

/**
 * A browser signal that is on refuses the category: Global Privacy Control a `saleOrSharing` one,
 * Do Not Track a `doNotTrack` one; unless `record`, the decision at hand, was made with that very
 * signal on (then its explicit choice stands).
 */
export const optedOut = (category: Readonly<CategoryDefinition>, gpc: boolean, dnt: boolean, record?: ConsentRecord | null): boolean =>
  (gpc && !!category.saleOrSharing && !record?.gpc) || (dnt && !!category.doNotTrack && !record?.dnt);

/**
 * Reads stored candidates (one value, or several when a cookie exists on several paths or domains)
 * as consent now. The newest well-formed candidate wins, decision or reset alike. Then guarantee
 * G1: a category is granted only while a current decision grants it, i.e. that newest record is a
 * decision, unexpired at `nowSeconds`, of this revision, naming every category. Under Global Privacy
 * Control a sale/sharing category (under Do Not Track, a `doNotTrack` one) is granted only by a
 * record made with that signal on. A service is granted only when the decision names it and grants
 * it, and grants its category. A category the decision granted without naming each of its services
 * (one added since) is asked again: it reads undecided, with its services, and the decision is not
 * `decided`; every other category keeps its choice. Refused candidates are reported; nothing here
 * ever grants by default under the opt-in model.
 *
 * Under another `model` (see `jurisdictions`), a category without a decision runs by default where
 * the model lets it (opt-out: `saleOrSharing` and `optOut` ones; notice-only and none: all), unless
 * GPC (or DNT) refuses it; a decision's refusal stands until an explicit grant. Under opt-in, a
 * decision made under another model is not consent: the person is asked again.
 *
 * @returns the evaluation, and the newest well-formed record, current or not (a reset marker
 * included): where the stored value sits in time, to compare with what a store already knows.
 */
export function evaluateStored<C extends string, S extends string = string>(
  config: ConsentConfig<C, string, S>,
  raw: unknown,
  nowSeconds: number,
  gpc: boolean,
  report: (error: ConsentError) => void,
  dnt = false,
  model: JurisdictionModel = 'opt-in',
): [Evaluation<C, S>, ConsentRecord | undefined] {
  const { categoryIds: ids, categories, services } = config;
  const [latest] = newestPlausible(
    Array.isArray(raw) ? raw : [raw],
    nowSeconds,
    ids,
    services.map((service) => service.id),
    (reason) => report({ kind: 'record', reason }),
  );
  // A reset, a lapsed decision, a new policy revision or a new category: ask again (not an error).
  const record =
    latest &&
    latest.method !== 'reset' &&
    latest.revision === config.revision &&
    !(model === 'opt-in' && (latest.model ?? model) !== model) &&
    lapsesAt(config, latest) > nowSeconds &&
    ids.every((id) => categories[id].required || typeof choiceOf(latest!.choices, id) === 'boolean')
      ? latest
      : null;
  const choices = {} as Record<string, CategoryChoice>;
  // Keys are declared category ids (never a name Object.prototype has) or prefixed service ids.
  for (const id of ids) {
    const category = categories[id];
    choices[id] = category.required
      ? 'granted'
      : // A grant that did not cover a service of the category (one added since) asks again.
        record && !(choiceOf(record.choices, id) && services.some((service) => service.id && service.category === id && typeof choiceOf(record.services, service.id) !== 'boolean'))
        ? choiceOf(record.choices, id) && !optedOut(category, gpc, dnt, record)
          ? 'granted'
          : 'denied'
        : optedOut(category, gpc, dnt)
          ? 'denied'
          : runsByDefault(category, model)
            ? 'granted'
            : 'undecided';
  }
  // A service is granted only with its category, and (unless the category is required) by a decision that grants it.
  for (const { id, category } of services) {
    if (id) choices[`service:${id}`] = choices[category] === 'granted' && !categories[category].required && !!record && !choiceOf(record.services, id) ? 'denied' : choices[category]!;
  }
  return [
    {
      decided: !!record && !Object.values(choices).includes('undecided'),
      record,
      choices,
      policyUpdated: !record && !!latest && latest.method !== 'reset' && latest.revision < config.revision,
    },
    latest,
  ];
}
