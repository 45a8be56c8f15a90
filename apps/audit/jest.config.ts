export default {
  ...require('../../jest.preset.js'),
  displayName: 'audit',
  rootDir: __dirname,
  // Makes sure PostgreSQL and a Kafka broker answer before any test file runs.
  globalSetup: `${__dirname}/../../libs/platform/testing/src/global-setup.ts`,
};
