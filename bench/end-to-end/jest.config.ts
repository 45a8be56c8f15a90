export default {
  ...require('../../jest.preset.js'),
  displayName: 'bench-end-to-end',
  rootDir: __dirname,
  // Pure specs of the load's machinery (schedule, percentiles, /proc, profiles); the load itself runs with `npm run bench -- end-to-end`.
};
