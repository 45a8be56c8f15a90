import type { CandidateEvent } from '@titrepro/domain-registry';
import type { EntityManager } from 'typeorm';
import { purgeCandidateIdentity, upsertSummary } from './candidate-identity-rows';
import { CandidateSummary } from './candidate-summary.entity';
import { IncomingTransfer } from './incoming-transfer.entity';
import { PathwayStatus } from './pathway-status.entity';
import { PendingAdmissibility } from './pending-admissibility.entity';

export type TransferEvent = Extract<
  CandidateEvent,
  {
    type:
      | 'CandidateTransferred'
      | 'OutgoingTransferRefused'
      | 'CandidateHandedOver'
      | 'IncomingTransferOpened'
      | 'IncomingTransferAccepted'
      | 'IncomingTransferRefused'
      | 'CandidateFileReceived';
  }
>;

const TRANSFER_EVENTS: ReadonlySet<string> = new Set<TransferEvent['type']>([
  'CandidateTransferred',
  'OutgoingTransferRefused',
  'CandidateHandedOver',
  'IncomingTransferOpened',
  'IncomingTransferAccepted',
  'IncomingTransferRefused',
  'CandidateFileReceived',
]);

export const isTransferEvent = (event: CandidateEvent): event is TransferEvent => TRANSFER_EVENTS.has(event.type);

/** The read models of a handover, in the sending region (summary) and the receiving one (incoming list, then the file). */
export const applyTransferEvent = async (manager: EntityManager, event: TransferEvent, updatedPosition: string): Promise<void> => {
  const { candidateId } = event.data;
  switch (event.type) {
    case 'CandidateTransferred':
      await manager.update(CandidateSummary, { candidateId }, { transferTo: event.data.toRegion, transferRequestedOn: event.data.transferredOn, updatedPosition });
      return;
    case 'OutgoingTransferRefused':
      await manager.update(CandidateSummary, { candidateId }, { transferTo: null, transferRequestedOn: null, updatedPosition });
      return;
    case 'CandidateHandedOver':
      // The receiving region is home now: this region's officers no longer read the identity.
      await purgeCandidateIdentity(manager, candidateId, { region: event.data.toRegion, transferTo: null, transferRequestedOn: null, updatedPosition });
      return;
    case 'IncomingTransferOpened':
      await manager.upsert(
        IncomingTransfer,
        { candidateId, fromRegion: event.data.fromRegion, toRegion: event.data.toRegion, requestedOn: event.data.requestedOn, status: 'open', answeredOn: null, updatedPosition },
        ['candidateId'],
      );
      return;
    case 'IncomingTransferAccepted':
      await manager.update(IncomingTransfer, { candidateId }, { status: 'accepted', answeredOn: event.data.acceptedOn, updatedPosition });
      return;
    case 'IncomingTransferRefused':
      await manager.update(IncomingTransfer, { candidateId }, { status: 'refused', answeredOn: event.data.refusedOn, updatedPosition });
      return;
    case 'CandidateFileReceived': {
      const { data } = event;
      await upsertSummary(manager, data, updatedPosition);
      await manager.update(IncomingTransfer, { candidateId }, { status: 'received', updatedPosition });
      for (const pathway of data.pathways) {
        const admissibility = pathway.vaeAdmissibility;
        await manager.upsert(
          PathwayStatus,
          {
            candidateId,
            pathwayId: pathway.pathwayId,
            titleCode: pathway.titleCode,
            pathwayType: pathway.type,
            status: pathway.status,
            vaeAdmissibilityStatus: admissibility.status,
            vaeAdmissibilityOutcome: admissibility.status === 'decided' ? admissibility.outcome : null,
          },
          ['candidateId', 'pathwayId'],
        );
        if (pathway.status === 'open' && admissibility.status === 'requested') {
          await manager.upsert(
            PendingAdmissibility,
            { candidateId, pathwayId: pathway.pathwayId, region: data.region, titleCode: pathway.titleCode, requestedOn: admissibility.requestedOn },
            ['candidateId', 'pathwayId'],
          );
        }
      }
      return;
    }
    default: {
      const unexpected: never = event;
      throw new Error(`unknown transfer event ${JSON.stringify(unexpected)}`);
    }
  }
};
