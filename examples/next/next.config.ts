import type { NextConfig } from 'next';

const config: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package directory: required from
  // node_modules at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite'],
};

export default config;
