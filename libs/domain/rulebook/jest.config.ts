export default {
  ...require('../../../jest.preset.js'),
  displayName: 'domain-rulebook',
  rootDir: __dirname,
};
