export default {
  ...require('../../../jest.preset.js'),
  displayName: 'domain-issuance',
  rootDir: __dirname,
};
