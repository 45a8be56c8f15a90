import { ConflictException, ForbiddenException, GoneException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { foldEvents, isRedacted } from '@titrepro/domain-kernel';
import { candidateDecider } from '@titrepro/domain-registry';
import type { EventStore } from '@titrepro/event-store';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import { EVENT_STORE, readerOf } from '@titrepro/service-kit';
import type { RegistryConfig } from '../config/registry-config';
import { candidates } from '../candidates/candidate-aggregate';
import { latestIdentity } from './identity-event';

/** The names a document of this region prints for a candidate. */
export interface CandidateIdentity {
  readonly candidateId: string;
  readonly familyName: string;
  readonly givenNames: string[];
}

/**
 * The candidate's names, for this region's own services (the parchemin the document issuance prints):
 * read from the stream itself, the authority, while this region holds the file or once it handed it
 * over. A region whose jury decided issues the documents of that decision whatever happens to the
 * file afterwards (ISSUER): the livret of a CCP awarded here may be produced after the handover, and
 * is printed with the names as this region last held them. An erasure in the new home region
 * forgets the key here too (the names are then gone, 410).
 */
@Injectable()
export class CandidateIdentities {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
  ) {}

  async identityOf(candidateId: string): Promise<CandidateIdentity> {
    const region = this.config.REGION;
    const events = (await this.store.readStream(candidates.stream(candidateId).streamId)).map(readerOf(candidates));
    const state = foldEvents(candidateDecider, events);
    switch (state.status) {
      case 'unregistered':
        throw new NotFoundException(`candidate ${candidateId} does not exist in region ${region}`);
      case 'erased':
        throw new GoneException(`candidate ${candidateId}'s personal data was erased on ${state.erasedOn}: region ${region} can no longer give their names`);
      case 'incoming':
      case 'incoming-refused':
        throw new ForbiddenException(`candidate ${candidateId}'s home region is ${state.fromRegion}; region ${region} does not hold their file`);
      case 'receiving':
        throw new ConflictException(`candidate ${candidateId}'s file was accepted from region ${state.fromRegion} and has not been received in region ${region} yet`);
      case 'registered':
      case 'handed-over':
        break;
    }
    const identity = latestIdentity(events);
    if (!identity) throw new Error(`candidate ${candidateId}'s stream holds no identity`);
    const { familyName, givenNames } = identity.data;
    // The key was forgotten (an erasure applied before its event was read here): the names are gone all the same.
    if (isRedacted(familyName) || isRedacted(givenNames)) throw new GoneException(`candidate ${candidateId}'s personal data was erased: region ${region} can no longer give their names`);
    return { candidateId, familyName, givenNames: [...givenNames] };
  }
}
