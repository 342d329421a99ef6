// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const read = (file: string) => readFileSync(fileURLToPath(new URL(`../../stories/demo/${file}`, import.meta.url)), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

describe('the demo site wears its brand through consentkit tokens alone', () => {
  test('its stylesheets restyle no consentkit class', () => {
    for (const file of ['demo-site.css', 'brand.css']) {
      const selectors = [...read(file).matchAll(/([^{}]+)\{/g)].map((match) => match[1]!.trim());
      expect(selectors.length, file).toBeGreaterThan(0);
      for (const selector of selectors) expect(selector, `${file}: ${selector}`).not.toMatch(/\.ck-/);
    }
  });

  test('its brand sets --ck-* tokens and nothing else, in light and dark', () => {
    const blocks = [...read('brand.css').matchAll(/\{([^}]*)\}/g)].map((match) => match[1]!);
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      const properties = block.split(';').map((declaration) => declaration.split(':')[0]!.trim()).filter(Boolean);
      expect(properties).toContain('--ck-button');
      for (const property of properties) expect(property).toMatch(/^--ck-[a-z]/);
    }
  });
});
