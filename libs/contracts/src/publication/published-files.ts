import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ALL_CONTRACTS } from '../all-contracts';
import { buildAsyncApiDocument } from '../asyncapi/build-asyncapi-document';
import { compareWithSnapshots, type SnapshotComparison } from '../compatibility/compare-with-snapshots';
import { payloadJsonSchema, type JsonSchema } from '../compatibility/json-schema';
import { contractId, type IntegrationContract } from '../envelope/integration-contract';

// Kept out of the library's index: it reads and writes files and needs `yaml`, which services do not.

const contractsRoot = join(__dirname, '..', '..');
/** The committed AsyncAPI document downstream teams subscribe from. */
export const ASYNCAPI_FILE = join(contractsRoot, 'asyncapi.yaml');
/** One committed JSON Schema per published `type@version`: what the compatibility test compares with. */
export const SNAPSHOT_DIR = join(contractsRoot, 'schema-snapshots');

const snapshotFile = (id: string): string => join(SNAPSHOT_DIR, `${id}.json`);
const renderJson = (schema: JsonSchema): string => `${JSON.stringify(schema, null, 2)}\n`;

/** The AsyncAPI document as committed: YAML with a header saying where it comes from. */
export const renderAsyncApiYaml = (contracts: readonly IntegrationContract[] = ALL_CONTRACTS): string =>
  '# Generated from libs/contracts by `npm run asyncapi`. Do not edit by hand.\n' +
  stringify(buildAsyncApiDocument(contracts), { lineWidth: 0, aliasDuplicateObjects: false });

export const readSnapshots = (): Map<string, JsonSchema> => {
  const snapshots = new Map<string, JsonSchema>();
  if (!existsSync(SNAPSHOT_DIR)) return snapshots;
  for (const file of readdirSync(SNAPSHOT_DIR).filter((name) => name.endsWith('.json')).sort()) {
    snapshots.set(file.slice(0, -'.json'.length), JSON.parse(readFileSync(join(SNAPSHOT_DIR, file), 'utf8')) as JsonSchema);
  }
  return snapshots;
};

export interface PublicationReport {
  readonly comparison: SnapshotComparison;
  /** Files that differ from what the contracts produce (written unless `check`). */
  readonly changedFiles: readonly string[];
  /** False when a breaking change or a removed version forbids publishing. */
  readonly publishable: boolean;
}

/**
 * Brings the AsyncAPI document and the schema snapshots in line with the contracts. Refuses (writes
 * nothing) when a published version changed incompatibly or disappeared. With `check`, only reports.
 */
export const syncPublishedFiles = (options: { readonly check: boolean }): PublicationReport => {
  const comparison = compareWithSnapshots(ALL_CONTRACTS, readSnapshots());
  const publishable = comparison.breaking.length === 0 && comparison.removed.length === 0;
  const wanted = new Map<string, string>([[ASYNCAPI_FILE, renderAsyncApiYaml()]]);
  for (const contract of ALL_CONTRACTS) wanted.set(snapshotFile(contractId(contract)), renderJson(payloadJsonSchema(contract)));
  const changedFiles = [...wanted].filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text).map(([file]) => file);
  if (!options.check && publishable) {
    mkdirSync(SNAPSHOT_DIR, { recursive: true });
    for (const file of changedFiles) writeFileSync(file, wanted.get(file) ?? '');
  }
  return { comparison, changedFiles, publishable };
};

/** Deletes the snapshot of a retired version: the deliberate act that lets a version disappear. */
export const retireSnapshot = (id: string): void => rmSync(snapshotFile(id), { force: true });
