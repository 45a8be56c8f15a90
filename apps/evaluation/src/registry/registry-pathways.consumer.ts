import { parseRecordHandover, parseRecordPathway, parseRecordPathwayWithdrawal } from '@titrepro/domain-evaluation';
import type { ConsumedEvent } from '@titrepro/messaging';
import { consumedCommand, type ConsumerDefinition } from '@titrepro/service-kit';
import { evaluations } from '../evaluation-aggregates';

const field = (event: ConsumedEvent, name: string): unknown => event.payload[name];

/**
 * The candidates' pathways and home regions, as the registries of every region publish them (each
 * event admitted by its source region first): what the evaluation decides on. This service never
 * reads the registry's database.
 */
export const registryPathways: ConsumerDefinition = {
  name: 'registry-candidates',
  contexts: ['registry'],
  // Evidence is gathered and judged by the candidate's home region only (defect: bre once published
  // idf's candidates' evidence status); the pathways of a file handed over here are applied then.
  candidates: 'own-region',
  commandsFor: (event) => {
    const candidateId = event.payload.candidateId;
    switch (event.type) {
      case 'PathwayOpened':
        return consumedCommand(evaluations.stream(candidateId), parseRecordPathway({ candidateId, pathwayId: field(event, 'pathwayId'), titleCode: field(event, 'titleCode'), pathwayType: field(event, 'pathway'), region: field(event, 'region') }),
        );
      case 'PathwayWithdrawn':
        return consumedCommand(evaluations.stream(candidateId), parseRecordPathwayWithdrawal({ candidateId, pathwayId: field(event, 'pathwayId') }));
      // The new home region's office organises the rest of the evaluation.
      case 'CandidateHandedOver':
        return consumedCommand(evaluations.stream(candidateId), parseRecordHandover({ candidateId, fromRegion: field(event, 'fromRegion'), toRegion: field(event, 'toRegion') }));
      default:
        return [];
    }
  },
};
