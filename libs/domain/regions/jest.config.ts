export default {
  ...require('../../../jest.preset.js'),
  displayName: 'domain-regions',
  rootDir: __dirname,
};
