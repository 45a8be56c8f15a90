export default {
  ...require('../../../jest.preset.js'),
  displayName: 'domain-referential',
  rootDir: __dirname,
};
