/**
 * One file on the critical path: an app that renders the banner and the preferences entry point,
 * bundled with code splitting from the built package, loads consentkit's first-paint code inside
 * its own entry file. A module shared by the entry and the lazily loaded dialogs would make the
 * bundler split it into a chunk the entry imports: one more request before first paint.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { rolldown } from 'rolldown';
import { beforeAll, describe, expect, test } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REACT = /^(react|react-dom|scheduler)(\/|$)/;

// Scenario b of bench/size.mjs, plus the privacy choices link: each with a lazily loaded dialog.
const entry = [
  `import 'consentkit/styles.css';`,
  `export { ConsentProvider, useConsent, useCookie, defineConsentConfig, ConsentBanner, ConsentPreferences, PrivacyChoicesLink } from 'consentkit';`,
].join('\n');

beforeAll(async () => {
  if (!existsSync(path.join(root, 'dist/index.js'))) await promisify(execFile)('npm', ['run', '--silent', 'build'], { cwd: root });
}, 120_000);

/** The package's own modules (dist/…) in a chunk, by the bundler's module ids or input paths. */
const consentkitModules = (ids: string[]) => ids.filter((id) => !id.includes('node_modules') && id.split(path.sep).join('/').includes('dist/'));

describe('given an app bundled with code splitting from the built package', () => {
  test('esbuild: the entry imports no chunk holding a consentkit module, and the dialogs stay lazy', async () => {
    const result = await build({
      stdin: { contents: entry, resolveDir: root, loader: 'tsx' },
      bundle: true,
      write: false,
      metafile: true,
      minify: true,
      format: 'esm',
      splitting: true,
      outdir: path.join(root, '.tmp/first-load-files'),
      define: { 'process.env.NODE_ENV': '"production"' },
      external: ['react', 'react-dom', 'react/*', 'react-dom/*', 'scheduler'],
      logLevel: 'silent',
    });
    const { outputs } = result.metafile;
    const entryKey = Object.keys(outputs).find((key) => outputs[key]!.entryPoint && key.endsWith('.js'))!;
    const staticChunks = outputs[entryKey]!.imports.filter((imported) => !imported.external && imported.kind === 'import-statement').map((imported) => imported.path);
    const shared = staticChunks.flatMap((chunk) => consentkitModules(Object.keys(outputs[chunk]!.inputs)));
    expect(shared).toEqual([]);
    // The dialogs (and Radix) are still chunks of their own, loaded on first open.
    const lazy = outputs[entryKey]!.imports.filter((imported) => imported.kind === 'dynamic-import').map((imported) => Object.keys(outputs[imported.path]!.inputs));
    expect(lazy.some((inputs) => inputs.some((input) => input.endsWith('dist/components/preferences-dialog.js')))).toBe(true);
    expect(lazy.some((inputs) => inputs.some((input) => input.endsWith('dist/components/privacy-choices-dialog.js')))).toBe(true);
  });

  test('Rolldown (Vite 8): the first load is the entry chunk alone', async () => {
    const bundle = await rolldown({
      input: 'entry',
      cwd: root,
      external: (id) => REACT.test(id),
      transform: { define: { 'process.env.NODE_ENV': '"production"' } },
      logLevel: 'silent',
      plugins: [
        {
          name: 'entry',
          resolveId: (id) => (id === 'entry' ? '\0entry' : id.endsWith('.css') ? '\0css' : null),
          load: (id) => (id === '\0entry' ? entry : id === '\0css' ? '' : null),
        },
      ],
    });
    const { output } = await bundle.generate({ format: 'esm' });
    await bundle.close();
    const chunks = output.filter((item) => item.type === 'chunk');
    const main = chunks.find((chunk) => chunk.isEntry)!;
    expect(main.imports.filter((name) => !REACT.test(name))).toEqual([]);
    expect(main.dynamicImports.length).toBeGreaterThan(0);
  });
});
