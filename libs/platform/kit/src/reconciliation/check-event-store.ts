import type { Findings } from './drift';
import type { ServiceParts } from './service-parts';

/** Counts the stored events per stream category, and verifies every stream's hash chain. */
export const checkEventStore = async (parts: ServiceParts, findings: Findings): Promise<void> => {
  const { rows } = await parts.store.pool.query<{ category: string; events: string }>(
    `SELECT split_part(stream_id, '-', 1) AS category, count(*) AS events FROM "${parts.store.schema}".events GROUP BY 1 ORDER BY 1`,
  );
  findings.note('event-store', rows.length === 0 ? 'no events' : rows.map((row) => `${row.category} ${row.events}`).join(', '));
  const report = await parts.store.verifyAll();
  if (!report.ok) {
    const broken = report.firstBroken;
    findings.add('event-store', broken?.streamId ?? 'hash chain', `hash chain broken at revision ${broken?.revision ?? '?'}: ${broken?.reason ?? 'unknown'}`);
  }
};
