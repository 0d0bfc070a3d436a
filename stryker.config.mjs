/**
 * Mutation testing: `npm run mutation` (not part of `npm test`; slow). Scope: the rules, the JSON
 * reader and code2session. A narrower run: `npm run mutation -- --mutate "src/json/**\/*.ts"`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/app/rules/**/*.ts',
    'src/json/**/*.ts',
    'src/code2session/**/*.ts',
    '!src/**/*.test.ts',
    '!src/app/rules/rule-test-helpers.ts',
    '!src/code2session/fake-wechat.ts',
  ],
  ignoreStatic: true,
  // Not copied into the sandbox: scratch, benchmark output and earlier reports.
  ignorePatterns: ['.tmp', 'bench', 'reports', 'dist'],
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
