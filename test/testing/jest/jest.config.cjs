/**
 * A small Jest project that uses consentkit/testing as a CommonJS app does: plain `require()` of
 * the built package (run `npm run build` first), resolved through package.json's `exports` by
 * name, in Jest's jsdom environment, with no transform at all. `npm test` runs it after the build.
 *
 *   npx jest --config test/testing/jest/jest.config.cjs
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/**/*.test.cjs'],
  transform: {},
  // The package's `require` condition, as Node resolves it; jsdom's default `browser` condition
  // matches nothing in consentkit's exports and would only change which build of React loads.
  testEnvironmentOptions: { customExportConditions: ['require', 'default'] },
};
