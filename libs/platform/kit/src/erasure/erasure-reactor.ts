import { Injectable } from '@nestjs/common';
import { CandidatePersonalDataErasedV1 } from '@titrepro/contracts';
import { byContract, on } from '@titrepro/messaging';
import type { ConsumerDefinition } from '../consumer/service-consumers';
import { ServiceErasure } from './service-erasure';

/**
 * The kit's erasure reactor, in every service of every region: on `CandidatePersonalDataErased`
 * (admitted only from the candidate's home region), it erases the candidate from this service. The
 * consumer's inbox, retries and dead letters make it an at-least-once, idempotent operation.
 */
@Injectable()
export class ErasureReactor implements ConsumerDefinition {
  readonly name = 'erasure';
  readonly contexts = ['registry'] as const;
  // Erasure forgets the candidate in every service of every region.
  readonly candidates = 'every-region';

  constructor(private readonly erasure: ServiceErasure) {}

  readonly react = byContract(on(CandidatePersonalDataErasedV1, (event) => this.erasure.erase(event.payload.candidateId)));
}
