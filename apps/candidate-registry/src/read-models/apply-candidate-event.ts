import { revealed } from '@titrepro/domain-kernel';
import type { CandidateEvent } from '@titrepro/domain-registry';
import type { EntityManager } from 'typeorm';
import { CandidateSummary } from './candidate-summary.entity';
import { PathwayStatus } from './pathway-status.entity';
import { PendingAdmissibility } from './pending-admissibility.entity';


/** Columns that hold the candidate's personal data: nulled on erasure. */
export const ERASED_PERSONAL_COLUMNS = { familyName: null, givenNames: null, birthDate: null, email: null } as const;

/**
 * Applies one candidate event to the read models. Upserts keyed by id, so that applying an event
 * twice leaves the same rows (the checkpoint makes it rare; this makes it harmless).
 */
export const applyCandidateEvent = async (manager: EntityManager, event: CandidateEvent, position: number): Promise<void> => {
  const updatedPosition = String(position);
  switch (event.type) {
    case 'CandidateRegistered': {
      const { data } = event;
      const givenNames = revealed(data.givenNames);
      await manager.upsert(
        CandidateSummary,
        {
          candidateId: data.candidateId,
          region: data.region,
          familyName: revealed(data.familyName),
          givenNames: givenNames ? givenNames.join(' ') : null,
          birthDate: revealed(data.birthDate),
          email: revealed(data.contact)?.email ?? null,
          registeredOn: data.registeredOn,
          erased: false,
          updatedPosition,
        },
        ['candidateId'],
      );
      return;
    }
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
    case 'CandidateTransferred':
      await manager.update(CandidateSummary, { candidateId: event.data.candidateId }, { region: event.data.toRegion, updatedPosition });
      await manager.update(PendingAdmissibility, { candidateId: event.data.candidateId }, { region: event.data.toRegion });
      return;
    case 'CandidatePersonalDataErased':
      await manager.update(
        CandidateSummary,
        { candidateId: event.data.candidateId },
        { ...ERASED_PERSONAL_COLUMNS, erased: true, updatedPosition },
      );
      await manager.delete(PendingAdmissibility, { candidateId: event.data.candidateId });
      return;
    default: {
      const unexpected: never = event;
      throw new Error(`unknown candidate event ${JSON.stringify(unexpected)}`);
    }
  }
};
