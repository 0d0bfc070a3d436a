/**
 * The tests mutation testing runs (stryker.config.json): everything `vitest run` runs except what
 * needs the built dist/ or spawns the CLI; the timing-ratio tests skip (MPS_SKIP_TIMING): seconds each,
 * for every mutant of the code they cover.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/robustness/cli.test.ts', 'test/cli-bundle.test.ts', 'test/browser-entry.test.ts', 'test/schemas-fresh.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
    env: { MPS_SKIP_TIMING: '1' },
  },
});
