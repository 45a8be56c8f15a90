import { parseRecordAdmissibility, parseRecordCandidateHome, parseRecordPathway, parseRecordPathwayWithdrawal } from '@titrepro/domain-jury';
import { consumedCommand, type ConsumerDefinition } from '@titrepro/service-kit';
import { candidateFiles } from '../jury-aggregates';
import { dayOf, field, sourceOf } from './event-facts';

/**
 * What the registries of every region say of a candidate (each event admitted by its source region
 * first): home region, pathways, VAE admissibility. The jury never reads a registry's database.
 */
export const registryFacts: ConsumerDefinition = {
  name: 'registry-facts',
  contexts: ['registry'],
  // Every region's deployment holds a copy of each file (capitalisation, handovers); only the home decides on it.
  candidates: 'every-region',
  commandsFor: (event) => {
    const candidateId = event.payload.candidateId;
    const file = candidateFiles.stream(candidateId);
    const source = sourceOf(event);
    switch (event.type) {
      case 'CandidateRegistered':
        return consumedCommand(file, parseRecordCandidateHome({ candidateId, region: field(event, 'region'), source }));
      case 'CandidateHandedOver':
        return consumedCommand(file, parseRecordCandidateHome({ candidateId, region: field(event, 'toRegion'), source }));
      case 'PathwayOpened':
        return consumedCommand(
          file,
          parseRecordPathway({ candidateId, pathwayId: field(event, 'pathwayId'), titleCode: field(event, 'titleCode'), pathwayType: field(event, 'pathway'), region: field(event, 'region') ?? source.region, source }),
        );
      case 'PathwayWithdrawn':
        return consumedCommand(file, parseRecordPathwayWithdrawal({ candidateId, pathwayId: field(event, 'pathwayId'), source }));
      case 'VaeAdmissibilityDecided':
        return consumedCommand(
          file,
          parseRecordAdmissibility({
            candidateId,
            pathwayId: field(event, 'pathwayId') ?? null,
            titleCode: field(event, 'titleCode'),
            outcome: field(event, 'outcome') === 'admissible' ? 'admissible' : 'not-admissible',
            decidedOn: dayOf(event, 'decidedAt'),
            source,
          }),
        );
      default:
        return [];
    }
  },
};
