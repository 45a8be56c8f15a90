import {
  CandidateHandedOverV1,
  CandidateRegisteredV1,
  CandidateTransferAcceptedV1,
  CandidateTransferRefusedV1,
  CandidateTransferredV1,
} from '@titrepro/contracts';
import { decideRegionTrust, type RegistryNews } from '@titrepro/domain-regions';
import { byContract, on, type ConsumedEvent } from '@titrepro/messaging';
import type { PoolClient } from 'pg';
import { CandidateHomesTable } from './candidate-homes';
import { parseEventSource } from './event-source';
import { sourceMismatch } from './source-consistency';
import { UntrustedSourceError } from './untrusted-source.error';

/**
 * Admitted (whether it registered the candidate or moved their home, the candidate's home region
 * now, as far as this consumer knows, and the one it moved from), or deferred with the reason.
 */
export type Admission =
  | { readonly homeMoved: boolean; readonly home: string | undefined; readonly previousHome?: string; readonly deferred?: never }
  | { readonly deferred: string };

/** What a registry event says of a candidate's home, for the region trust; any other is `other`. */
const newsOf = byContract(
  on(CandidateRegisteredV1, (): RegistryNews => ({ kind: 'registered' })),
  on(CandidateTransferredV1, ({ payload: { fromRegion, toRegion } }): RegistryNews => ({ kind: 'transferred', fromRegion, toRegion })),
  on(CandidateTransferAcceptedV1, ({ payload: { fromRegion, toRegion } }): RegistryNews => ({ kind: 'transfer-accepted', fromRegion, toRegion })),
  on(CandidateTransferRefusedV1, ({ payload: { fromRegion, toRegion } }): RegistryNews => ({ kind: 'transfer-refused', fromRegion, toRegion })),
  on(CandidateHandedOverV1, ({ payload: { toRegion } }): RegistryNews => ({ kind: 'handed-over', toRegion })),
);

/**
 * Admits an event about a candidate only from the region that was the candidate's home when it
 * happened: runs the region trust (decideRegionTrust, @titrepro/domain-regions, where the rule and
 * its specs live) on what this consumer learnt from the registry's events on Kafka, and records what
 * the decision learns.
 *
 * Before that, a message that contradicts itself (its key is not its candidate, its source names
 * another context, or its payload another publishing region: see sourceMismatch) is refused. A
 * refusal is an UntrustedSourceError (an `untrusted-source` dead letter); an event the registry's
 * news may yet explain is deferred: the registry event that registers the candidate or moves their
 * home readmits it (`homeMoved`), one never readmitted expires into an `untrusted-source` dead letter
 * (ServiceConsumers).
 *
 * Runs in the inbox transaction, so what it learns commits with the event it learnt it from, and
 * under the candidate's lock, so a deferral and the news that readmits it never cross.
 */
export const admitBySourceRegion = async (client: PoolClient, consumer: string, event: ConsumedEvent): Promise<Admission> => {
  const { candidateId } = event.payload;
  const source = parseEventSource(event.source);
  if (!source) throw new UntrustedSourceError(`${event.type} ${event.eventId} has no valid source header (${JSON.stringify(event.source ?? null)})`);
  const about = `${event.type} ${event.eventId} about candidate ${candidateId} from region ${source.region}`;
  const mismatch = sourceMismatch(event, source);
  if (mismatch !== undefined) throw new UntrustedSourceError(`${about} refused: source-mismatch: ${mismatch}`);
  const table = new CandidateHomesTable(client, consumer, candidateId);
  await table.lock();
  const news = source.context === 'registry' ? (newsOf(event) ?? { kind: 'other' }) : undefined;
  const at = event.occurredAt ? new Date(event.occurredAt) : new Date();
  const verdict = decideRegionTrust(await table.read(), { candidateId, eventId: event.eventId, region: source.region, at, news });
  switch (verdict.kind) {
    case 'refused':
      throw new UntrustedSourceError(`${about} refused: ${verdict.why}`);
    case 'deferred':
      return { deferred: `${about}: ${verdict.why}` };
    case 'admitted': {
      await table.apply(verdict.changes);
      const { home, homeMoved, previousHome } = verdict;
      return previousHome === undefined ? { home, homeMoved } : { home, homeMoved, previousHome };
    }
  }
};
