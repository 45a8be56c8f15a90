export default {
  ...require('../../../jest.preset.js'),
  displayName: 'platform-audit',
  rootDir: __dirname,
};
