export default {
  ...require('../../../jest.preset.js'),
  displayName: 'domain-jury',
  rootDir: __dirname,
};
