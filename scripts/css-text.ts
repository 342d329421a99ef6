import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { transform, type Plugin } from 'esbuild';

/**
 * An esbuild plugin: a stylesheet imported as `./x.css?raw` becomes its minified text, so that a
 * lazily loaded part carries its rules with its code (src/components/theme-parts.ts). The package
 * build uses it, and so does every test that bundles src/ with esbuild; Vite (tests, Storybook)
 * reads the same import natively, and the built package holds plain strings.
 */
export const cssText: Plugin = {
  name: 'consentkit-css-text',
  setup(build) {
    // The path keeps its `?raw`: tsup's own stylesheet loader claims every path ending in `.css`.
    build.onResolve({ filter: /\.css\?raw$/ }, (args) => ({ path: path.relative(process.cwd(), path.resolve(args.resolveDir, args.path)), namespace: 'css-text' }));
    build.onLoad({ filter: /.*/, namespace: 'css-text' }, async (args) => {
      const { code } = await transform(await readFile(args.path.slice(0, -'?raw'.length), 'utf8'), { loader: 'css', minify: true });
      return { contents: `export default ${JSON.stringify(code.trim())};`, loader: 'js' };
    });
  },
};
