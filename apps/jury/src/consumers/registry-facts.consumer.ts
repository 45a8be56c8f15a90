import { CandidateHandedOverV1, CandidateRegisteredV1, PathwayOpenedV1, PathwayWithdrawnV1, VaeAdmissibilityDecidedV1, VaeAdmissibilityRequestedV1 } from '@titrepro/contracts';
import { parseRecordAdmissibility, parseRecordAdmissibilityRequest, parseRecordCandidateHome, parseRecordPathway, parseRecordPathwayWithdrawal } from '@titrepro/domain-jury';
import { byContract, on } from '@titrepro/messaging';
import { consumedCommand, type ConsumerDefinition } from '@titrepro/service-kit';
import { candidateFiles } from '../jury-aggregates';
import { dayOf, sourceOf } from './event-facts';

/**
 * What the registries of every region say of a candidate (each event admitted by its source region
 * first): home region, pathways, VAE admissibility requests (from 2024 the office's silence counts
 * from them) and decisions. The jury never reads a registry's database.
 */
export const registryFacts: ConsumerDefinition = {
  name: 'registry-facts',
  contexts: ['registry'],
  // Every region's deployment holds a copy of each file (capitalisation, handovers); only the home decides on it.
  candidates: 'every-region',
  commandsFor: byContract(
    on(CandidateRegisteredV1, (event) => {
      const { candidateId, region } = event.payload;
      return consumedCommand(candidateFiles.stream(candidateId), parseRecordCandidateHome({ candidateId, region, source: sourceOf(event) }));
    }),
    on(CandidateHandedOverV1, (event) => {
      const { candidateId, toRegion } = event.payload;
      return consumedCommand(candidateFiles.stream(candidateId), parseRecordCandidateHome({ candidateId, region: toRegion, source: sourceOf(event) }));
    }),
    on(PathwayOpenedV1, (event) => {
      const { candidateId, pathwayId, titleCode, pathway, region } = event.payload;
      const source = sourceOf(event);
      return consumedCommand(candidateFiles.stream(candidateId), parseRecordPathway({ candidateId, pathwayId, titleCode, pathwayType: pathway, region: region ?? source.region, source }));
    }),
    on(PathwayWithdrawnV1, (event) => {
      const { candidateId, pathwayId } = event.payload;
      return consumedCommand(candidateFiles.stream(candidateId), parseRecordPathwayWithdrawal({ candidateId, pathwayId, source: sourceOf(event) }));
    }),
    on(VaeAdmissibilityRequestedV1, (event) => {
      const { candidateId, pathwayId, titleCode, requestedAt } = event.payload;
      return consumedCommand(
        candidateFiles.stream(candidateId),
        parseRecordAdmissibilityRequest({ candidateId, pathwayId: pathwayId ?? null, titleCode, requestedOn: dayOf(requestedAt), source: sourceOf(event) }),
      );
    }),
    on(VaeAdmissibilityDecidedV1, (event) => {
      const { candidateId, pathwayId, titleCode, outcome, decidedAt } = event.payload;
      return consumedCommand(
        candidateFiles.stream(candidateId),
        parseRecordAdmissibility({
          candidateId,
          pathwayId: pathwayId ?? null,
          titleCode,
          outcome: outcome === 'admissible' ? 'admissible' : 'not-admissible',
          decidedOn: dayOf(decidedAt),
          source: sourceOf(event),
        }),
      );
    }),
  ),
};
