// @vitest-environment node
import { build, type Metafile } from 'esbuild';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { cssText } from '../../scripts/css-text';

const root = resolve(__dirname, '../..');
const tags = readdirSync(resolve(root, 'src/locales'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));
const exportName = (tag: string) => tag.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/** An app entry bundled the way a user's bundler would: minified, production, React external. */
async function bundle(code: string, charset: 'utf8' | 'ascii' = 'utf8'): Promise<{ bytes: Uint8Array; metafile: Metafile }> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'tsx', sourcefile: 'app.tsx' },
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    format: 'esm',
    charset,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    plugins: [cssText],
    logLevel: 'silent',
  });
  return { bytes: result.outputFiles[0]!.contents, metafile: result.metafile };
}

const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
const localesIn = (metafile: Metafile) =>
  Object.keys(metafile.inputs)
    .filter((input) => input.startsWith('src/locales/'))
    .map((input) => input.slice('src/locales/'.length, -'.ts'.length));

/**
 * Most a locale's extra texts (`deExtra`: the updated-policy notice, the embed placeholder, the
 * prompt, the US opt-out link and dialog) may add beside its messages, in gzip bytes. They are
 * exported apart so that a locale's messages alone stay within 1 KB for every app that does not
 * use those parts. The largest, Greek as ASCII escapes, adds 724 B (660 B as UTF-8).
 */
const EXTRA_LIMIT = 750;

describe('locale size', () => {
  // UTF-8 as the package ships it (and Vite, Rolldown and webpack emit it); esbuild's default
  // ASCII output escapes each non-Latin letter and is measured beside it.
  test.each(tags)('%s adds at most 1 KB gzip (minified), as UTF-8 and as ASCII escapes; its extra texts at most 0.75 KB more, and only when imported', async (tag) => {
    const name = exportName(tag);
    for (const charset of ['utf8', 'ascii'] as const) {
      const alone = gzip((await bundle(`export { ${name} } from './src/locales/${tag}';\n`, charset)).bytes);
      const both = gzip((await bundle(`export { ${name}, ${name}Extra } from './src/locales/${tag}';\n`, charset)).bytes);
      expect(alone, `${tag} (${charset})`).toBeLessThanOrEqual(1000);
      expect(both - alone, `${tag}Extra (${charset})`).toBeLessThanOrEqual(EXTRA_LIMIT);
    }
  });

  test('an app that imports one locale ships no other', async () => {
    const { metafile, bytes } = await bundle(
      `import { ConsentProvider, ConsentBanner, ConsentPreferences, CookiePolicyTable } from './src/index';\n` +
        `import { pl } from './src/locales/pl';\n` +
        `export { ConsentProvider, ConsentBanner, ConsentPreferences, CookiePolicyTable, pl };\n`,
    );
    expect(localesIn(metafile)).toEqual(['pl']);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('Zaakceptuj wszystkie');
    for (const other of ['Alle akzeptieren', 'Tout accepter', 'Přijmout vše', 'Приемам всички']) expect(text).not.toContain(other);
  });

  test('the whole kit without a locale import ships none of the translations', async () => {
    const { metafile } = await bundle(`export * from './src/index';\n`);
    expect(localesIn(metafile)).toEqual([]);
  });
});
