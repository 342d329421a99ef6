import { defineConfig } from 'tsup';

const shared = {
  format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
  dts: true,
  sourcemap: false,
  target: 'es2020',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  outDir: 'dist',
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    // The components use hooks and browser APIs: React Server Components must treat the entry as client code.
    // (tsup's `treeshake` option would drop this banner, so it stays off.)
    banner: { js: '"use client";' },
    splitting: true,
  },
  {
    ...shared,
    entry: {
      server: 'src/server.ts',
      'locales/en': 'src/locales/en.ts',
      'locales/de': 'src/locales/de.ts',
      'locales/fr': 'src/locales/fr.ts',
      'locales/es': 'src/locales/es.ts',
    },
    // The theme is plain CSS with custom properties: shipped as written, imported as `consentkit/styles.css`.
    onSuccess: 'cp src/styles.css dist/styles.css',
  },
]);
