// Builds each variant's page as an app would ship it: React and React DOM bundled (production,
// minified), ESM, code splitting on, no preload hints (neither bundler writes HTML). esbuild builds
// the pages served by default; Rolldown (the bundler of Vite 8) builds the same entries, with
// esbuild's stylesheets since Rolldown bundles no CSS (Vite does that).
import { build } from 'esbuild';
import { rolldown } from 'rolldown';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { APP_BUILD, builtPackage, resolveBuilt, root } from './built-package.mjs';

const app = path.join(root, 'bench/paint/app');
const define = { 'process.env.NODE_ENV': '"production"' };
const gzip = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;

// The article's own styles, inline in every page, so the variants differ only in their banner.
const ARTICLE_CSS =
  'body{margin:0;font:17px/1.6 Georgia,serif;color:#222;background:#fff}' +
  '.article{max-width:40rem;margin:0 auto;padding:1rem}' +
  'h1{font:700 1.75rem/1.2 system-ui,sans-serif;margin:.5rem 0}' +
  '.lede{font-size:2rem;line-height:1.3;margin:0 0 1rem}' +
  '.article p:not(.lede){font-size:1rem}';

function page({ label, css, js }) {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>How a mastering engineer listens (${label})</title>` +
    `<style>${ARTICLE_CSS}</style>` +
    css.map((href) => `<link rel="stylesheet" href="${href}">`).join('') +
    `<script type="module" src="${js}"></script>` +
    '</head><body><div id="root"></div></body></html>'
  );
}

/**
 * Builds `variant` with esbuild into `outdir` and writes its index.html.
 * @returns {{ files: Map<string, Buffer>, firstLoad: { js: number, css: number, gzip: number }, lazy: number }}
 *   files by URL path under the variant's folder, and the first-load files the metafile predicts.
 */
export async function buildWithEsbuild(variant, outdir) {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: [path.join(app, variant.entry)],
    absWorkingDir: root,
    ...APP_BUILD,
    outdir,
    entryNames: 'entry-[hash]',
    chunkNames: 'chunk-[hash]',
    assetNames: 'asset-[hash]',
    define,
    plugins: [builtPackage],
    legalComments: 'none',
    logLevel: 'error',
  });
  const files = new Map();
  for (const file of result.outputFiles) files.set(path.relative(outdir, file.path), Buffer.from(file.contents));
  const outputs = result.metafile.outputs;
  const key = (output) => path.relative(outdir, path.join(root, output));
  const entry = Object.keys(outputs).find((output) => outputs[output].entryPoint && output.endsWith('.js'));
  const first = new Set();
  const visit = (output) => {
    if (first.has(output) || !outputs[output]) return;
    first.add(output);
    if (outputs[output].cssBundle) visit(outputs[output].cssBundle);
    for (const imported of outputs[output].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  const firstKeys = [...first].map(key);
  const css = firstKeys.filter((name) => name.endsWith('.css'));
  const modules = new Map(Object.entries(outputs).map(([output, { inputs }]) => [key(output), Object.keys(inputs)]));
  return finish(variant, outdir, files, { entry: key(entry), first: firstKeys, css, modules });
}

// Modules that every variant has: React, and the article page itself.
const COMMON = /(^|[\\/])(node_modules[\\/](react|react-dom|scheduler)[\\/]|bench[\\/]paint[\\/]app[\\/])/;

/**
 * Writes the page's index.html and every file into `outdir`, and sums up its first load.
 * `bannerChunks` counts the first-load JS files besides the entry that hold banner code (anything
 * but React and the article): the requests the consent library adds to the critical path.
 */
function finish(variant, outdir, files, { entry, first, css, modules }) {
  files.set('index.html', Buffer.from(page({ label: variant.label, css, js: entry })));
  mkdirSync(outdir, { recursive: true });
  for (const [name, contents] of files) writeFileSync(path.join(outdir, name), contents);
  const js = [...files.keys()].filter((name) => name.endsWith('.js'));
  return {
    files,
    css: new Map(css.map((name) => [name, files.get(name)])),
    firstLoad: {
      js: first.length - css.length,
      css: css.length,
      gzip: first.reduce((sum, name) => sum + gzip(files.get(name)), 0),
      bannerChunks: first.filter((name) => name !== entry && name.endsWith('.js') && modules.get(name)?.some((id) => !COMMON.test(id))).length,
    },
    lazy: js.filter((name) => !first.includes(name)).length,
  };
}

/**
 * Builds `variant` with Rolldown into `outdir`, with the stylesheets `css` (name → contents) that
 * esbuild made for it, and writes its index.html. Same result shape as {@link buildWithEsbuild}.
 */
export async function buildWithRolldown(variant, outdir, css) {
  rmSync(outdir, { recursive: true, force: true });
  const bundle = await rolldown({
    input: path.join(app, variant.entry),
    cwd: root,
    transform: { define, jsx: { runtime: 'automatic' } },
    logLevel: 'silent',
    onLog: () => {},
    plugins: [
      {
        name: 'paint-bench',
        resolveId(id) {
          if (id.endsWith('.css')) return `\0stylesheet:${id.slice(0, -'.css'.length)}`;
          return resolveBuilt(id) ?? null;
        },
        load(id) {
          return id.startsWith('\0stylesheet:') ? { code: '', moduleSideEffects: true } : null;
        },
      },
    ],
  });
  const { output } = await bundle.generate({ format: 'esm', minify: true, entryFileNames: 'entry-[hash].js', chunkFileNames: 'chunk-[hash].js' });
  await bundle.close();
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const first = new Set();
  const visit = (name) => {
    if (first.has(name) || !chunks.has(name)) return;
    first.add(name);
    for (const imported of chunks.get(name).imports) visit(imported);
  };
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry).fileName;
  visit(entry);
  const files = new Map([...chunks].map(([name, chunk]) => [name, Buffer.from(chunk.code)]));
  for (const [name, contents] of css) files.set(name, contents);
  const modules = new Map([...chunks].map(([name, chunk]) => [name, chunk.moduleIds]));
  return finish(variant, outdir, files, { entry, first: [...first, ...css.keys()], css: [...css.keys()], modules });
}
