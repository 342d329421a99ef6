// How fast the page paints, and how soon its Accept button can be pressed, with consentkit next to
// a hand-written banner (the floor) and the peers. Printed, not asserted; never part of `npm test`.
//
//   npm run bench:paint                     build, then measure (10 loads per variant and protocol)
//   node bench/paint.mjs --no-build         measure the existing dist/ (builds when it is missing)
//   node bench/paint.mjs --runs 5 --json    fewer loads; also print every figure as JSON
//   node bench/paint.mjs --bundler rolldown serve the pages Rolldown built (default: esbuild's)
//
// Each variant is the same article page (a React app: headline, a large lede that is the page's
// LCP element, paragraphs) with a different consent banner, built with esbuild from the *built*
// package (dist/, through package.json `exports`): React and React DOM bundled, production,
// minified, code splitting on (bench/paint/build.mjs). Served from memory with brotli, over HTTP/2
// and over HTTP/1.1 (bench/paint/serve.mjs); loaded in Debian's Chromium, one fresh context per
// load (empty cache, no cookies), CPU and network throttled through the DevTools protocol
// (bench/paint/measure.mjs). Loads are interleaved: each run loads every variant once per protocol,
// in a rotating order; the table shows medians, and a second table each variant's per-run ratios
// to the floor with a 95% interval, against the first-paint targets (bench/paint/paired.mjs). Rolldown (Vite 8's bundler) builds the same entries
// too: the table counts the JS files each bundler's entry loads first, and `--bundler rolldown`
// serves Rolldown's pages instead.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { root } from './paint/built-package.mjs';
import { buildWithEsbuild, buildWithRolldown } from './paint/build.mjs';
import { EMULATION, launch, load } from './paint/measure.mjs';
import { pairedRatio, quantile, verdict } from './paint/paired.mjs';
import { startServers } from './paint/serve.mjs';
import { variants } from './paint/variants.mjs';

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt === -1 ? 10 : Number(argv[runsAt + 1]);
if (!Number.isInteger(runs) || runs < 1) throw new TypeError('--runs takes a whole number of loads, 1 or more');
const bundlerAt = argv.indexOf('--bundler');
const served = bundlerAt === -1 ? 'esbuild' : argv[bundlerAt + 1];
if (served !== 'esbuild' && served !== 'rolldown') throw new TypeError('--bundler takes esbuild or rolldown');
const started = Date.now();
const tmp = path.join(root, '.tmp/paint');

