export default {
  ...require('../../jest.preset.js'),
  displayName: 'credentials',
  rootDir: __dirname,
  // No special loader: the ESM-only digitalbazaar stack is reached through Node's own import()
  // (src/native-import.ts), which works inside Jest's sandbox without --experimental-vm-modules.
};
