import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { EvidenceRecordKind } from '../../shared/candidate-file-facts';
import type { ConsumedFact } from './consumed-fact';

/**
 * The evaluation service recorded a piece of evidence (an ECF, a DSPP, a practical assessment, a
 * pair assessment): its ids and hashes, never its content. Its assessors may not judge the candidate.
 */
export type EvidenceRecorded = DomainEvent<
  'EvidenceRecorded',
  ConsumedFact & {
    readonly pathwayId: string;
    readonly kind: EvidenceRecordKind;
    readonly ccpCode: string | null;
    readonly ccsCode: string | null;
    readonly referenceId: string;
    readonly sha256s: readonly string[];
    readonly assessorIds: readonly string[];
    readonly passed: boolean | null;
    readonly on: CalendarDate;
  }
>;
