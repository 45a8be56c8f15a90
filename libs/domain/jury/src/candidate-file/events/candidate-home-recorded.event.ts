import type { DomainEvent } from '@titrepro/domain-kernel';
import type { ConsumedFact } from './consumed-fact';

/** A registry said which region holds the candidate's file (CandidateRegistered, or CandidateHandedOver's toRegion). */
export type CandidateHomeRecorded = DomainEvent<'CandidateHomeRecorded', ConsumedFact & { readonly region: string }>;
