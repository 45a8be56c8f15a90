import { revealed } from '@titrepro/domain-kernel';
import type { CandidateIdentity } from '@titrepro/domain-registry';
import type { EntityManager } from 'typeorm';
import type { CandidateRows } from './candidate-read-model-tables';
import { CandidateSummary } from './candidate-summary.entity';
import { PendingAdmissibility } from './pending-admissibility.entity';

/** Columns that hold the candidate's personal data: nulled on erasure, and in a region that handed the file over. */
export const PERSONAL_COLUMNS_CLEARED = { familyName: null, givenNames: null, birthDate: null, email: null } as const;

/** The identity an event carries (sealed in the store, REDACTED once the candidate was forgotten). */
export interface IdentityFacts extends CandidateIdentity {
  readonly candidateId: string;
  readonly region: string;
  readonly registeredOn: string;
}

/** The summary row of a candidate this region holds: at registration, or when it received the file. */
export const putSummary = (rows: CandidateRows, facts: IdentityFacts, updatedPosition: string): void => {
  const givenNames = revealed(facts.givenNames);
  rows.summaries.put({
    candidateId: facts.candidateId,
    region: facts.region,
    familyName: revealed(facts.familyName),
    givenNames: givenNames ? givenNames.join(' ') : null,
    birthDate: revealed(facts.birthDate),
    email: revealed(facts.contact)?.email ?? null,
    registeredOn: facts.registeredOn,
    erased: false,
    transferTo: null,
    transferRequestedOn: null,
    updatedPosition,
  });
};

/** purgeCandidateIdentity, as the projection applies it to a page's rows (on erasure and on handover). */
export const forgetIdentity = (rows: CandidateRows, candidateId: string, changes: Partial<CandidateSummary> = {}): void => {
  rows.summaries.update({ candidateId }, { ...PERSONAL_COLUMNS_CLEARED, ...changes });
  rows.pending.delete({ candidateId });
};

/**
 * Forgets what the read models hold of the candidate's personal data: the kit's erasure runs it
 * (`erasure.purge`); the projection does the same to its rows (forgetIdentity). Idempotent.
 */
export const purgeCandidateIdentity = async (manager: EntityManager, candidateId: string, changes: Partial<CandidateSummary> = {}): Promise<void> => {
  await manager.update(CandidateSummary, { candidateId }, { ...PERSONAL_COLUMNS_CLEARED, ...changes });
  await manager.delete(PendingAdmissibility, { candidateId });
};
