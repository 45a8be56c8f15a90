import type { DomainEvent } from '@titrepro/domain-kernel';
import type { FileEvidenceRecord } from '../../shared/candidate-file-facts';
import type { ConsumedFact } from './consumed-fact';

/**
 * The evaluation service recorded a piece of evidence (an ECF, a DSPP, a practical assessment, a
 * pair assessment): its ids and hashes, never its content. Its assessors may not judge the candidate.
 */
export type EvidenceRecorded = DomainEvent<'EvidenceRecorded', ConsumedFact & Omit<FileEvidenceRecord, 'source'>>;
