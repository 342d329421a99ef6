import type { MockInstance } from 'vitest';
import { warn } from '../../src/core/warn';

// A development warning names a mistake once, however often the code that finds it runs; a
// failure (reported with its error) is an event, and each one is shown.

let warnings: MockInstance<typeof console.warn>;
beforeEach(() => {
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('warn', () => {
  it('given the same mistake many times, should show it once, and a different one as well', () => {
    for (let i = 0; i < 10; i++) warn('config.locales[0] "x" is not a language tag');
    warn('messages.dir "down" is neither');
    expect(warnings.mock.calls.map((call) => call[0])).toEqual([
      '[consentkit] config.locales[0] "x" is not a language tag',
      '[consentkit] messages.dir "down" is neither',
    ]);
  });

  it('given the same failure three times, each with its error, should show all three', () => {
    const errors = [new Error('a'), new Error('b'), new Error('c')];
    for (const error of errors) warn('the "analytics" script could not be added', error);
    expect(warnings.mock.calls.map((call) => call[1])).toEqual(errors);
  });
});
