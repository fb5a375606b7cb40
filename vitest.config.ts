import { defineConfig } from 'vitest/config';
import { BrowserSkipWarning } from './tests/browser/skip-reporter.ts';

export default defineConfig({
  test: {
    reporters: ['default', new BrowserSkipWarning()],
    // Vitest's default is cores - 1, i.e. one worker on a 2-core machine; browser test files
    // mostly wait on Chromium and the network, so a second worker overlaps them with the rest.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'smoke',
          environment: 'node',
          include: ['tests/smoke/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
