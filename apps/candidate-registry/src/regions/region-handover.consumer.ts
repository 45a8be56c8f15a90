import { Inject, Injectable } from '@nestjs/common';
import { CandidateHandedOverV1, CandidateTransferAcceptedV1, CandidateTransferRefusedV1, CandidateTransferredV1 } from '@titrepro/contracts';
import { calendarDateInParis } from '@titrepro/domain-kernel';
import {
  candidateFileSchema,
  parseOpenIncomingTransfer,
  parseReceiveCandidateFile,
  parseRecordHandover,
  parseRecordTransferRefusal,
} from '@titrepro/domain-registry';
import { byContract, on } from '@titrepro/messaging';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import { consumedCommand, RegionPeers, type ConsumedCommands, type ConsumerDefinition } from '@titrepro/service-kit';
import type { RegistryConfig } from '../config/registry-config';
import { candidates } from '../candidates/candidate-aggregate';

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

  readonly commandsFor = byContract(
    on(CandidateTransferredV1, ({ payload: { candidateId, fromRegion, toRegion, transferredAt } }): ConsumedCommands => {
      if (toRegion !== this.here) return [];
      return consumedCommand(candidates.stream(candidateId), parseOpenIncomingTransfer({ candidateId, fromRegion, toRegion, requestedOn: calendarDateInParis(new Date(transferredAt)) }));
    }),
    on(CandidateTransferAcceptedV1, ({ payload: { candidateId, fromRegion, toRegion } }): ConsumedCommands => {
      if (fromRegion !== this.here) return [];
      return consumedCommand(candidates.stream(candidateId), parseRecordHandover({ candidateId, actingRegion: fromRegion, toRegion }));
    }),
    on(CandidateTransferRefusedV1, ({ payload: { candidateId, fromRegion, toRegion, reasonCode } }): ConsumedCommands => {
      if (fromRegion !== this.here) return [];
      return consumedCommand(candidates.stream(candidateId), parseRecordTransferRefusal({ candidateId, actingRegion: fromRegion, toRegion, reason: reasonCode }));
    }),
    on(CandidateHandedOverV1, async ({ payload: { candidateId, fromRegion, toRegion } }): Promise<ConsumedCommands> => {
      if (toRegion !== this.here) return [];
      // A failed call throws: the consumer retries it, then keeps it as a dead letter to replay.
      const file = await this.peers.get(fromRegion, `/regions/files/${encodeURIComponent(candidateId)}`, candidateFileSchema);
      return consumedCommand(candidates.stream(candidateId), parseReceiveCandidateFile({ ...file, actingRegion: toRegion }));
    }),
  );

  private get here(): string {
    return this.config.REGION;
  }
}
