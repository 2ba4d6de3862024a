/**
 * Mutation testing: Stryker changes the code one mutant at a time and runs
 * the unit tests that cover it; a mutant no test notices "survives".
 * `npm run test:mutation`; see the README's Tests section for its duration.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  // The projects of vite.config.ts run as in `npm run test:unit`: the app's
  // tests in jsdom, the server's and the portal's in node.
  vitest: { configFile: 'vite.config.ts' },
  // The tests of the code under mutation. The portal's own tests exercise none
  // of it; the 1 000-answer poll renders what smaller polls render, and under
  // instrumentation on a busy machine it outlasts its time limit.
  testFiles: ['src/**/!(long-poll).test.{ts,tsx}', 'server/**/*.test.ts'],
  mutate: [
    'src/features/**/*.{ts,tsx}',
    'src/lib/**/*.ts',
    'server/**/*.ts',
    '!**/*.test.{ts,tsx}',
    '!server/testing/**',
  ],
  ignorePatterns: [
    'dist',
    'dist-server',
    'test-reports',
    'playwright-report',
    'test-results',
    'bench/last-run.json',
  ],
  coverageAnalysis: 'perTest',
  // Mutants of code that runs when a module loads (valibot schemas, constants)
  // are never switched on by the Vitest runner here: a number pattern in
  // attach-payload.ts broken by hand fails 12 tests, yet its mutants all
  // "survived". Left out, they neither inflate nor deflate the score.
  ignoreStatic: true,
  // Only the mutants in changed code or covered by changed tests run again;
  // the rest keep their result from reports/stryker-incremental.json.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // Two workers: one per core of the CI machine.
  concurrency: 2,
  reporters: ['html', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 85, break: 90 },
}
