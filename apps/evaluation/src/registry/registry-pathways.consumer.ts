import { CandidateHandedOverV1, PathwayOpenedV1, PathwayWithdrawnV1 } from '@titrepro/contracts';
import { parseRecordHandover, parseRecordPathway, parseRecordPathwayWithdrawal } from '@titrepro/domain-evaluation';
import { byContract, on } from '@titrepro/messaging';
import { consumedCommand, type ConsumerDefinition } from '@titrepro/service-kit';
import { evaluations } from '../evaluation-aggregates';

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
  commandsFor: byContract(
    on(PathwayOpenedV1, ({ payload: { candidateId, pathwayId, titleCode, pathway, region } }) =>
      consumedCommand(evaluations.stream(candidateId), parseRecordPathway({ candidateId, pathwayId, titleCode, pathwayType: pathway, region })),
    ),
    on(PathwayWithdrawnV1, ({ payload: { candidateId, pathwayId } }) => consumedCommand(evaluations.stream(candidateId), parseRecordPathwayWithdrawal({ candidateId, pathwayId }))),
    // The new home region's office organises the rest of the evaluation.
    on(CandidateHandedOverV1, ({ payload: { candidateId, fromRegion, toRegion } }) =>
      consumedCommand(evaluations.stream(candidateId), parseRecordHandover({ candidateId, fromRegion, toRegion })),
    ),
  ),
};
