const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Nest 12 and a few of its deps ship ES modules only; jest on Node 20 must transform them.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|strtok3|token-types|@tokenizer|uint8array-extras|@borewit|load-esm|get-port|@fastify/cookie|cookie|content-disposition)/)',
  ],
  moduleNameMapper: { '^@fullcircle/shared$': path.join(__dirname, 'libs/shared/src/index.ts') },
  testMatch: ['**/?(*.)+(spec|test).ts?(x)'],
};
