// Browser end-to-end suite: drives the built product (API + worker + web) with Debian's chromium.
// Run with `npx nx e2e web` or `npx jest -c apps/web/e2e/jest.config.cjs --runInBand`.
module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'web-e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  globalSetup: '<rootDir>/global-setup.mjs',
  globalTeardown: '<rootDir>/global-teardown.mjs',
  testTimeout: 120000,
  maxWorkers: 1,
};
