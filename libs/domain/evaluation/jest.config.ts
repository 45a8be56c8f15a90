export default {
  ...require('../../../jest.preset.js'),
  displayName: 'domain-evaluation',
  rootDir: __dirname,
};
