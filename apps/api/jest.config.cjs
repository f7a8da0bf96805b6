// Unit specs beside the code and e2e suites in test/, all against the one PostgreSQL and Redis
// that test/global-setup.mjs starts for the run.
const preset = require('../../jest.preset.cjs');

// ES-module-only packages of the api on top of the preset's list (jest on Node 20 must transform them).
const esmOnly = ['@faker-js', 'eld'];

module.exports = {
  ...preset,
  displayName: 'api',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  transformIgnorePatterns: preset.transformIgnorePatterns.map((pattern) =>
    pattern.replace('(?!(', `(?!(${esmOnly.join('|')}|`),
  ),
  // eld exports its entry points under the `import` condition only, which jest's CommonJS resolver skips.
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^eld/medium$': require.resolve('../../node_modules/eld/src/entries/static.medium.js'),
  },
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 60000,
};
