import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';
import { cssText } from './scripts/css-text';

const shared = {
  sourcemap: false,
  target: 'es2020',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  outDir: 'dist',
} satisfies Options;

/**
 * Keeps the main entry's modules as separate files (dist/ mirrors src/): each output file bundles
 * only itself and imports its neighbours by their built names (`./core/store.js`, or `.cjs`).
 *
 * Why not one bundle with chunks: a user's bundler drops whole unused modules thanks to
 * `"sideEffects": ["**\/*.css"]`, but inside one pre-bundled file it can only drop statements it
 * can prove pure. Pre-bundled, the provider alone dragged in the toggle's Radix Switch through a
 * shared chunk. Kept apart, an app that renders only the provider and hooks ships only those
 * modules, and `import('./preferences-dialog.js')` stays a real split point for the app's bundler,
 * so the dialog and its Radix code load on first open.
 */
function preserveModules(extension: '.js' | '.cjs'): Plugin {
  const sourceExtensions = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
  return {
    name: 'consentkit-preserve-modules',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const base = path.resolve(args.resolveDir, args.path);
        const found = sourceExtensions.find((ext) => existsSync(base + ext));
        if (!found) return { errors: [{ text: `cannot find the source of ${args.path} from ${args.importer}` }] };
        const built = found.startsWith('/index') ? `${args.path}/index${extension}` : `${args.path}${extension}`;
        return { path: built, external: true };
      });
    },
  };
}

/**
 * Modules that use hooks, context or the DOM from React: only these carry "use client", so that
 * React Server Components can still import `defineConsentConfig`, the store and the adapters from
 * the main entry and run them on the server, while every component and hook they import becomes a
 * client reference. (tsup's `treeshake` option would drop the banner, so it stays off.)
 */
const clientModules = ['src/react/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/integrations/*.tsx'];

/** Every other module of the main entry's graph; the server, locale and testing entries are built on their own. */
const plainModules = ['src/**/*.{ts,tsx}', '!src/**/*.d.ts', '!src/server/**', '!src/locales/**', '!src/testing/**', ...clientModules.map((glob) => `!${glob}`)];

/**
 * One entry per file in src/locales (`locales/pt-BR` from `src/locales/pt-BR.ts`), published as
 * `consentkit/locales/<tag>` through the `./locales/*` export. Each is its own bundle of one
 * messages object, so an app ships only the locales it imports.
 */
const localeEntries = Object.fromEntries(
  readdirSync('src/locales')
    .filter((file) => /^[\w-]+\.ts$/.test(file))
    .map((file) => [`locales/${file.slice(0, -3)}`, `src/locales/${file}`]),
);

/**
 * How the CJS build's modules load each other:
 * - the lazy parts (the dialog, the switch, cross-tab sync) with `require()`: an `import()` left in
 *   a CommonJS file throws in Jest ("A dynamic import callback was invoked without
 *   --experimental-vm-modules"), the runner CommonJS apps test with. Bundlers and Next take the
 *   ESM build, where `import()` stays a split point.
 * - a default import of a neighbour as its `default` export: esbuild's Node-style interop (the
 *   `, 1`, chosen because package.json says `"type": "module"`) would hand over the whole
 *   `module.exports`, and React then renders an object instead of the dialog or the switch.
 */
const cjsInterop: NonNullable<Options['plugins']>[number] = {
  name: 'consentkit-cjs-interop',
  renderChunk(code) {
    const neighbour = String.raw`"\.\.?/[^"]+\.cjs"`;
    return {
      code: code
        .replace(RegExp(String.raw`\bimport\((${neighbour})\)`, 'g'), 'Promise.resolve().then(() => require($1))')
        .replace(RegExp(String.raw`__toESM\(require\((${neighbour})\), 1\)`, 'g'), '__toESM(require($1))'),
    };
  },
};

const moduleBuilds = (['esm', 'cjs'] as const).flatMap((format): Options[] => {
  const common: Options = { ...shared, format: [format], splitting: false, esbuildPlugins: [cssText, preserveModules(format === 'esm' ? '.js' : '.cjs')] };
  if (format === 'cjs') common.plugins = [cjsInterop];
  return [
    // Types: one rolled-up declaration file per format for the public surface.
    { ...common, entry: plainModules, dts: { entry: { index: 'src/index.ts' } } },
    { ...common, entry: clientModules, banner: { js: '"use client";' } },
  ];
});

