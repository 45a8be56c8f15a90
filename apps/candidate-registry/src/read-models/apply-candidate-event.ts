import type { CandidateEvent } from '@titrepro/domain-registry';
import type { EntityManager } from 'typeorm';
import { applyTransferEvent, isTransferEvent } from './apply-transfer-event';
import { purgeCandidateIdentity, upsertSummary } from './candidate-identity-rows';
import { CandidateSummary } from './candidate-summary.entity';
import { PathwayStatus } from './pathway-status.entity';
import { PendingAdmissibility } from './pending-admissibility.entity';

/**
 * Applies one candidate event to the read models. Upserts keyed by id, so that applying an event
 * twice leaves the same rows (the checkpoint makes it rare; this makes it harmless).
 */
export const applyCandidateEvent = async (manager: EntityManager, event: CandidateEvent, position: number): Promise<void> => {
  const updatedPosition = String(position);
  if (isTransferEvent(event)) return applyTransferEvent(manager, event, updatedPosition);
  switch (event.type) {
    case 'CandidateRegistered':
      return upsertSummary(manager, event.data, updatedPosition);
    case 'PathwayOpened':
      await manager.upsert(
        PathwayStatus,
        {
          pathwayId: event.data.pathwayId,
          candidateId: event.data.candidateId,
          titleCode: event.data.titleCode,
          pathwayType: event.data.pathwayType,
          status: 'open',
          vaeAdmissibilityStatus: 'not-requested',
          vaeAdmissibilityOutcome: null,
        },
        ['candidateId', 'pathwayId'],
      );
      return;
    case 'VaeAdmissibilityRequested': {
      const { data } = event;
      await manager.update(PathwayStatus, { candidateId: data.candidateId, pathwayId: data.pathwayId }, { vaeAdmissibilityStatus: 'requested', vaeAdmissibilityOutcome: null });
      const summary = await manager.findOneBy(CandidateSummary, { candidateId: data.candidateId });
      await manager.upsert(
        PendingAdmissibility,
        { pathwayId: data.pathwayId, candidateId: data.candidateId, region: summary?.region ?? '', titleCode: data.titleCode, requestedOn: data.requestedOn },
        ['candidateId', 'pathwayId'],
      );
      return;
    }
    case 'VaeAdmissibilityDecided':
      await manager.update(
        PathwayStatus,
        { candidateId: event.data.candidateId, pathwayId: event.data.pathwayId },
        { vaeAdmissibilityStatus: 'decided', vaeAdmissibilityOutcome: event.data.outcome },
      );
      await manager.delete(PendingAdmissibility, { candidateId: event.data.candidateId, pathwayId: event.data.pathwayId });
      return;
    case 'PathwayWithdrawn':
      await manager.update(PathwayStatus, { candidateId: event.data.candidateId, pathwayId: event.data.pathwayId }, { status: 'withdrawn' });
      await manager.delete(PendingAdmissibility, { candidateId: event.data.candidateId, pathwayId: event.data.pathwayId });
      return;
    // Sign-in links are not shown in the registry's read models (every service keeps its own table of them).
    case 'CandidateLinkCodeIssued':
    case 'CandidateSignInLinked':
      return;
    case 'CandidatePersonalDataErased':
      return purgeCandidateIdentity(manager, event.data.candidateId, { erased: true, updatedPosition });
    default: {
      const unexpected: never = event;
      throw new Error(`unknown candidate event ${JSON.stringify(unexpected)}`);
    }
  }
};
