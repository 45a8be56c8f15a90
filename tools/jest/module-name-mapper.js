// Maps the tsconfig path aliases (@titrepro/*) for Jest, so both read one source of truth.
const path = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');

const root = path.join(__dirname, '..', '..');
module.exports = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/\\-]/g, (c) => `\\${c}`)}$`,
    path.join(root, target),
  ]),
);
