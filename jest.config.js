/**
 * The packed-plugin hosts (the package built and packed, then imported by a host config and by a
 * standard Next.js app): minutes of builds that prove the package, not the backend a newcomer
 * changes. `npm run test:hosts` runs them; `TEST_HOSTS=1` adds them to a run (`.ci/run` does).
 */
export const HOST_SUITES = [
  '<rootDir>/test/plugin-host.test.ts',
  '<rootDir>/test/next-host.test.ts',
]
const hosts = Boolean(process.env.TEST_HOSTS)

/** Jest on native ESM: Payload 3 ships ESM only. See README, "Tests". */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // The package by its own name, from its sources (tsconfig.json "paths" does the same for tsc and tsx).
    '^payload-plugin-charity$': '<rootDir>/src/exports/index.ts',
    '^payload-plugin-charity/(.*)$': '<rootDir>/src/exports/$1.ts',
  },
  transformIgnorePatterns: ['/node_modules/'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // Unit tests have their own config (jest.unit.config.js) and run first.
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/e2e/',
    '<rootDir>/test/unit/',
    '<rootDir>/test/fuzz/',
    '<rootDir>/dist/',
    ...(hosts ? [] : HOST_SUITES),
  ],
  globalSetup: '<rootDir>/test/helpers/globalSetup.ts',
  // Longest suites first, on a fresh clone too (see the file).
  testSequencer: '<rootDir>/test/helpers/sequencer.js',
  globalTeardown: '<rootDir>/test/helpers/globalTeardown.ts',
  // Each suite boots its own server processes; two workers keep both cores busy.
  maxWorkers: 2,
  testTimeout: 60_000,
  verbose: true,
}
