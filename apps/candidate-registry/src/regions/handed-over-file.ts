import { ForbiddenException, GoneException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { foldEvents, isRedacted } from '@titrepro/domain-kernel';
import { candidateDecider, type CandidateFile } from '@titrepro/domain-registry';
import type { EventStore } from '@titrepro/event-store';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import { EVENT_STORE, readerOf } from '@titrepro/service-kit';
import type { RegistryConfig } from '../config/registry-config';
import { candidates } from '../candidates/candidate-aggregate';
import { candidateTimeline } from '../history/candidate-timeline';
import { latestIdentity } from './identity-event';

/**
 * The file this region hands over to the region that accepted it: read from the stream itself
 * (the authority, not a projection), and only for that region once this one recorded the handover.
 */
@Injectable()
export class HandedOverFiles {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
  ) {}

  async fileFor(candidateId: string, requestingRegion: string): Promise<CandidateFile> {
    const streamId = candidates.stream(candidateId).streamId;
    const recorded = await this.store.readStream(streamId);
    const last = recorded.at(-1);
    if (!last) throw new NotFoundException(`candidate ${candidateId} does not exist in region ${this.config.REGION}`);
    const events = recorded.map(readerOf(candidates));
    const state = foldEvents(candidateDecider, events);
    if (state.status !== 'handed-over' || state.region !== requestingRegion) {
      throw new ForbiddenException(`region ${this.config.REGION} did not hand candidate ${candidateId}'s file over to region ${requestingRegion}`);
    }
    const identity = latestIdentity(events);
    if (!identity) throw new Error(`candidate ${candidateId}'s stream holds no identity`);
    const { familyName, givenNames, birthDate, contact } = identity.data;
    if (isRedacted(familyName) || isRedacted(givenNames) || isRedacted(birthDate) || isRedacted(contact)) {
      throw new GoneException(`candidate ${candidateId}'s personal data was erased`);
    }
    return {
      candidateId,
      fromRegion: this.config.REGION,
      registeredOn: identity.data.registeredOn,
      familyName,
      givenNames,
      birthDate,
      contact,
      pathways: state.pathways,
      source: { region: this.config.REGION, streamId, revision: last.revision, hash: last.hash },
      sourceHistory: candidateTimeline(recorded),
    };
  }
}
