// Shared Jest settings; every project's jest.config.ts spreads this.
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.spec.json') }],
  },
  moduleNameMapper: require('./tools/jest/module-name-mapper.js'),
  testMatch: ['<rootDir>/**/*.spec.ts'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 60_000,
};
