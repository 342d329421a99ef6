import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { chromiumProvider } from './test/chromium.ts';
import { getCookies } from './test/browser-commands.ts';

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
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          globals: true,
          include: ['test/**/*.browser.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            // A fresh options object per project: sharing one mislabels the projects.
            provider: chromiumProvider(),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
            commands: { getCookies },
          },
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
    ],
  },
});
