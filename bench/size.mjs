// What consentkit costs a user's page, measured the way an app would ship it, next to the peers.
//
//   npm run bench                 build, then measure
//   node bench/size.mjs --no-build   measure the existing dist/ (builds when it is missing)
//   node bench/size.mjs --json       also print the figures as JSON
//
// Each scenario is a tiny app entry bundled from the *built* package (dist/, resolved through
// package.json `exports`, `sideEffects` honoured): minified, NODE_ENV=production, ESM, code
// splitting on, React and React DOM external (every peer needs them too). Sizes are per output
// file, gzip level 9, summed; 1 KB = 1000 bytes. "First load" is the entry with every chunk and
// stylesheet it imports statically; chunks reached only through `import()` are counted as lazy.
// Figures are printed, not asserted: the budgets are shown beside them.
//
// Two bundlers, because they split differently: esbuild, and Rolldown (what Vite 8 builds with).
// esbuild turns every `import()` it parses into a chunk, even in modules the app never uses, and
// assigns whole files to chunks: a module reachable from the entry and also used by a lazy chunk
// (the category toggle and its Radix Switch) lands in a shared chunk of the first load. Rolldown
// drops unused dynamic imports and keeps such modules in the lazy chunk. Stylesheets are measured
// from esbuild's CSS output (minified) and counted in both columns.
import { build } from 'esbuild';
import { rolldown } from 'rolldown';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { APP_BUILD, builtPackage, resolveExport } from './paint/built-package.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

