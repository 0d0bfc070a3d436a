/**
 * The tests mutation testing runs (stryker.config.mjs): everything `vitest run` runs except what
 * needs the built dist/ or spawns the CLI and the generated-JSON-Schema tests. The timing and 10 MB
 * tests skip (MPS_MUTATION): seconds to minutes each on instrumented code, for every mutant they cover.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // MPS_MUTATION_QUICK=1: only the unit tests beside the code and the validator robustness tests.
    include: process.env.MPS_MUTATION_QUICK ? ['src/**/*.test.ts', 'test/robustness/validators.test.ts'] : ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: [
      'test/robustness/cli.test.ts', 'test/cli-bundle.test.ts', 'test/browser-entry.test.ts', 'test/schemas-fresh.test.ts',
      // The JSON Schema tests check the generated schemas/ (ajv, the language service), not the mutated modules.
      'test/json-schema-*.test.ts', 'node_modules/**',
    ],
    testTimeout: 30_000,
    env: { MPS_MUTATION: '1' },
  },
});
