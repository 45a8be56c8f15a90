export default {
  ...require('../../../jest.preset.js'),
  displayName: 'domain-registry',
  rootDir: __dirname,
};
