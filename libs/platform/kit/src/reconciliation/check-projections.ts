import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { applyEvent } from '../projections/apply-event';
import { lockCheckpoint } from '../projections/projection-checkpoints';
import { PROJECTION_PARKED, rowsOf } from '../projections/processor-tables';
import type { AnyProjection } from '../projections/projection-definition';
import type { Findings } from './drift';
import { sample } from './sample';
import type { ServiceParts } from './service-parts';

const PAGE = 1_000;
const TABLE = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

/** Thrown to roll the fold back once compared: reconciliation changes nothing. */
class FoldCompared extends Error {}

/** Each row of the table as canonical JSON (jsonb orders its keys). */
const canonicalRows = async (manager: EntityManager, table: string): Promise<string[]> =>
  ((await manager.query(`SELECT to_jsonb(t)::text AS row FROM ${table} t`)) as Array<{ row: string }>).map(({ row }) => row);

/** A row named by its ids (never its other values: they may be personal data), else by a hash. */
const nameOf = (row: string): string => {
  const values = JSON.parse(row) as Record<string, unknown>;
  const ids = Object.entries(values).filter(([column]) => column === 'id' || column.endsWith('_id') || column === 'list');
  return ids.length > 0 ? ids.map(([column, value]) => `${column}=${String(value)}`).join(' ') : `row#${createHash('sha256').update(row).digest('hex').slice(0, 12)}`;
};

/** What one multiset holds more often than the other. */
const surplus = (of: readonly string[], over: readonly string[]): string[] => {
  const counts = new Map<string, number>();
  for (const row of over) counts.set(row, (counts.get(row) ?? 0) + 1);
  const extra: string[] = [];
  for (const row of of) {
    const left = counts.get(row) ?? 0;
    if (left > 0) counts.set(row, left - 1);
    else extra.push(row);
  }
  return extra;
};

/**
 * Folds the projection's events again, up to its checkpoint and without the events it parked, into
 * its own tables inside a transaction that is rolled back, and compares the rows with those the
 * runner wrote. The checkpoint row stays locked meanwhile, so the runner waits and both sides are
 * at the same position.
 */
const foldAndCompare = async (parts: ServiceParts, projection: AnyProjection, findings: Findings): Promise<void> => {
  for (const table of projection.tables) if (!TABLE.test(table)) throw new Error(`Invalid table name "${table}" in projection ${projection.name}`);
  await parts.dataSource
    .transaction(async (manager) => {
      const position = await lockCheckpoint(manager, projection.name);
      const parked = new Set(await PROJECTION_PARKED.positions(rowsOf(manager), projection.name));
      const written = new Map<string, string[]>();
      for (const table of projection.tables) written.set(table, await canonicalRows(manager, table));
      if (projection.tables.length > 0) await manager.query(`TRUNCATE ${projection.tables.join(', ')}`);
      const failed: string[] = [];
      let folded = 0;
      for (let after = 0; after < position; ) {
        const page = await parts.store.readAll({ after, maxCount: PAGE, category: projection.category });
        for (const event of page) {
          if (event.globalPosition > position) break;
          if (parked.has(event.globalPosition)) continue;
          const outcome = await applyEvent(manager, projection, event);
          folded += 1;
          if (!outcome.applied) failed.push(`${event.eventId} (${outcome.error})`);
        }
        const last = page[page.length - 1];
        if (!last || page.length < PAGE) break;
        after = last.globalPosition;
      }
      if (failed.length > 0) findings.add('projection', projection.name, `${failed.length} event(s) it applied fail when folded again: ${sample(failed, 3)}`);
      for (const table of projection.tables) {
        const rows = written.get(table) ?? [];
        const fold = await canonicalRows(manager, table);
        const extra = surplus(rows, fold);
        const missing = surplus(fold, rows);
        if (missing.length > 0) findings.add('projection', `${projection.name} ${table}`, `${missing.length} row(s) of the fold are missing or differ: ${sample(missing.map(nameOf))}`);
        if (extra.length > 0) findings.add('projection', `${projection.name} ${table}`, `${extra.length} row(s) no fold of the events gives: ${sample(extra.map(nameOf))}`);
      }
      findings.note('projection', `${projection.name}: checkpoint ${position}, ${folded} event(s) folded, ${parked.size} parked, ${projection.tables.map((table) => `${table} ${written.get(table)?.length ?? 0}`).join(', ')}`);
      throw new FoldCompared();
    })
    .catch((error: unknown) => {
      if (!(error instanceof FoldCompared)) throw error;
    });
};

export const checkProjections = async (parts: ServiceParts, findings: Findings): Promise<void> => {
  for (const projection of parts.projections) await foldAndCompare(parts, projection, findings);
};
