// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { THEME_TOKENS, toHex } from '../../stories/support/tokens';

const STYLES = fileURLToPath(new URL('../../src/styles/', import.meta.url));
const css = readdirSync(STYLES)
  .filter((file) => file.endsWith('.css'))
  .map((file) => readFileSync(STYLES + file, 'utf8'))
  .join('\n');

describe('the Theming page', () => {
  test('lists every token the theme reads or declares, and nothing else', () => {
    // --ck-_x names are the theme's own working variables, not tokens.
    const used = new Set(css.match(/--ck-[a-z][\w-]*/g));
    expect(THEME_TOKENS.map((token) => token.name).sort()).toEqual([...used].sort());
  });

  test('gives the fallback each token has where the theme declares no value for it', () => {
    for (const token of THEME_TOKENS) {
      const declared = new RegExp(`${token.name}:`).test(css);
      const fallback = new RegExp(`var\\(${token.name}, ([^;{}]+?)\\)[;\\s]`).exec(css)?.[1];
      if (declared) expect(token.fallback, token.name).toBeUndefined();
      else expect(token.fallback, token.name).toBe(fallback);
    }
  });

  test('reads colours for its pickers as #rrggbb', () => {
    expect(toHex('rgb(11, 92, 173)')).toBe('#0b5cad');
    expect(toHex('#FFF')).toBe('#ffffff');
    expect(toHex('rgba(0, 0, 0, 0.6)')).toBeUndefined();
    expect(toHex('transparent')).toBeUndefined();
  });
});
