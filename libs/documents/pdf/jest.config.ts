export default {
  ...require('../../../jest.preset.js'),
  displayName: 'documents-pdf',
  rootDir: __dirname,
};
