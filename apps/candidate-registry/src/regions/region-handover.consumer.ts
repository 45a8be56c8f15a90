import { Inject, Injectable } from '@nestjs/common';
import { calendarDateInParis } from '@titrepro/domain-kernel';
import {
  candidateFileSchema,
  parseOpenIncomingTransfer,
  parseReceiveCandidateFile,
  parseRecordHandover,
  parseRecordTransferRefusal,
} from '@titrepro/domain-registry';
import type { ConsumedEvent } from '@titrepro/messaging';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import { consumedCommand, RegionPeers, type ConsumedCommand, type ConsumerDefinition } from '@titrepro/service-kit';
import type { RegistryConfig } from '../config/registry-config';
import { candidates } from '../candidates/candidate-aggregate';

const field = (event: ConsumedEvent, name: string): string => String(event.payload[name]);

/**
 * This registry's part in a handover between regions, from the registry events of every region on
 * Kafka (each admitted by its source region first): an offer to this region opens an incoming
 * file; the answer to this region's offer hands the file over or keeps it; the handover of a file
 * this region accepted fetches it, identity included, from the sending region's registry.
 */
@Injectable()
export class RegionHandoverConsumer implements ConsumerDefinition {
  readonly name = 'region-handover';
  readonly contexts = ['registry'] as const;
  // A file offered or handed over to this region is another region's candidate's until then.
  readonly candidates = 'every-region';

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
    private readonly peers: RegionPeers,
  ) {}

  async commandsFor(event: ConsumedEvent): Promise<readonly ConsumedCommand[]> {
    const here = this.config.REGION;
    const candidateId = event.payload.candidateId;
    switch (event.type) {
      case 'CandidateTransferred':
        if (field(event, 'toRegion') !== here) return [];
        return consumedCommand(candidates.stream(candidateId), parseOpenIncomingTransfer({
          candidateId,
          fromRegion: field(event, 'fromRegion'),
          toRegion: here,
          requestedOn: calendarDateInParis(new Date(field(event, 'transferredAt'))),
        }));
      case 'CandidateTransferAccepted':
        if (field(event, 'fromRegion') !== here) return [];
        return consumedCommand(candidates.stream(candidateId), parseRecordHandover({ candidateId, actingRegion: here, toRegion: field(event, 'toRegion') }));
      case 'CandidateTransferRefused':
        if (field(event, 'fromRegion') !== here) return [];
        return consumedCommand(candidates.stream(candidateId), parseRecordTransferRefusal({ candidateId, actingRegion: here, toRegion: field(event, 'toRegion'), reason: field(event, 'reasonCode') }));
      case 'CandidateHandedOver': {
        if (field(event, 'toRegion') !== here) return [];
        // A failed call throws: the consumer retries it, then keeps it as a dead letter to replay.
        const file = await this.peers.get(field(event, 'fromRegion'), `/regions/files/${encodeURIComponent(candidateId)}`, candidateFileSchema);
        return consumedCommand(candidates.stream(candidateId), parseReceiveCandidateFile({ ...file, actingRegion: here }));
      }
      default:
        return [];
    }
  }
}