/**
 * The theme is plain CSS with custom properties, written in parts (src/styles/: base, dialog,
 * toggle, table) and shipped as one stylesheet, `consentkit/styles.css`: the parts concatenated in
 * the order src/styles/index.css imports them, base first, so that base.css holds only what the
 * first paint needs.
 */
export async function buildTheme(outFile = 'dist/styles.css', styles = path.resolve('src/styles')): Promise<void> {
  const index = await readFile(path.join(styles, 'index.css'), 'utf8');
  const parts = [...index.matchAll(/@import '\.\/([\w-]+\.css)';/g)].map((match) => match[1]!);
  if (parts[0] !== 'base.css') throw new Error('src/styles/index.css must import base.css first');
  const css = await Promise.all(parts.map((part) => readFile(path.join(styles, part), 'utf8')));
  await writeFile(outFile, css.join('\n'));
  // Each part on its own as well (`consentkit/styles/<part>.css`), and the first paint's rules as
  // `consentkit/banner.css`: a page can load base.css alone up front and the parts where it renders them.
  const dir = path.join(path.dirname(outFile), 'styles');
  await mkdir(dir, { recursive: true });
  await Promise.all(parts.map((part, i) => writeFile(path.join(dir, part), css[i]!)));
  await writeFile(path.join(path.dirname(outFile), 'banner.css'), css[0]!);
}

/**
 * The test helpers (`consentkit/testing`, `consentkit/testing/storybook`) render the app's own
 * `ConsentProvider`: their imports from outside src/testing/ point at the main entry's built files
 * (`../react/provider.js`), so that a test and the app under test share one React context and one
 * store implementation. Their own modules are bundled into one file per entry.
 */
function mainModules(): Plugin {
  const testing = path.resolve('src/testing');
  const sourceExtensions = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
  return {
    name: 'consentkit-main-modules',
    setup(build) {
      const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const base = path.resolve(args.resolveDir, args.path);
        if (args.kind === 'entry-point' || base.startsWith(testing + path.sep)) return undefined;
        const found = sourceExtensions.find((ext) => existsSync(base + ext));
        if (!found) return { errors: [{ text: `cannot find the source of ${args.path} from ${args.importer}` }] };
        const built = path.relative(testing, base) + (found.startsWith('/index') ? `/index${extension}` : extension);
        return { path: built.split(path.sep).join('/'), external: true };
      });
    },
  };
}

/** Peers a test helper loads only where it is used: never bundled, never required by the package. */
const testPeers = ['@testing-library/react', 'playwright', '@playwright/test'];

export default defineConfig([
  ...moduleBuilds,
  {
    ...shared,
    dts: true,
    format: ['esm', 'cjs'],
    // Self-contained bundles: the server helpers carry their own copy of the core and of the policy
    // table's markup, with no "use client" directive, so a React Server Component can call and
    // render them (a client module imported there would become a reference it cannot call).
    entry: {
      'server/index': 'src/server/index.ts',
      ...localeEntries,
    },
    // Locale text ships as written: esbuild's default \u escapes would make Greek, Cyrillic,
    // Arabic or Japanese strings two to three times longer before gzip.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    onSuccess: () => buildTheme(),
  },
  {
    ...shared,
    dts: true,
    format: ['esm', 'cjs'],
    splitting: false,
    external: [...shared.external, ...testPeers],
    entry: { 'testing/index': 'src/testing/index.ts', 'testing/storybook': 'src/testing/storybook/index.ts' },
    esbuildPlugins: [mainModules()],
  },
  {
    ...shared,
    dts: true,
    format: ['esm', 'cjs'],
    splitting: false,
    external: [...shared.external, ...testPeers],
    // Runs in the test runner's Node process, beside Playwright: self-contained (the codec, the
    // store and the config's name matching bundled in), with no React and no DOM.
    entry: { 'testing/playwright': 'src/testing/playwright/index.ts' },
  },
]);
