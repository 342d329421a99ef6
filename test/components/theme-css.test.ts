// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTheme } from '../../tsup.config';

const STYLES = fileURLToPath(new URL('../../src/styles/', import.meta.url));
const read = (file: string) => readFileSync(path.join(STYLES, file), 'utf8');
const parts = readdirSync(STYLES).filter((file) => file.endsWith('.css') && file !== 'index.css');

/** The selectors of every style rule in `css` (at-rule preludes and keyframe steps left out). */
function selectors(css: string): string[] {
  const found: string[] = [];
  const stripped = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let keyframes = 0;
  for (const [, prelude] of stripped.matchAll(/([^{};]+)\{/g)) {
    const text = prelude!.trim();
    if (text.startsWith('@keyframes')) keyframes = 1;
    else if (text.startsWith('@')) continue;
    else if (keyframes && /^(from|to|[\d.]+%)/.test(text)) continue;
    else found.push(text);
  }
  return found;
}

describe('the theme stylesheet', () => {
  test('consentkit/styles.css is every part of src/styles/, concatenated base first in the order index.css imports them', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ck-theme-')), 'styles.css');
    await buildTheme(out, STYLES);
    const built = readFileSync(out, 'utf8');
    const order = [...read('index.css').matchAll(/@import '\.\/([\w-]+\.css)'/g)].map((match) => match[1]!);
    expect(order[0]).toBe('base.css');
    expect([...order].sort()).toEqual([...parts].sort());
    expect(built).toBe(order.map(read).join('\n'));
  });

  test('every selector of every part is wrapped in :where(), so any class of the site wins', () => {
    for (const part of parts) {
      const list = selectors(read(part));
      expect(list.length, part).toBeGreaterThan(0);
      for (const selector of list) expect(selector, `${part}: ${selector}`).toMatch(/^:where\(.*\)(::?[\w-]+)?$/s);
    }
  });

  test('base.css hides a server-rendered banner once the pre-paint script found a decision', () => {
    expect(read('base.css')).toContain(':where(html[data-ck-decided] .ck-banner[data-ck-prerendered]) { display: none; }');
  });

  test('the first paint needs base.css only: it styles the banner, the buttons, the settings button and the Your Privacy Choices link, and nothing else', () => {
    const classes = new Set(selectors(read('base.css')).flatMap((selector) => selector.match(/\.ck-[\w-]+/g) ?? []));
    expect([...classes].sort()).toEqual(
      [
        '.ck-banner',
        '.ck-banner-actions',
        '.ck-banner-description',
        '.ck-banner-text',
        '.ck-banner-title',
        '.ck-button',
        '.ck-button-secondary',
        '.ck-settings-button',
        '.ck-privacy-choices',
        '.ck-privacy-choices-icon',
      ].sort(),
    );
  });

  test('every other part styles only its own component, so that it can load with that component', () => {
    for (const part of parts.filter((file) => file !== 'base.css')) {
      for (const selector of selectors(read(part))) expect(selector, `${part}: ${selector}`).not.toMatch(/\.ck-(banner|button|settings-button)\b/);
    }
  });
});
