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
    entry: { server: 'src/server.ts' },
  },
]);
