import { conflict, fail, notFound, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { CandidateEvent } from '../events/candidate-event-catalogue';
import { applyRule, decisionTrace, violationOf } from '@titrepro/domain-rulebook';
import type { CandidateState } from '../candidate.state';
import type { DecisionInput } from '../shared/decision';
import { actingOn, rulebookFor } from '../shared/guards';
import type { OpenPathway } from './open-pathway.command';

/** Opens a pathway on a title in force on the decision day, under rule PATHWAY of the rulebook in force. */
export const decideOpenPathway = (command: OpenPathway, state: CandidateState, { on, dependencies }: DecisionInput): EventsOrRefusal<CandidateEvent> => {
  const { data } = command;
  const candidate = actingOn(state, data.candidateId, data.actingRegion);
  if (!candidate.ok) return candidate;
  if (candidate.value.pathways.some((pathway) => pathway.pathwayId === data.pathwayId)) {
    return fail(conflict(`pathway ${data.pathwayId} already exists`));
  }

  const title = dependencies.referential.findTitle(data.titleCode);
  if (!title) return fail(notFound('title', data.titleCode));
  const titleInForce = dependencies.referential.titleValidAt(data.titleCode, on);
  if (!titleInForce) return fail(conflict(`title ${title.code} (${title.acronym}) is not in force on ${on}`));

  const rulebook = rulebookFor(dependencies, on);
  if (!rulebook.ok) return rulebook;
  const applied = applyRule(rulebook.value, 'PATHWAY', {
    titleCode: data.titleCode,
    requestedType: data.pathwayType,
    openPathways: candidate.value.pathways
      .filter((pathway) => pathway.status === 'open')
      .map((pathway) => ({ pathwayId: pathway.pathwayId, titleCode: pathway.titleCode, type: pathway.type })),
  });
  if (!applied.outcome.passed) return fail(violationOf(applied.outcome));

  return ok([
    {
      type: 'PathwayOpened',
      data: {
        candidateId: data.candidateId,
        pathwayId: data.pathwayId,
        titleCode: titleInForce.code,
        titleVersion: titleInForce.version,
        pathwayType: data.pathwayType,
        openedOn: on,
        trace: decisionTrace(rulebook.value, [applied]),
      },
    },
  ]);
};
