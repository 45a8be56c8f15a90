export default {
  ...require('../jest.preset.js'),
  displayName: 'tools',
  rootDir: __dirname,
};
