// Component tests (jsdom). The browser suite in e2e/ has its own config.
const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'web',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/e2e/'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.(css|svg|png|jpe?g|gif|webp|woff2?)(\\?.*)?$': '<rootDir>/../../tools/jest/style-stub.cjs',
  },
};
