import type { ConsentKey } from './config';
import { decideChoices } from './decide';
import { nextDecisionTime, refuses } from './evaluate';
import { createConsentId, encodeConsentRecord, orderOf, type ConsentMethod, type ConsentRecord } from './record';
import type { Freshness, StoreContext } from './store-context';
import { warn } from './warn';

/** A store's decisions: the person's, a reset, and the opt-out GPC stands for outside opt-in. */
export function createDecisions<C extends string, S extends string>(store: StoreContext<C, S>) {
  const { config, services, keys, region, model } = store;
  const ids = config.categoryIds;
  // The record marks Do Not Track only where a category honours it, so that other sites keep schema 1.
  const honoursDnt = ids.some((id) => config.categories[id].doNotTrack);

  /**
   * Records a decision or reset made here now, after the newest one known (made here or adopted),
   * and stores it.
   */
  const stamp = (method: ConsentMethod, lifetime: number, choices: Record<string, boolean>, serviceChoices?: Record<string, boolean>): ConsentRecord => {
    store.confirmed = true;
    const { latest, gpc } = store;
    const time = nextDecisionTime(latest, store.now());
    const decidedAt = Math.floor(time / 1000);
    // An opt-out applied to another opt-out keeps that one's basis: both sit after the same decision.
    const basis = method === 'gpc' ? (latest?.basis ?? orderOf(latest)) : undefined;
    let record: ConsentRecord = { schema: 1, revision: config.revision, id: createConsentId(time), decidedAt, expiresAt: decidedAt + lifetime, method, gpc, choices };
    // Schema 2 only when there is something to say in it: services, or Do Not Track where it counts.
    if (serviceChoices) record = { ...record, schema: 2, services: serviceChoices, dnt: honoursDnt && store.dnt };
    // The model (and region) only where a region is known, so that other sites keep schema 1 or 2.
    if (region) record = { ...record, schema: 3, model, region, ...(basis && { basis }) };
    store.latest = record;
    store.write(record);
    return record;
  };

  /**
   * One path for every decision: explicit choices win, then what the method implies. It is stored
   * first, then announced, so that no listener can stop it from being kept (guarantee G2).
   */
  function decide(method: ConsentMethod, wanted: Partial<Record<string, boolean>> = {}) {
    store.read();
    // A decision is made under the GPC and DNT signals of this moment, whatever the page saw earlier
    // (and is itself what storage gets next: no read for a GPC opt-out).
    store.checkSignals('next');
    if (store.state.status === 'loading' && method === 'custom') {
      store.saved = { ...store.saved, ...wanted };
      return;
    }
    store.saved = undefined;
    store.generation++;
    const { gpc, dnt } = store;
    const { choices, services: serviceChoices } = decideChoices(config, services, method, wanted, store.state, gpc, dnt, !!services.length || (honoursDnt && dnt));
    // Acceptances and refusals may live differently long (consentExpiry: { accepted, rejected }).
    const record = stamp(
      method,
      refuses({ method, choices, services: serviceChoices }) ? config.rejectedExpirySeconds : config.consentExpirySeconds,
      choices,
      serviceChoices,
    );
    store.setState({ status: 'ready', ...store.evaluate(encodeConsentRecord(record))[0], preferencesOpen: false });
    store.emit('onDecision', store.state.record!, store.state);
  }

  /**
   * Outside opt-in, GPC is an opt-out with no click: once connected, it is stored as a decision
   * (method `'gpc'`) refusing the sale/sharing categories on top of the newest decision known here,
   * so that the opt-out stays when the signal goes away, until the person explicitly opts in. It
   * sorts right after that decision (see `orderOf`): one made meanwhile in another tab wins, and
   * this runs again on top of it once it arrives.
   */
  function honourGpc(read?: Freshness) {
    const sold = ids.filter((id) => config.categories[id].saleOrSharing);
    const { record } = store.state;
    // Choices the person saved while storage loaded come first (they are applied right after).
    if (store.link && !store.saved && model !== 'opt-in' && store.gpc && !record?.gpc && sold.some((id) => record?.choices[id] !== false)) {
      // Only on top of what storage holds now: a view from before this tab slept (or from a
      // message) may be older than what another tab stored since, which the opt-out would overwrite.
      if (read === true) decide('gpc', Object.fromEntries(sold.map((id) => [id, false])));
      else if (!read) store.load();
    }
  }

  return {
    decide,
    honourGpc,
    save(wanted: Partial<Record<ConsentKey<C, S>, boolean>>) {
      if (process.env.NODE_ENV !== 'production') {
        for (const key of Object.keys(wanted ?? {})) {
          if (!keys.includes(key as C)) warn(`save(): unknown ${key.startsWith('service:') ? 'service' : 'category'} "${key}" ignored`);
          else if (typeof wanted[key as C] !== 'boolean') warn(`save(): choice for "${key}" is not a boolean; ignored`);
        }
      }
      decide('custom', wanted);
    },
    reset() {
      store.read();
      store.saved = undefined;
      store.generation++;
      store.erase(ids);
      // A marker that outlives every race between tabs, then lapses: nothing of the decision is kept.
      stamp('reset', 86400, {});
      store.setState({ status: 'ready', ...store.evaluate(null)[0] });
    },
  };
}
