import type { AuditedService } from '../config/audited-stores-config';
import type { StoreVerification, Verification } from '../model';
import type { AuditedStores } from '../stores/audited-stores';
import { verifyChains, type ChainProgress } from './chains';
import { verifySealsAndAwards } from './seals-and-awards';

export interface VerifyOptions {
  readonly region?: string | null;
  readonly service?: AuditedService | null;
  readonly onProgress?: (progress: ChainProgress) => void;
  readonly now?: Date;
}

/** `audit verify`: every hash chain of every selected store, the minutes' seals and the awards. */
export const verifyStores = async (stores: AuditedStores, options: VerifyOptions = {}): Promise<Verification> => {
  const started = performance.now();
  const filter = { region: options.region ?? null, service: options.service ?? null };
  const selected = stores.where(filter);
  const results: StoreVerification[] = [];
  for (const store of selected) {
    try {
      results.push(await verifyChains(store, options.onProgress));
    } catch (error) {
      results.push({ region: store.region, service: store.service, read: false, error: (error as Error).message, streams: 0, events: 0, elapsedMs: 0, eventsPerSecond: 0, broken: [] });
    }
  }
  const { seals, awards } = await verifySealsAndAwards(stores, selected);
  const brokenLinks = results.flatMap((each) => each.broken);
  const events = results.reduce((sum, each) => sum + each.events, 0);
  const elapsedMs = Math.round(performance.now() - started);
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    filter,
    stores: results,
    brokenLinks,
    seals,
    awards,
    events,
    elapsedMs,
    eventsPerSecond: elapsedMs > 0 ? Math.round((events * 1000) / elapsedMs) : events,
    ok: brokenLinks.length === 0 && seals.problems.length === 0 && awards.problems.length === 0 && results.every((each) => each.read),
  };
};
