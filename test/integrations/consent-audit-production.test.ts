// @vitest-environment node
import { build } from 'esbuild';
import path from 'node:path';

/** The audit as an app's production bundle would carry it: minified, NODE_ENV=production. */
async function bundle(mode: 'production' | 'development') {
  const result = await build({
    stdin: { contents: "export { auditConsent } from './src/integrations/consent-audit';", resolveDir: path.resolve(__dirname, '../..'), loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
  });
  return result.outputFiles[0]!.text;
}

test('a production build carries none of the audit: no messages, no storage scan, a no-op of a few bytes', async () => {
  const production = await bundle('production');
  const development = await bundle('development');
  // The development bundle holds the audit (so the checks below look for something real).
  expect(development).toContain('is not declared');
  expect(development).toContain('Storage key');
  for (const text of ['is not declared', 'has no consent', 'audit:', 'Storage', 'document.cookie', 'setInterval']) expect(production).not.toContain(text);
  expect(production.length).toBeLessThan(120);
});
