// `npm run test:faults`: the fault suite and the reconciliation's own test, apart from `npm test`
// (a cohort through eight service processes takes longer than the CI budget allows there).
export default {
  ...require('../../jest.preset.js'),
  displayName: 'faults',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.faults.ts'],
  globalSetup: `${__dirname}/../../libs/platform/testing/src/global-setup.ts`,
  testTimeout: 30 * 60_000,
};
