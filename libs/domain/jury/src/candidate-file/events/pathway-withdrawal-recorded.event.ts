import type { DomainEvent } from '@titrepro/domain-kernel';
import type { ConsumedFact } from './consumed-fact';

/** A registry recorded the candidate's withdrawal from a pathway: no session is convened on it any more. */
export type PathwayWithdrawalRecorded = DomainEvent<'PathwayWithdrawalRecorded', ConsumedFact & { readonly pathwayId: string; readonly titleCode: string }>;