if (!argv.includes('--no-build') || !existsSync(path.join(root, 'dist/index.js'))) {
  console.log('Building consentkit (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
execFileSync('bash', [path.join(root, 'scripts/ensure-chromium.sh')], { stdio: 'inherit' });

// Build every page; the servers serve them from memory under /<variant>/.
const files = new Map();
const builds = new Map();
for (const variant of variants) {
  const esbuild = await buildWithEsbuild(variant, path.join(tmp, 'esbuild', variant.id));
  let rolldown;
  try {
    rolldown = await buildWithRolldown(variant, path.join(tmp, 'rolldown', variant.id), esbuild.css);
  } catch (error) {
    if (served === 'rolldown') throw error;
    rolldown = { error: String(error.message ?? error).split('\n')[0] };
  }
  for (const [name, contents] of (served === 'rolldown' ? rolldown : esbuild).files) files.set(`/${variant.id}/${name}`, contents);
  builds.set(variant.id, { esbuild, rolldown });
}

const servers = await startServers(files, tmp);
const browser = await launch();
const chromiumVersion = browser.version();
const protocols = [
  { id: 'h2', label: 'HTTP/2', origin: servers.h2 },
  { id: 'h1', label: 'HTTP/1.1', origin: servers.h1 },
];
const loads = new Map(variants.map((variant) => [variant.id, { h2: [], h1: [] }]));
const failures = [];
try {
  // The browser's first loads pay for its own warm-up: one per protocol, not counted.
  for (const protocol of protocols) await load(browser, `${protocol.origin}/${variants[0].id}/`, variants[0].accept);
  process.stdout.write(`Loading ${variants.length} variants × ${protocols.length} protocols × ${runs} runs `);
  for (let run = 0; run < runs; run++) {
    for (const protocol of run % 2 ? [...protocols].reverse() : protocols) {
      for (let i = 0; i < variants.length; i++) {
        const variant = variants[(i + run) % variants.length];
        try {
          const result = await load(browser, `${protocol.origin}/${variant.id}/`, variant.accept);
          if (result.errors.length > 0) failures.push(`${variant.id} ${protocol.label}: ${result.errors[0]}`);
          if (result.shown === undefined) failures.push(`${variant.id} ${protocol.label}: no Accept button shown within 30 s`);
          loads.get(variant.id)[protocol.id].push({ ...result, run });
        } catch (error) {
          failures.push(`${variant.id} ${protocol.label}: ${String(error.message ?? error).split('\n')[0]}`);
        }
      }
    }
    process.stdout.write('.');
  }
  process.stdout.write('\n');
} finally {
  await browser.close();
  await servers.close();
}

const median = (values) => quantile(values, 0.5);
const KB = 1000;
const figures = Object.fromEntries(
  variants.map(({ id }) => {
    const { esbuild, rolldown } = builds.get(id);
    const of = (protocol, key) => median(loads.get(id)[protocol].map((result) => result[key]));
    // The middle half of the loads: how far apart two runs of the same page fall on this machine.
    const spread = (protocol, key) => [0.25, 0.75].map((q) => quantile(loads.get(id)[protocol].map((result) => result[key]), q));
    return [
      id,
      {
        spread: { lcpH2: spread('h2', 'lcp'), lcpH1: spread('h1', 'lcp'), visibleH2: spread('h2', 'visible'), visibleH1: spread('h1', 'visible') },
        lcpH2: of('h2', 'lcp'),
        lcpH1: of('h1', 'lcp'),
        visibleH2: of('h2', 'visible'),
        visibleH1: of('h1', 'visible'),
        shownH2: of('h2', 'shown'),
        shownH1: of('h1', 'shown'),
        jsFiles: of('h2', 'jsFiles'),
        cssFiles: of('h2', 'cssFiles'),
        transferred: of('h2', 'bytes'),
        gzipFirstLoad: (served === 'rolldown' ? rolldown : esbuild).firstLoad.gzip,
        esbuildJsFiles: esbuild.firstLoad.js,
        rolldownJsFiles: rolldown.firstLoad?.js,
        esbuildBannerChunks: esbuild.firstLoad.bannerChunks,
        rolldownBannerChunks: rolldown.firstLoad?.bannerChunks,
        lcpElements: [...new Set(['h2', 'h1'].flatMap((protocol) => loads.get(id)[protocol].map((result) => result.lcpElement)))],
        loads: loads.get(id).h2.length + loads.get(id).h1.length,
      },
    ];
  }),
);

// One row per figure, one column per variant: the median and its ratio to the floor.
const floor = figures[variants[0].id];
const ratio = (value, base) => (value === undefined || !base ? '' : ` (${(value / base).toFixed(2)}×)`);
const ms = (key) => (id) => (figures[id][key] === undefined ? '–' : `${Math.round(figures[id][key])} ms${ratio(figures[id][key], floor[key])}`);
const count = (key) => (id) => (figures[id][key] === undefined ? '–' : `${figures[id][key]}${ratio(figures[id][key], floor[key])}`);
const kb = (key) => (id) => (figures[id][key] === undefined ? '–' : `${(figures[id][key] / KB).toFixed(1)} KB${ratio(figures[id][key], floor[key])}`);
const middle = (key) => (id) => {
  const [low, high] = figures[id].spread[key];
  return low === undefined ? '–' : `${Math.round(low)}–${Math.round(high)} ms`;
};
const added = (id) => `${id === variants[0].id ? '' : '+'}${((figures[id].gzipFirstLoad - floor.gzipFirstLoad) / KB).toFixed(1)} KB`;
const rows = [
  ['LCP, HTTP/2', ms('lcpH2')],
  ['  middle half of the loads', middle('lcpH2')],
  ['LCP, HTTP/1.1', ms('lcpH1')],
  ['  middle half of the loads', middle('lcpH1')],
  ['Accept visible, HTTP/2', ms('visibleH2')],
  ['  middle half of the loads', middle('visibleH2')],
  ['Accept visible, HTTP/1.1', ms('visibleH1')],
  ['  middle half of the loads', middle('visibleH1')],
  ['Accept fully shown, HTTP/2', ms('shownH2')],
  ['Accept fully shown, HTTP/1.1', ms('shownH1')],
  ['first-load JS files (network)', count('jsFiles')],
  ['first-load CSS files (network)', (id) => String(figures[id].cssFiles ?? '–')],
  ['first-load JS + CSS transferred', kb('transferred')],
  [`first-load gzip, ${served === 'rolldown' ? 'Rolldown' : 'esbuild'}`, kb('gzipFirstLoad')],
  ['  added over the floor', added],
  ['first-load JS files: esbuild', count('esbuildJsFiles')],
  ['first-load JS files: Rolldown', (id) => (builds.get(id).rolldown.error ? 'error' : count('rolldownJsFiles')(id))],
  ['  of which banner chunks: esbuild, Rolldown', (id) => `${figures[id].esbuildBannerChunks}, ${figures[id].rolldownBannerChunks ?? '–'}`],
];
const header = ['', ...variants.map((variant) => variant.label)];
const cells = [header, ...rows.map(([label, cell]) => [label, ...variants.map(({ id }) => cell(id))])];
/** Prints `cells` (a header row, then rows) as columns: labels left, figures right. */
const printTable = (cells) => {
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(line(cells[0]));
  console.log(line(widths.map((width) => '─'.repeat(width))));
  for (const row of cells.slice(1)) console.log(line(row));
};

const { cpuSlowdown, latencyMs, downKbps, upKbps, viewport, deviceScaleFactor } = EMULATION;
console.log('');
console.log(`First paint: the same article page with each banner. Medians of ${runs} loads per variant and protocol, interleaved.`);
console.log(
  `Emulated in Chromium ${chromiumVersion} through the DevTools protocol: ${cpuSlowdown}× CPU slowdown; network ${latencyMs} ms added ` +
    `to each request, ${downKbps / 1000} Mbps down, ${upKbps} Kbps up (Lighthouse's mobile figures, applied per request, not per packet); ` +
    `${viewport.width}×${viewport.height} at ${deviceScaleFactor}x, a phone's user agent. Fresh context per load (empty cache, no cookies).`,
);
console.log(
  `Built with ${served === 'rolldown' ? 'Rolldown 1.x (JS) and esbuild (CSS)' : 'esbuild 0.27'} (React bundled, production, minified, code splitting on, no preload hints), served with brotli from ` +
    'node:http (HTTP/1.1) and node:http2 (HTTP/2 over TLS). Times from navigation start; "Accept visible": first animation frame ' +
    'with the button in the viewport, sized, opacity 1 up its ancestors; "fully shown": and no animation or transition running on them.',
);
printTable(cells);
console.log(
  '"network" counts every JS and CSS file fetched before any interaction, import() at startup included; "esbuild" and "Rolldown" ' +
    'count the files the entry imports statically (the critical path), and of those the chunks besides the entry that hold banner ' +
    'code (anything but React and the article). Ratios are to the hand-written floor.',
)
// Each variant against the floor load by load: the ratios of loads made in the same run over the
// same protocol, their median and its 95% interval (bench/paint/paired.mjs).
const TARGETS = { lcpH1: 1.05, visibleH2: 1.1, visibleH1: 1.1 };
const PAIRED = [['lcpH2', 'h2', 'lcp', 'LCP, HTTP/2'], ['lcpH1', 'h1', 'lcp', 'LCP, HTTP/1.1'], ['visibleH2', 'h2', 'visible', 'Accept visible, HTTP/2'], ['visibleH1', 'h1', 'visible', 'Accept visible, HTTP/1.1']];
const pairedWith = (id, base, protocol, key) => {
  const by = new Map(loads.get(base)[protocol].map((result) => [result.run, result[key]]));
  return pairedRatio(loads.get(id)[protocol].map((result) => result[key] / by.get(result.run)));
};
const paired = Object.fromEntries(variants.slice(1).map(({ id }) => [id, Object.fromEntries(PAIRED.map(([figure, protocol, key]) => [figure, pairedWith(id, variants[0].id, protocol, key)]))]));
const interval = (found) => (found ? `${found.median.toFixed(2)}× [${found.low.toFixed(2)}–${found.high.toFixed(2)}]` : '–');
const pairedCells = [
  ['paired with the floor', ...variants.slice(1).map((variant) => variant.label)],
  ...PAIRED.map(([figure, , , label]) => [label, ...variants.slice(1).map(({ id }) => interval(paired[id][figure]))]),
];
console.log('');
printTable(pairedCells);
console.log(
  'Median of the per-run ratios to the floor (loads of the same run and protocol, made seconds apart), with its 95% bootstrap ' +
    'interval over the runs. consentkit against the targets: ' +
    Object.entries(TARGETS)
      .map(([figure, target]) => {
        const found = paired.consentkit?.[figure];
        return `${PAIRED.find(([name]) => name === figure)[3]} ≤ ${target.toFixed(2)}×: ${found ? verdict(found, target) : '–'}`;
      })
      .join('; ') +
    ' ("met": the whole interval within the target, "missed": the whole interval beyond it, "undecided": the interval spans it).',
);
console.log('');
const lcpOthers = variants.filter(({ id }) => figures[id].lcpElements.some((element) => element !== 'p.lede'));
if (lcpOthers.length > 0) console.log(`note: the LCP element was not always the lede: ${lcpOthers.map(({ id }) => `${id} (${figures[id].lcpElements.join(', ')})`).join('; ')}`);
for (const failure of failures.slice(0, 10)) console.log(`failed load: ${failure}`);
const load1 = loadavg()[0];
console.log(`${runs * variants.length * protocols.length} loads in ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${load1.toFixed(2)} at the end (busy machines make every figure slower; compare ratios).`);

if (argv.includes('--json')) {
  console.log(JSON.stringify({ runs, bundler: served, emulation: EMULATION, chromium: chromiumVersion, loadAverage: loadavg(), figures, paired, loads: Object.fromEntries(loads), failures }, null, 2));
}
