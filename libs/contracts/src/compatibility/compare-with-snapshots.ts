import { contractId, type IntegrationContract } from '../envelope/integration-contract';
import { findBreakingChanges, type BreakingChange } from './find-breaking-changes';
import { payloadJsonSchema, type JsonSchema } from './json-schema';

/** How the contracts in code stand against the committed snapshots (`type@version` → JSON Schema). */
export interface SnapshotComparison {
  /** Published versions whose schema changed in a way that breaks their consumers. */
  readonly breaking: ReadonlyArray<{ readonly contract: string; readonly changes: readonly BreakingChange[] }>;
  /** Contracts without a snapshot yet (new versions): `npm run asyncapi` records them. */
  readonly unrecorded: readonly string[];
  /** Snapshots whose contract version is gone from the code: consumers may still rely on it. */
  readonly removed: readonly string[];
  /** Versions changed compatibly whose snapshot is behind: `npm run asyncapi` updates it. */
  readonly outdated: readonly string[];
}

export const compareWithSnapshots = (
  contracts: readonly IntegrationContract[],
  snapshots: ReadonlyMap<string, JsonSchema>,
): SnapshotComparison => {
  const breaking: Array<{ contract: string; changes: BreakingChange[] }> = [];
  const unrecorded: string[] = [];
  const outdated: string[] = [];
  const current = new Set<string>();
  for (const contract of contracts) {
    const id = contractId(contract);
    current.add(id);
    const snapshot = snapshots.get(id);
    const schema = payloadJsonSchema(contract);
    if (!snapshot) {
      unrecorded.push(id);
      continue;
    }
    const changes = findBreakingChanges(snapshot, schema);
    if (changes.length > 0) breaking.push({ contract: id, changes });
    else if (JSON.stringify(snapshot) !== JSON.stringify(schema)) outdated.push(id);
  }
  const removed = [...snapshots.keys()].filter((id) => !current.has(id));
  return { breaking, unrecorded, removed: removed.sort(), outdated };
};
