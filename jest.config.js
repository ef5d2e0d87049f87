/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // isolatedModules (transpile only, no type check per file) comes from tsconfig.json; `npm test` runs tsc first
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // one worker per core (jest's default leaves one core idle: a single worker on a 2-core CI machine)
  maxWorkers: '100%',
  // a guard against a hung test only, never a speed requirement: the CI machine is shared and may be slow
  // (no test asserts a duration; benchmarks live in bench/, `npm run bench`)
  testTimeout: 600_000,
  // property tests (fast-check) with a fixed seed: FC_SEED=random explores new cases
  setupFiles: ['<rootDir>/test/support/fastCheckSeed.js'],
  reporters: ['default', '<rootDir>/test/support/summaryReporter.js'],
};
