// What consentkit costs a user's page, measured the way an app would ship it, next to the peers.
//
//   npm run bench                 build, then measure
//   node bench/size.mjs --no-build   measure the existing dist/ (builds when it is missing)
//   node bench/size.mjs --json       also print the figures as JSON
//
// Each scenario is a tiny app entry bundled by esbuild from the *built* package (dist/, resolved
// through package.json `exports`, `sideEffects` honoured): minified, NODE_ENV=production, ESM,
// code splitting on, React and React DOM external (every peer needs them too). Sizes are per output
// file, gzip level 9, summed; 1 KB = 1000 bytes. "First load" is the entry with every chunk and
// stylesheet it imports statically; chunks reached only through `import()` are counted as lazy.
// Figures are printed, not asserted: the budgets are shown beside them.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

if (!args.has('--no-build') || !existsSync(path.join(root, 'dist/index.js'))) {
  console.log('Building consentkit (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const KB = 1000;
const REACT_EXTERNALS = ['react', 'react-dom', 'react/*', 'react-dom/*', 'scheduler'];

/** Resolves `consentkit` and `consentkit/…` to the built files through the package's own exports map. */
const builtPackage = {
  name: 'built-consentkit',
  setup(b) {
    b.onResolve({ filter: /^consentkit(\/.*)?$/ }, ({ path: specifier }) => {
      const subpath = specifier === 'consentkit' ? '.' : `./${specifier.slice('consentkit/'.length)}`;
      const target = resolveExport(pkg.exports, subpath);
      if (!target) return { errors: [{ text: `consentkit does not export ${subpath}` }] };
      return { path: path.join(root, target) };
    });
  },
};

function resolveExport(exportsMap, subpath) {
  const pick = (entry, star) => {
    if (typeof entry === 'string') return star === undefined ? entry : entry.replaceAll('*', star);
    const chosen = entry.import ?? entry.default;
    return pick(typeof chosen === 'object' ? (chosen.default ?? chosen) : chosen, star);
  };
  if (exportsMap[subpath]) return pick(exportsMap[subpath]);
  for (const [key, entry] of Object.entries(exportsMap)) {
    const star = key.indexOf('*');
    if (star === -1) continue;
    const [before, after] = [key.slice(0, star), key.slice(star + 1)];
    if (subpath.startsWith(before) && subpath.endsWith(after) && subpath.length > before.length + after.length) {
      return pick(entry, subpath.slice(before.length, subpath.length - after.length));
    }
  }
  return undefined;
}

/** The names the built main entry exports, read from esbuild's metafile (nothing is executed). */
async function builtExports() {
  const result = await build({
    entryPoints: [path.join(root, 'dist/index.js')],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: path.join(root, '.tmp/bench-exports'),
    external: REACT_EXTERNALS,
    splitting: true,
    logLevel: 'silent',
  });
  const entry = Object.values(result.metafile.outputs).find((output) => output.entryPoint);
  return new Set(entry?.exports ?? []);
}

async function measure({ code, requires = [] }, available) {
  const missing = requires.filter((name) => !available.has(name));
  if (missing.length > 0) return { skipped: `${missing.join(', ')} not exported yet` };
  const outdir = path.join(root, '.tmp/bench-out');
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'tsx', sourcefile: 'entry.tsx' },
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    outdir,
    entryNames: 'entry',
    chunkNames: 'chunk-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: REACT_EXTERNALS,
    plugins: [builtPackage],
    legalComments: 'none',
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((file) => [path.relative(root, file.path), file.contents]));
  const outputs = result.metafile.outputs;
  const entryKey = Object.keys(outputs).find((key) => outputs[key].entryPoint && key.endsWith('.js'));

  // First load: the entry, its stylesheet, and everything reachable through static imports.
  const first = new Set();
  const visit = (key) => {
    if (first.has(key) || !outputs[key]) return;
    first.add(key);
    if (outputs[key].cssBundle) visit(outputs[key].cssBundle);
    for (const imported of outputs[key].imports) {
      if (!imported.external && imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit(entryKey);
  const sizeOf = (keys) => {
    let minified = 0;
    let gzip = 0;
    for (const key of keys) {
      const bytes = files.get(key);
      minified += bytes.length;
      gzip += gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
    }
    return { files: keys.length, minified, gzip };
  };
  const firstKeys = [...first];
  const lazyKeys = Object.keys(outputs).filter((key) => !first.has(key) && files.has(key));
  const inputsOf = (keys) => keys.flatMap((key) => Object.keys(outputs[key].inputs));
  return {
    first: sizeOf(firstKeys),
    lazy: sizeOf(lazyKeys),
    all: sizeOf([...firstKeys, ...lazyKeys]),
    radixInFirst: inputsOf(firstKeys).filter((input) => input.includes('@radix-ui/')).length,
    radixInLazy: inputsOf(lazyKeys).filter((input) => input.includes('@radix-ui/')).length,
  };
}

const hooks = ['ConsentProvider', 'useConsent', 'useCookie'];
const firstLoad = [...hooks, 'ConsentBanner', 'ConsentPreferences'];
const named = (names, from = 'consentkit') => `export { ${names.join(', ')} } from '${from}';\n`;

const scenarios = [
  { id: 'a', label: 'provider + hooks', code: named(hooks), requires: hooks, part: 'first', budget: 2.5 },
  { id: 'a2', label: 'provider + hooks + defineConsentConfig', code: named([...hooks, 'defineConsentConfig']), requires: [...hooks, 'defineConsentConfig'], part: 'first' },
  {
    id: 'b',
    label: 'first load: provider, hooks, banner, preferences entry, theme CSS',
    code: `import 'consentkit/styles.css';\n${named(firstLoad)}`,
    requires: firstLoad,
    part: 'first',
    budget: 5,
    checkRadix: true,
  },
  { id: 'c', label: 'preferences dialog chunk (lazy, on first open)', from: 'b', part: 'lazy' },
  { id: 'd', label: 'whole kit: every export + theme CSS, all chunks', code: `import 'consentkit/styles.css';\nexport * from 'consentkit';\n`, requires: ['ConsentBanner'], part: 'all', budget: 20 },
  { id: 'e', label: 'one locale (consentkit/locales/de)', code: `export { de } from 'consentkit/locales/de';\n`, part: 'all' },
  { id: 'p1', label: 'peer: vanilla-cookieconsent 3.1.0 (JS + CSS)', code: `import 'vanilla-cookieconsent/dist/cookieconsent.css';\nexport * from 'vanilla-cookieconsent';\n`, part: 'all', peer: true },
  {
    id: 'p2',
    label: 'peer: @c15t/react 2.2.1 (provider, banner, dialog, hook + CSS)',
    code: `import '@c15t/react/styles.css';\nexport { ConsentManagerProvider, ConsentBanner, ConsentDialog, useConsentManager } from '@c15t/react';\n`,
    part: 'all',
    peer: true,
  },
  {
    id: 'p3',
    label: 'peer: @radix-ui/react-dialog + react-switch alone',
    code:
      `export { Root, Trigger, Portal, Overlay, Content, Title, Description, Close } from '@radix-ui/react-dialog';\n` +
      `export { Root as SwitchRoot, Thumb as SwitchThumb } from '@radix-ui/react-switch';\n`,
    part: 'all',
    peer: true,
  },
];

const available = await builtExports();
const results = new Map();
const rows = [];
for (const scenario of scenarios) {
  let result;
  if (scenario.from) {
    result = results.get(scenario.from);
  } else {
    try {
      result = await measure(scenario, available);
    } catch (error) {
      result = { error: error.errors?.[0]?.text ?? String(error.message ?? error).split('\n')[0] };
    }
    results.set(scenario.id, result);
  }
  rows.push({ scenario, result, size: result && !result.skipped && !result.error ? result[scenario.part] : undefined });
}

const kb = (bytes) => (bytes / KB).toFixed(2);
const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));
const header = ['', 'scenario', 'files', 'min KB', 'gzip KB', 'budget', 'within budget'];
const widths = [3, 66, 5, 8, 8, 8, 13];
const line = (cells) => cells.map((cell, i) => pad(cell, widths[i], i >= 2 && i <= 5)).join('  ');

console.log('');
console.log(`consentkit ${pkg.version} bundle sizes (esbuild ${(await import('esbuild')).version}, minified, gzip -9, react/react-dom external, 1 KB = 1000 B)`);
console.log(line(header));
console.log(line(widths.map((w) => '─'.repeat(w))));
const firstPeer = rows.find((row) => row.scenario.peer);
for (const row of rows) {
  const { scenario, result, size } = row;
  if (row === firstPeer) console.log(line(widths.map((w) => '·'.repeat(w))));
  if (!size) {
    const why = result?.skipped ? `skipped: ${result.skipped}` : `error: ${result?.error ?? 'no result'}`;
    console.log(line([scenario.id, scenario.label, '', '', '', scenario.budget ?? '', '']) + `  (${why})`);
    continue;
  }
  const within = scenario.budget === undefined ? '' : size.gzip <= scenario.budget * KB ? 'yes' : 'NO';
  console.log(line([scenario.id, scenario.label, size.files, kb(size.minified), kb(size.gzip), scenario.budget ?? '', within]));
}
console.log('');

const b = results.get('b');
if (b && !b.skipped && !b.error) {
  const lazyOk = b.lazy.files > 0;
  console.log(`first load holds Radix code: ${b.radixInFirst > 0 ? `YES (${b.radixInFirst} Radix modules)` : 'no'}`);
  console.log(`preferences dialog split into a lazy chunk: ${lazyOk ? `yes (${b.lazy.files} file(s), ${b.radixInLazy} Radix modules)` : 'NO'}`);
  const firstBudget = b.first.gzip <= 5 * KB && b.radixInFirst === 0 && lazyOk;
  console.log(`within budget (first load ≤ 5 KB gzip, dialog + Radix lazy): ${firstBudget ? 'yes' : 'no'}`);
} else {
  console.log('within budget (first load ≤ 5 KB gzip, dialog + Radix lazy): not measured (components not exported yet)');
}
for (const [id, text, budget] of [
  ['d', 'whole kit ≤ 20 KB gzip', 20],
  ['a', 'provider + hooks ≤ 2.5 KB gzip', 2.5],
]) {
  const row = rows.find((r) => r.scenario.id === id);
  console.log(`within budget (${text}): ${row.size ? (row.size.gzip <= budget * KB ? 'yes' : 'no') : 'not measured'}`);
}

if (args.has('--json')) {
  const json = Object.fromEntries(rows.map(({ scenario, size, result }) => [scenario.id, size ?? result]));
  console.log(JSON.stringify(json, null, 2));
}
