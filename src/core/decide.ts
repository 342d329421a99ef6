import type { ConsentConfig } from './config';
import { optedOut, type CategoryChoice } from './evaluate';
import { choiceOf, type ConsentMethod, type ConsentRecord } from './record';

/** A decision's choices: every category's, and every service's with an id when services are recorded. */
export interface DecidedChoices {
  choices: Record<string, boolean>;
  services?: Record<string, boolean>;
}

/**
 * What a decision made now grants: explicit choices win, then what the method implies. Pure, so
 * that every rule of a decision reads in one place, apart from the store that keeps it.
 *
 * @param services the services with a consent of their own
 * @param current the choices and record the page shows now: `save()` keeps what it leaves out
 * @param recordServices record the services' choices (there are some, or Do Not Track counts)
 */
export function decideChoices(
  config: ConsentConfig,
  services: readonly { id: string; category: string }[],
  method: ConsentMethod,
  wanted: Partial<Record<string, boolean>>,
  current: { choices: Readonly<Record<string, CategoryChoice>>; record: ConsentRecord | null },
  gpc: boolean,
  dnt: boolean,
  recordServices: boolean,
): DecidedChoices {
  const { categoryIds, categories } = config;
  const given = (key: string) => typeof choiceOf(wanted, key) === 'boolean';
  // Saved choices and a GPC opt-out change what they name, and keep the rest.
  const keeps = method === 'custom' || method === 'gpc';
  const choices = Object.fromEntries(
    categoryIds.map((id) => [
      id,
      !!categories[id]!.required ||
        (given(id)
          ? wanted[id]!
          : // A service granted grants its category.
            services.some(({ id: service, category }) => category === id && choiceOf(wanted, `service:${service}`) === true) ||
            (method === 'accept-all'
              ? !optedOut(categories[id]!, gpc, dnt)
              : // save() keeps current grants for categories it leaves out (also a grant asked
                // again for a service added since); reject-all keeps none.
                keeps && (current.choices[id] === 'granted' || (current.choices[id] !== 'denied' && !!choiceOf(current.record?.choices, id))))),
    ]),
  );
  if (!recordServices) return { choices };
  return {
    choices,
    services: Object.fromEntries(
      services.map(({ id, category }) => [
        id,
        // Granted only with its category; then its own choice, else what its category was given
        // (Accept all, Reject all, a category switch), else what the decision held.
        choices[category]! &&
          (!!categories[category]!.required ||
            (given(`service:${id}`) ? wanted[`service:${id}`]! : !keeps || given(category) || !!choiceOf(current.record?.services, id))),
      ]),
    ),
  };
}
