import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { chromiumProvider } from './test/chromium.ts';
import { accessibilityNodes, emulateColorScheme, getCookies } from './test/browser-commands.ts';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';

// Pre-bundled before the first test: on a cold cache Vite would otherwise discover the lazily
// loaded dialog's dependencies (Radix, a portal) mid-run and reload the page under a running test.
const PREBUNDLED = ['react-dom', 'react-dom/client', '@radix-ui/react-dialog', '@radix-ui/react-switch', 'clsx'];

/** Browser-mode options for Debian's headless Chromium; a fresh object per project, since sharing one mislabels the projects. */
const chromiumBrowser = () => ({
  enabled: true,
  headless: true,
  provider: chromiumProvider(),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

const storybookConfigDir = fileURLToPath(new URL('./.storybook', import.meta.url));

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}', 'test/package/**', 'test/types/**'],
          setupFiles: ['test/setup-unit.ts'],
          // The lazily loaded dialog is transformed on its first open in a file: seconds on a busy
          // 2-core machine, more than the default 5 s of a test.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        optimizeDeps: { include: [...PREBUNDLED, 'axe-core', 'fast-check'] },
        // Browser test files have no process.env: fast-check's FC_RUNS, FC_SEED, FC_PATH and
        // FC_REPLAY reach them as import.meta.env, as the unit project's model tests read them.
        envPrefix: ['VITE_', 'FC_'],
        test: {
          name: 'browser',
          globals: true,
          include: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup-browser.ts'],
          browser: { ...chromiumBrowser(), commands: { getCookies, emulateColorScheme, accessibilityNodes } },
        },
      },
      {
        test: {
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 400_000,
          fileParallelism: false,
        },
      },
      {
        // Every story is a test in real Chromium: it renders, its play function passes and axe
        // finds no violation (parameters.a11y.test = 'error' in .storybook/preview.tsx).
        plugins: [storybookTest({ configDir: storybookConfigDir })],
        optimizeDeps: { include: PREBUNDLED },
        test: {
          name: 'storybook',
          // The Locales story runs axe over 36 banners: about 9 s on an idle machine.
          testTimeout: 40_000,
          browser: chromiumBrowser(),
        },
      },
      {
        // Builds the static Storybook (or uses STORYBOOK_STATIC_DIR), serves it and drives the demo.
        test: {
          name: 'storybook-static',
          environment: 'node',
          // .spec.ts: the unit project already claims every test/**/*.test.ts file.
          include: ['test/storybook/**/*.spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