if (!args.has('--no-build') || !existsSync(path.join(root, 'dist/index.js'))) {
  console.log('Building consentkit (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const KB = 1000;
// Testing Library is external too: only the test-helper line (t) imports it, as a test would.
const REACT_EXTERNALS = ['react', 'react-dom', 'react/*', 'react-dom/*', 'scheduler', '@testing-library/react'];

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

const gzipSize = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
const total = (parts) => ({
  files: parts.length,
  minified: parts.reduce((sum, part) => sum + part.length, 0),
  gzip: parts.reduce((sum, part) => sum + gzipSize(part), 0),
});

async function measure(scenario, available) {
  const missing = (scenario.requires ?? []).filter((name) => !available.has(name));
  if (missing.length > 0) return { skipped: `${missing.join(', ')} not exported yet` };
  const esbuild = await measureEsbuild(scenario);
  let rolldownResult;
  try {
    rolldownResult = await measureRolldown(scenario, esbuild.css);
  } catch (error) {
    rolldownResult = { error: String(error.message ?? error).split('\n').slice(0, 3).join(' ') };
  }
  return { esbuild, rolldown: rolldownResult };
}

async function measureEsbuild({ code }) {
  const outdir = path.join(root, '.tmp/bench-out');
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'tsx', sourcefile: 'entry.tsx' },
    ...APP_BUILD,
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
  const sizeOf = (keys) => total(keys.map((key) => files.get(key)));
  const firstKeys = [...first];
  const lazyKeys = Object.keys(outputs).filter((key) => !first.has(key) && files.has(key));
  const inputsOf = (keys) => keys.flatMap((key) => Object.keys(outputs[key].inputs));
  // Each module's minified bytes in these files' JS, and its share of the gzip size (the same ratio
  // for every byte of a file: an estimate, but one that adds up).
  const modulesOf = (keys) => keys
    .filter((key) => key.endsWith('.js'))
    .flatMap((key) => {
      const ratio = gzipSize(files.get(key)) / files.get(key).length;
      return Object.entries(outputs[key].inputs).map(([input, { bytesInOutput }]) => ({ input, minified: bytesInOutput, gzip: bytesInOutput * ratio }));
    })
    .filter(({ minified }) => minified > 0)
    .sort((x, y) => y.minified - x.minified);
  return {
    modules: modulesOf(firstKeys),
    allModules: modulesOf([...firstKeys, ...lazyKeys]),
    first: sizeOf(firstKeys),
    firstFiles: firstKeys.filter((key) => key.endsWith('.js')).length,
    lazy: sizeOf(lazyKeys),
    all: sizeOf([...firstKeys, ...lazyKeys]),
    radixInFirst: inputsOf(firstKeys).filter((input) => input.includes('@radix-ui/')).length,
    radixInLazy: inputsOf(lazyKeys).filter((input) => input.includes('@radix-ui/')).length,
    css: firstKeys.filter((key) => key.endsWith('.css')).map((key) => files.get(key)),
  };
}

/** The same entry through Rolldown; stylesheets are left out of its graph and added from esbuild's. */
async function measureRolldown({ code }, css) {
  const bundle = await rolldown({
    input: 'entry',
    cwd: root,
    external: (id) => /^(react|react-dom|scheduler|@testing-library\/react)(\/|$)/.test(id),
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    logLevel: 'silent',
    onLog: () => {},
    plugins: [
      {
        name: 'bench-entry',
        resolveId(id, importer) {
          if (id === 'entry') return '\0bench-entry';
          // A stub module: Rolldown bundles no CSS (Vite does that), and the sizes come from esbuild's.
          if (id.endsWith('.css')) return `\0stylesheet:${id.replace(/\.css$/, '')}`;
          const match = /^consentkit(\/.*)?$/.exec(id);
          if (match) {
            const subpath = id === 'consentkit' ? '.' : `./${id.slice('consentkit/'.length)}`;
            return path.join(root, resolveExport(pkg.exports, subpath));
          }
          if (importer === '\0bench-entry') return this.resolve(id, path.join(root, 'entry.js'), { skipSelf: true });
          return null;
        },
        load(id) {
          if (id === '\0bench-entry') return code;
          if (id.startsWith('\0stylesheet:')) return { code: '', moduleSideEffects: true };
          return null;
        },
      },
    ],
  });
  const { output } = await bundle.generate({ format: 'esm', minify: true, chunkFileNames: 'chunk-[hash].js' });
  await bundle.close();
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  const first = new Set();
  const visit = (name) => {
    if (first.has(name) || !chunks.has(name)) return;
    first.add(name);
    for (const imported of chunks.get(name).imports) visit(imported);
  };
  visit(entry.fileName);
  const firstChunks = [...first].map((name) => chunks.get(name));
  const lazyChunks = [...chunks.values()].filter((chunk) => !first.has(chunk.fileName));
  const bytes = (list) => list.map((chunk) => Buffer.from(chunk.code));
  const radix = (list) => list.flatMap((chunk) => chunk.moduleIds).filter((id) => id.includes('@radix-ui/')).length;
  return {
    first: total([...bytes(firstChunks), ...css]),
    firstFiles: firstChunks.length,
    lazy: total(bytes(lazyChunks)),
    all: total([...bytes(firstChunks), ...bytes(lazyChunks), ...css]),
    radixInFirst: radix(firstChunks),
    radixInLazy: radix(lazyChunks),
  };
}

const hooks = ['ConsentProvider', 'useConsent', 'useCookie'];
// Every app calls defineConsentConfig, so a real first load carries it (its checks are development-only).
const firstLoad = [...hooks, 'defineConsentConfig', 'ConsentBanner', 'ConsentPreferences'];
const named = (names, from = 'consentkit') => `export { ${names.join(', ')} } from '${from}';\n`;

const scenarios = [
  { id: 'a', label: 'provider + hooks', code: named(hooks), requires: hooks, part: 'first', budget: 2.5 },
  { id: 'a2', label: 'provider + hooks + defineConsentConfig', code: named([...hooks, 'defineConsentConfig']), requires: [...hooks, 'defineConsentConfig'], part: 'first' },
  {
    id: 'b',
    label: 'first load: config, provider, hooks, banner, preferences entry, CSS',
    code: `import 'consentkit/styles.css';\n${named(firstLoad)}`,
    requires: firstLoad,
    part: 'first',
    budget: 5,
    checkRadix: true,
  },
  {
    id: 'b2',
    label: 'first load as b, with the first paint\'s rules alone (consentkit/banner.css)',
    code: `import 'consentkit/banner.css';\n${named(firstLoad)}`,
    requires: firstLoad,
    part: 'first',
    budget: 5,
  },
  { id: 'c', label: 'preferences dialog chunk (lazy, on first open)', from: 'b', part: 'lazy' },
  { id: 'd', label: 'whole kit: every export + theme CSS, all chunks', code: `import 'consentkit/styles.css';\nexport * from 'consentkit';\n`, requires: ['ConsentBanner'], part: 'all', budget: 20 },
  {
    id: 'g',
    label: 'first load + a gate, an embed (YouTube preset) and the prompt',
    code: `import 'consentkit/styles.css';\n${named([...firstLoad, 'ConsentGate', 'ConsentEmbed', 'youtubeEmbed', 'ConsentPrompt'])}`,
    requires: [...firstLoad, 'ConsentGate', 'ConsentEmbed', 'youtubeEmbed', 'ConsentPrompt'],
    part: 'first',
  },
  { id: 'f', label: 'theme CSS alone (consentkit/styles.css)', code: `import 'consentkit/styles.css';\n`, part: 'first' },
  { id: 'f2', label: 'first paint CSS alone (consentkit/banner.css)', code: `import 'consentkit/banner.css';\n`, part: 'first' },
  { id: 'e', label: 'one locale (consentkit/locales/de)', code: `export { de } from 'consentkit/locales/de';\n`, part: 'all' },
  // Loaded by tests only, never by an app's pages: measured to show it stays out of a-d.
  { id: 't', label: 'test helpers (consentkit/testing), with the provider and store they render', code: `export * from 'consentkit/testing';\n`, part: 'all' },
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

// Locales: each measured alone (esbuild); the largest gets its own row beside `e`.
// A locale's messages (`de`), and beside them its extra texts (`deExtra`: notice, embed, prompt).
const exportName = (tag) => tag.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const localeSizes = [];
for (const file of readdirSync(path.join(root, 'dist/locales')).filter((name) => name.endsWith('.js'))) {
  const tag = file.slice(0, -'.js'.length);
  const { all } = await measureEsbuild({ code: `export { ${exportName(tag)} } from 'consentkit/locales/${tag}';\n` });
  const { all: both } = await measureEsbuild({ code: `export * from 'consentkit/locales/${tag}';\n` });
  localeSizes.push({ tag, ...all, extraGzip: both.gzip - all.gzip });
}
const largestLocale = localeSizes.reduce((largest, size) => (size.gzip > largest.gzip ? size : largest), localeSizes[0]);
if (largestLocale) {
  const at = scenarios.findIndex((scenario) => scenario.id === 'e') + 1;
  const code = `export { ${exportName(largestLocale.tag)} } from 'consentkit/locales/${largestLocale.tag}';\n`;
  scenarios.splice(at, 0, { id: 'e2', label: `largest of ${localeSizes.length} locales (consentkit/locales/${largestLocale.tag})`, code, part: 'all' });
}

/** Which locale modules an app that imports `consentkit` and one locale ends up bundling. */
async function localesShippedWith(tag) {
  const result = await build({
    stdin: { contents: `import 'consentkit/styles.css';\nexport * from 'consentkit';\nexport * from 'consentkit/locales/${tag}';\n`, resolveDir: root, loader: 'tsx' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir: path.join(root, '.tmp/bench-locales'),
    external: REACT_EXTERNALS,
    plugins: [builtPackage],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs)
    .filter((input) => input.startsWith('dist/locales/'))
    .map((input) => path.basename(input).replace(/\.(c?js)$/, ''));
}
const results = new Map();
const rows = [];
for (const scenario of scenarios) {
  let result = scenario.from ? results.get(scenario.from) : undefined;
  if (!scenario.from) {
    try {
      result = await measure(scenario, available);
    } catch (error) {
      result = { error: error.errors?.[0]?.text ?? String(error.message ?? error).split('\n')[0] };
    }
    results.set(scenario.id, result);
  }
  const pick = (bundler) => (result?.[bundler] && !result[bundler].error ? result[bundler][scenario.part] : undefined);
  rows.push({ scenario, result, esbuild: pick('esbuild'), rolldown: pick('rolldown') });
}

const kb = (bytes) => (bytes === undefined ? '–' : (bytes / KB).toFixed(2));
const verdict = (size, budget) => (budget === undefined || !size ? '' : size.gzip <= budget * KB ? 'yes' : 'NO');
const columns = [
  ['', 3],
  ['scenario', 66],
  ['min KB', 7, 'right'],
  ['gzip KB', 7, 'right'],
  ['gzip KB', 8, 'right'],
  ['budget', 6, 'right'],
  ['within budget', 16],
];
const line = (cells) => cells.map((cell, i) => (columns[i][2] ? String(cell).padStart(columns[i][1]) : String(cell).padEnd(columns[i][1]))).join('  ').trimEnd();

console.log('');
console.log(`consentkit ${pkg.version}: bundle sizes. Minified, gzip -9, react + react-dom external, 1 KB = 1000 B.`);
console.log('"esbuild" columns: esbuild 0.27 with code splitting; "rolldown": Rolldown 1.x, the bundler of Vite 8.');
console.log(line(['', '', 'esbuild', 'esbuild', 'rolldown', '', 'esbuild / rolldown']));
console.log(line(columns.map(([name]) => name)));
console.log(line(columns.map(([, width]) => '─'.repeat(width))));
const firstPeer = rows.find((row) => row.scenario.peer);
for (const row of rows) {
  const { scenario, result } = row;
  if (row === firstPeer) console.log(line(columns.map(([, width]) => '·'.repeat(width))));
  if (!row.esbuild) {
    const why = result?.skipped ? `skipped: ${result.skipped}` : `error: ${result?.error ?? result?.esbuild?.error ?? 'no result'}`;
    console.log(line([scenario.id, scenario.label, '', '', '', scenario.budget ?? '', '']) + `  (${why})`);
    continue;
  }
  const within = scenario.budget === undefined ? '' : `${verdict(row.esbuild, scenario.budget)} / ${verdict(row.rolldown, scenario.budget) || '–'}`;
  console.log(line([scenario.id, scenario.label, kb(row.esbuild.minified), kb(row.esbuild.gzip), kb(row.rolldown?.gzip), scenario.budget ?? '', within]));
  if (result?.rolldown?.error && !scenario.from) console.log(`     (rolldown failed: ${result.rolldown.error})`);
}
console.log('');

const byModule = (modules) => modules.map(({ input, minified, gzip }) => `${input.replace(/^dist\//, '').replace(/\.js$/, '')} ${minified} B ≈ ${kb(gzip)}`).join(', ');
// The whole kit by where its bytes come from: consentkit's own folders, and each package it bundles.
const byGroup = (modules) => {
  const groups = new Map();
  for (const { input, gzip } of modules) {
    const pkgName = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
    // Every package but clsx comes with Radix Dialog (react-remove-scroll, aria-hidden, …).
    const group = pkgName ? (pkgName === 'clsx' ? 'clsx' : 'Radix and its dependencies') : `consentkit ${input.replace(/^dist\//, '').split('/').slice(0, -1).join('/') || '.'}`;
    groups.set(group, (groups.get(group) ?? 0) + gzip);
  }
  return [...groups].sort((x, y) => y[1] - x[1]).map(([group, gzip]) => `${group} ${kb(gzip)}`).join(', ');
};

const b = results.get('b');
if (b?.esbuild) {
  for (const bundler of ['esbuild', 'rolldown']) {
    const m = b[bundler];
    if (!m || m.error) continue;
    const lazy = m.lazy.files > 0;
    const ok = m.first.gzip <= 5 * KB && m.radixInFirst === 0 && lazy;
    console.log(
      `${bundler.padEnd(8)} first load ${kb(m.first.gzip)} KB gzip, Radix modules in it: ${m.radixInFirst}; ` +
        `dialog chunk: ${lazy ? `${kb(m.lazy.gzip)} KB gzip, ${m.radixInLazy} Radix modules` : 'NONE'}`,
    );
    console.log(`${bundler.padEnd(8)} within budget (first load ≤ 5 KB gzip, dialog + Radix lazy): ${ok ? 'yes' : 'no'}`);
  }
  // What each byte buys: the first load's modules, largest first (dist/ paths, as an app bundles them).
  console.log(`esbuild  first load by module (minified B ≈ gzip KB): ${byModule(b.esbuild.modules)}`);
  // React and React DOM are external here; an app's bundler puts them in files of their own either way.
  const files = ['esbuild', 'rolldown'].map((bundler) => `${bundler} ${b[bundler]?.firstFiles ?? '–'}`).join(', ');
  console.log(`first-load JS files of scenario b besides React (1 = the app's entry alone): ${files}`);
} else {
  console.log('within budget (first load ≤ 5 KB gzip, dialog + Radix lazy): not measured (components not exported yet)');
}
const a = results.get('a');
if (a?.esbuild?.modules) console.log(`esbuild  provider + hooks by module (minified B ≈ gzip KB): ${byModule(a.esbuild.modules)}`);
const d = results.get('d');
if (d?.esbuild?.allModules) {
  const css = d.esbuild.css.reduce((sum, file) => sum + gzipSize(file), 0);
  // What no module owns: each chunk's imports and exports, and esbuild's module helpers.
  const glue = d.esbuild.all.gzip - css - d.esbuild.allModules.reduce((sum, { gzip }) => sum + gzip, 0);
  console.log(`esbuild  whole kit by source (gzip KB, a file's JS shared by its modules by size): ${byGroup(d.esbuild.allModules)}, theme CSS ${kb(css)}, chunks' imports and exports ${kb(glue)}`);
  console.log(`esbuild  whole kit, consentkit's own modules (minified B ≈ gzip KB): ${byModule(d.esbuild.allModules.filter(({ input }) => !input.includes('node_modules/')))}`);
}
for (const [id, text, budget] of [
  ['d', 'whole kit ≤ 20 KB gzip', 20],
  ['a', 'provider + hooks ≤ 2.5 KB gzip', 2.5],
]) {
  const row = rows.find((r) => r.scenario.id === id);
  for (const bundler of ['esbuild', 'rolldown']) {
    const size = row[bundler];
    console.log(`${bundler.padEnd(8)} within budget (${text}): ${size ? (size.gzip <= budget * KB ? 'yes' : 'no') : 'not measured'}`);
  }
}

if (largestLocale) {
  const over = localeSizes.filter((size) => size.gzip > KB).map((size) => size.tag);
  const shipped = await localesShippedWith('de');
  console.log(
    `locales  ${localeSizes.length}, each ≤ 1 KB gzip (esbuild): ${over.length === 0 ? 'yes' : `no (${over.join(', ')})`}; ` +
      `largest ${largestLocale.tag} ${kb(largestLocale.gzip)} KB, smallest ${kb(Math.min(...localeSizes.map((size) => size.gzip)))} KB; ` +
      `its extra texts (notice, embed, prompt) add at most ${kb(Math.max(...localeSizes.map((size) => size.extraGzip)))} KB more`,
  );
  console.log(`locales  the whole kit + consentkit/locales/de ships only that locale: ${shipped.join(',') === 'de' ? 'yes' : `no (${shipped.join(', ')})`}`);
}

if (args.has('--json')) {
  const json = Object.fromEntries(rows.map(({ scenario, esbuild, rolldown, result }) => [scenario.id, esbuild ? { esbuild, rolldown } : result]));
  json.locales = Object.fromEntries(localeSizes.map(({ tag, ...size }) => [tag, size]));
  console.log(JSON.stringify(json, null, 2));
}
