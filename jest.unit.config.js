/** Fast unit tests for pure functions: no server, no database. They run before the server suites. */
import base from './jest.config.js'

export default {
  testEnvironment: base.testEnvironment,
  extensionsToTreatAsEsm: base.extensionsToTreatAsEsm,
  transform: base.transform,
  moduleNameMapper: base.moduleNameMapper,
  transformIgnorePatterns: base.transformIgnorePatterns,
  testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
  testTimeout: 30_000,
}
