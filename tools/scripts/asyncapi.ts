/**
 * `npm run asyncapi`: regenerates libs/contracts/asyncapi.yaml and the schema snapshots from the
 * contracts. `npm run asyncapi -- --check` writes nothing and exits 1 when they are out of date.
 * Refuses a breaking change to a published version: publish a new version instead.
 */
import { relative } from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- kept out of the library's index: it does file I/O and needs `yaml`
import { syncPublishedFiles } from '../../libs/contracts/src/publication/published-files';

const check = process.argv.includes('--check');
const { comparison, changedFiles, publishable } = syncPublishedFiles({ check });
const say = (line: string) => process.stderr.write(`${line}\n`);

for (const { contract, changes } of comparison.breaking) {
  say(`breaking change to ${contract} (publish a new version instead):`);
  for (const change of changes) say(`  ${change.path}: ${change.message}`);
}
for (const id of comparison.removed) {
  say(`${id} was published but is gone from the contracts; delete libs/contracts/schema-snapshots/${id}.json to retire it on purpose`);
}
if (!publishable) process.exit(1);
for (const file of changedFiles) say(`${check ? 'out of date' : 'wrote'}: ${relative(process.cwd(), file)}`);
if (changedFiles.length === 0) say('asyncapi: up to date');
if (check && changedFiles.length > 0) process.exit(1);
