import { Injectable } from '@nestjs/common';
import { CandidatePersonalDataErasedV1, CandidateSignInLinkedV1 } from '@titrepro/contracts';
import { byContract, on } from '@titrepro/messaging';
import type { ConsumerDefinition } from '../consumer/service-consumers';
import { CandidateSignInLinks } from './candidate-sign-in-links';

/**
 * The kit's sign-in links reactor, in every service of every region: records a registry's
 * CandidateSignInLinked, and forgets the candidate's links on CandidatePersonalDataErased (so an
 * erased candidate's token is refused again). Both are keyed by the candidate, so they arrive in
 * order on one partition; the inbox makes each at-least-once and idempotent.
 */
@Injectable()
export class SignInLinksReactor implements ConsumerDefinition {
  readonly name = 'sign-in-links';
  readonly contexts = ['registry'] as const;
  // A candidate signs in to the services of every region that holds part of their file.
  readonly candidates = 'every-region';

  constructor(private readonly links: CandidateSignInLinks) {}

  readonly react = byContract(
    on(CandidateSignInLinkedV1, async ({ eventId, payload }) => {
      await this.links.record({ subjectDigest: payload.subjectDigest, candidateId: payload.candidateId, linkedAt: payload.linkedAt, eventId });
    }),
    on(CandidatePersonalDataErasedV1, (event) => this.links.forget(event.payload.candidateId)),
  );
}
