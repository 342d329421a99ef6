// How many components re-render when one category changes, next to a peer.
//
//   node bench/renders.mjs          (run by `npm run bench:renders` and at the end of `npm test`)
//
// A page has READERS components that read the "functional" category and READERS that read
// "analytics"; the person then grants analytics. A reader of functional that re-renders did work
// for nothing. Counted with React's <Profiler> in jsdom, production-like React (act, one commit
// per change), from the built package for consentkit and the published package for the peer.
// Figures are printed, not asserted (the unit tests assert the consentkit side).
import { JSDOM } from 'jsdom';

const READERS = 10;
const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://shop.example.com/' });
for (const key of ['window', 'document', 'navigator', 'localStorage', 'HTMLElement', 'Node', 'MutationObserver', 'getComputedStyle']) {
  if (!(key in globalThis)) Object.defineProperty(globalThis, key, { value: dom.window[key], configurable: true, writable: true });
}
// jsdom has no media queries; the peer asks for the colour scheme.
dom.window.matchMedia = (query) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} });
globalThis.matchMedia = dom.window.matchMedia;
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const { createElement: h, Profiler, act } = await import('react');
const { createRoot } = await import('react-dom/client');

/** Mounts `tree`, runs `change`, and returns how many readers of each group rendered for it. */
async function count(tree, change) {
  const renders = { functional: 0, analytics: 0 };
  let counting = false;
  const onRender = (id) => {
    if (counting) renders[id.split(':')[0]]++;
  };
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(tree((group, i, child) => h(Profiler, { id: `${group}:${i}`, onRender, key: `${group}${i}` }, child))));
  counting = true;
  await act(async () => change());
  counting = false;
  await act(async () => root.unmount());
  container.remove();
  return renders;
}

const results = [];

{
  const { ConsentProvider, createConsentStore, defineConsentConfig, memoryAdapter, useConsent } = await import('../dist/index.js');
  const config = defineConsentConfig({
    revision: 1,
    categories: {
      essential: { required: true, title: 'Essential', description: 'Needed.' },
      functional: { title: 'Functional', description: 'Settings.' },
      analytics: { title: 'Analytics', description: 'Statistics.' },
    },
  });
  const store = createConsentStore(config, { storage: memoryAdapter() });
  const Reader = ({ category }) => h('span', null, String(useConsent(category)));
  const renders = await count(
    (wrap) =>
      h(
        ConsentProvider,
        { store },
        ['functional', 'analytics'].flatMap((group) => Array.from({ length: READERS }, (_, i) => wrap(group, i, h(Reader, { category: group })))),
      ),
    () => store.save({ analytics: true }),
  );
  results.push({ name: "consentkit: useConsent('functional') / useConsent('analytics')", ...renders });
}

try {
  const { ConsentManagerProvider, useConsentManager } = await import('@c15t/react');
  let api;
  const Grab = () => {
    api = useConsentManager();
    return null;
  };
  const Reader = ({ category }) => h('span', null, String(useConsentManager().has(category)));
  const renders = await count(
    (wrap) =>
      h(ConsentManagerProvider, { options: { mode: 'offline', consentCategories: ['necessary', 'functionality', 'measurement'] } }, [
        h(Grab, { key: 'grab' }),
        ...['functional', 'analytics'].flatMap((group) =>
          Array.from({ length: READERS }, (_, i) => wrap(group, i, h(Reader, { category: group === 'functional' ? 'functionality' : 'measurement' }))),
        ),
      ]),
    () => api.setConsent('measurement', true),
  );
  results.push({ name: "@c15t/react: useConsentManager().has('functionality') / has('measurement')", ...renders });
} catch (error) {
  results.push({ name: '@c15t/react', error: String(error?.message ?? error).split('\n')[0] });
}

console.log(`\nRe-renders when analytics is granted, with ${READERS} readers of each category (fewer is better; readers of "functional" should not render at all).`);
const width = Math.max(...results.map((r) => r.name.length));
console.log(`${'reader hook'.padEnd(width)}  functional readers  analytics readers`);
for (const r of results) {
  if (r.error) console.log(`${r.name.padEnd(width)}  not measured: ${r.error}`);
  else console.log(`${r.name.padEnd(width)}  ${String(r.functional).padStart(18)}  ${String(r.analytics).padStart(17)}`);
}
