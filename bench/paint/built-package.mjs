// Resolves `consentkit` and `consentkit/…` to the built files (dist/) through the package's own
// `exports` map, as an app's bundler would after `npm install consentkit`. Shared by bench/size.mjs
// and the paint bench.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The file `exportsMap` maps `subpath` ('.', './styles.css', './locales/de') to, import condition first. */
export function resolveExport(exportsMap, subpath) {
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

/** The absolute path of the built file a `consentkit…` specifier names, or undefined for other specifiers. */
export function resolveBuilt(specifier) {
  if (!/^consentkit(\/.*)?$/.test(specifier)) return undefined;
  const subpath = specifier === 'consentkit' ? '.' : `./${specifier.slice('consentkit/'.length)}`;
  const target = resolveExport(pkg.exports, subpath);
  if (!target) throw new Error(`consentkit does not export ${subpath}`);
  return path.join(root, target);
}

/** An esbuild plugin resolving `consentkit…` to dist/. */
export const builtPackage = {
  name: 'built-consentkit',
  setup(b) {
    b.onResolve({ filter: /^consentkit(\/.*)?$/ }, ({ path: specifier }) => {
      try {
        return { path: resolveBuilt(specifier) };
      } catch (error) {
        return { errors: [{ text: error.message }] };
      }
    });
  },
};

/**
 * esbuild's options for bundling an app's entry the way an app ships it: one ESM bundle, minified,
 * code splitting on, for browsers. Shared by the size and paint benches, so both measure the same build.
 */
export const APP_BUILD = {
  bundle: true,
  write: false,
  metafile: true,
  minify: true,
  format: 'esm',
  splitting: true,
  platform: 'browser',
  target: 'es2020',
  jsx: 'automatic',
};
