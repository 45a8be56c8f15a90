import type { CandidateEvent } from '@titrepro/domain-registry';
import { forgetIdentity, putSummary } from './candidate-identity-rows';
import type { CandidateRows } from './candidate-read-model-tables';

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
export const applyTransferEvent = (rows: CandidateRows, event: TransferEvent, updatedPosition: string): void => {
  const { candidateId } = event.data;
  switch (event.type) {
    case 'CandidateTransferred':
      rows.summaries.update({ candidateId }, { transferTo: event.data.toRegion, transferRequestedOn: event.data.transferredOn, updatedPosition });
      return;
    case 'OutgoingTransferRefused':
      rows.summaries.update({ candidateId }, { transferTo: null, transferRequestedOn: null, updatedPosition });
      return;
    case 'CandidateHandedOver':
      // The receiving region is home now: this region's officers no longer read the identity.
      return forgetIdentity(rows, candidateId, { region: event.data.toRegion, transferTo: null, transferRequestedOn: null, updatedPosition });
    case 'IncomingTransferOpened':
      rows.transfers.put({ candidateId, fromRegion: event.data.fromRegion, toRegion: event.data.toRegion, requestedOn: event.data.requestedOn, status: 'open', answeredOn: null, updatedPosition });
      return;
    case 'IncomingTransferAccepted':
      rows.transfers.update({ candidateId }, { status: 'accepted', answeredOn: event.data.acceptedOn, updatedPosition });
      return;
    case 'IncomingTransferRefused':
      rows.transfers.update({ candidateId }, { status: 'refused', answeredOn: event.data.refusedOn, updatedPosition });
      return;
    case 'CandidateFileReceived': {
      const { data } = event;
      putSummary(rows, data, updatedPosition);
      rows.transfers.update({ candidateId }, { status: 'received', updatedPosition });
      for (const pathway of data.pathways) {
        const admissibility = pathway.vaeAdmissibility;
        rows.pathways.put({
          candidateId,
          pathwayId: pathway.pathwayId,
          titleCode: pathway.titleCode,
          pathwayType: pathway.type,
          status: pathway.status,
          vaeAdmissibilityStatus: admissibility.status,
          vaeAdmissibilityOutcome: admissibility.status === 'decided' ? admissibility.outcome : null,
        });
        if (pathway.status === 'open' && admissibility.status === 'requested') {
          rows.pending.put({ candidateId, pathwayId: pathway.pathwayId, region: data.region, titleCode: pathway.titleCode, requestedOn: admissibility.requestedOn });
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
