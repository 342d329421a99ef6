// The pages the paint bench loads: one article, five ways of asking for consent on it.
// `accept` finds the banner's Accept button: the first element matching `selector` whose text
// matches `text`.

/** @typedef {{ id: string, label: string, entry: string, accept: { selector: string, text: string } }} Variant */

/** @type {Variant[]} */
export const variants = [
  { id: 'floor', label: 'hand-written floor', entry: 'floor.jsx', accept: { selector: '[data-bench-accept]', text: 'accept' } },
  { id: 'floor-lazy', label: 'floor + lazy panel', entry: 'floor-lazy.jsx', accept: { selector: '[data-bench-accept]', text: 'accept' } },
  { id: 'consentkit', label: 'consentkit', entry: 'consentkit.jsx', accept: { selector: '.ck-banner button', text: 'accept' } },
  { id: 'cookieconsent', label: 'vanilla-cookieconsent 3.1.0', entry: 'cookieconsent.jsx', accept: { selector: '#cc-main .cm [data-role="all"]', text: 'accept' } },
  { id: 'c15t', label: '@c15t/react 2.2.1', entry: 'c15t.jsx', accept: { selector: '[data-testid="consent-banner-accept-button"]', text: 'accept' } },
];
