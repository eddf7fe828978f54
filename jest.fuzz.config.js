/** The fuzz suite (npm run test:fuzz): its own run, as it sends thousands of requests. */
import base from './jest.config.js'

export default {
  ...base,
  testMatch: ['<rootDir>/test/fuzz/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
  testTimeout: 15 * 60_000,
}
