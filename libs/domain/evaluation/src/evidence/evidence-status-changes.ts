import type { CalendarDate } from '@titrepro/domain-kernel';
import type { EvaluationState, PublishedEvidence } from '../evaluation.state';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import type { EvaluationDeciderDependencies } from '../shared/dependencies';
import { type EvidenceCompleteness, evidenceCompleteness } from './evidence-completeness';
import { trainersOf } from './trainers-of';

const sameStatus = (published: PublishedEvidence | null, now: EvidenceCompleteness): boolean =>
  published !== null &&
  published.rulebookId === now.rulebookId &&
  published.complete === now.complete &&
  published.presentKeys.join() === now.present.map((item) => item.key).join() &&
  published.missingKeys.join() === now.missing.map((item) => item.key).join();

/**
 * The status events a decision leads to, from the state its facts lead to: for each open pathway
 * whose evidence status differs from the one last published, an EvidenceCompletenessChanged; and a
 * CandidateTrainersChanged when the trainer list differs. Comparing with what was published, not
 * with the state before, also catches a change of rulebook since. A withdrawn pathway's status is
 * no longer published: the registry's withdrawal already tells.
 */
export const evidenceStatusChanges = (after: EvaluationState, on: CalendarDate, dependencies: EvaluationDeciderDependencies): EvaluationEvent[] => {
  if (after.status !== 'known') return [];
  const evidence = after.pathways
    .filter((pathway) => pathway.status === 'open')
    .flatMap((pathway): EvaluationEvent[] => {
      const now = evidenceCompleteness(after, pathway.pathwayId, on, dependencies);
      // No rulebook or title to read the file by: nothing can be said of it, so nothing is published.
      if (!now.ok || sameStatus(pathway.publishedEvidence, now.value)) return [];
      const { candidateId, pathwayId, titleCode, pathwayType, complete, present, missing, trace } = now.value;
      return [{ type: 'EvidenceCompletenessChanged', data: { candidateId, pathwayId, titleCode, pathwayType, complete, present, missing, changedOn: on, trace } }];
    });
  const trainerIds = trainersOf(after);
  const trainers: EvaluationEvent[] =
    trainerIds.join() === after.publishedTrainerIds.join() ? [] : [{ type: 'CandidateTrainersChanged', data: { candidateId: after.candidateId, trainerIds, changedOn: on } }];
  return [...evidence, ...trainers];
};
