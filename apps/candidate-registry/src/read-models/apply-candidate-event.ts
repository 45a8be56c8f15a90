import type { CandidateEvent } from '@titrepro/domain-registry';
import { applyTransferEvent, isTransferEvent } from './apply-transfer-event';
import { forgetIdentity, putSummary } from './candidate-identity-rows';
import type { CandidateRows } from './candidate-read-model-tables';

/**
 * Applies one candidate event to the page's rows. Upserts keyed by id, so that applying an event
 * twice leaves the same rows (the checkpoint makes it rare; this makes it harmless).
 */
export const applyCandidateEvent = (rows: CandidateRows, event: CandidateEvent, position: number): void => {
  const updatedPosition = String(position);
  if (isTransferEvent(event)) return applyTransferEvent(rows, event, updatedPosition);
  switch (event.type) {
    case 'CandidateRegistered':
      return putSummary(rows, event.data, updatedPosition);
    case 'PathwayOpened': {
      const { pathwayId, candidateId, titleCode, pathwayType } = event.data;
      rows.pathways.put({ pathwayId, candidateId, titleCode, pathwayType, status: 'open', vaeAdmissibilityStatus: 'not-requested', vaeAdmissibilityOutcome: null });
      return;
    }
    case 'VaeAdmissibilityRequested': {
      const { candidateId, pathwayId, titleCode, requestedOn } = event.data;
      rows.pathways.update({ candidateId, pathwayId }, { vaeAdmissibilityStatus: 'requested', vaeAdmissibilityOutcome: null });
      const summary = rows.summaries.get({ candidateId });
      rows.pending.put({ pathwayId, candidateId, region: summary?.region ?? '', titleCode, requestedOn });
      return;
    }
    case 'VaeAdmissibilityDecided': {
      const { candidateId, pathwayId, outcome } = event.data;
      rows.pathways.update({ candidateId, pathwayId }, { vaeAdmissibilityStatus: 'decided', vaeAdmissibilityOutcome: outcome });
      rows.pending.delete({ candidateId, pathwayId });
      return;
    }
    case 'PathwayWithdrawn': {
      const { candidateId, pathwayId } = event.data;
      rows.pathways.update({ candidateId, pathwayId }, { status: 'withdrawn' });
      rows.pending.delete({ candidateId, pathwayId });
      return;
    }
    // Sign-in links are not shown in the registry's read models (every service keeps its own table of them).
    case 'CandidateLinkCodeIssued':
    case 'CandidateSignInLinked':
      return;
    case 'CandidatePersonalDataErased':
      return forgetIdentity(rows, event.data.candidateId, { erased: true, updatedPosition });
    default: {
      const unexpected: never = event;
      throw new Error(`unknown candidate event ${JSON.stringify(unexpected)}`);
    }
  }
};
