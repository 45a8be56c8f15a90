export default {
  ...require('../jest.preset.js'),
  displayName: 'tools',
  rootDir: __dirname,
  // The e2e suite (tools/e2e) runs the four services on real PostgreSQL and Kafka.
  globalSetup: `${__dirname}/../libs/platform/testing/src/global-setup.ts`,
};
