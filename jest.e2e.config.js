/**
 * The browser suite (`npm run test:e2e`): one worker, because the suite owns
 * one production server and one Chromium. See docs/readme/editors-tour.md.
 */
import base from './jest.config.js'

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: base.extensionsToTreatAsEsm,
  transform: base.transform,
  moduleNameMapper: base.moduleNameMapper,
  transformIgnorePatterns: base.transformIgnorePatterns,
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/artifacts/'],
  maxWorkers: 1,
  testTimeout: 120_000,
  verbose: true,
}
