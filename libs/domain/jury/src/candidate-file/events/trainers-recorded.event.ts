import type { DomainEvent } from '@titrepro/domain-kernel';
import type { ConsumedFact } from './consumed-fact';

/** The evaluation service's current list of the candidate's trainers (CandidateTrainersChanged): none may judge them. */
export type TrainersRecorded = DomainEvent<'TrainersRecorded', ConsumedFact & { readonly trainerIds: readonly string[] }>;
