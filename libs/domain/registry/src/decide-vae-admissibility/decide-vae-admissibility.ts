import { conflict, fail, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { CandidateEvent } from '../events/candidate-event-catalogue';
import { applyRule, decisionTrace, violationOf } from '@titrepro/domain-rulebook';
import type { CandidateState } from '../candidate.state';
import type { DecisionInput } from '../shared/decision';
import { actingOn, openVaePathway, rulebookFor } from '../shared/guards';
import type { DecideVaeAdmissibility } from './decide-vae-admissibility.command';

/**
 * The officer's answer is theirs, within the rule of the request's day: "not admissible" is always possible (the rule is
 * a minimum), "admissible" is refused when VAE-EXPERIENCE fails. Either way the rule's verdict is recorded.
 */
export const decideVaeAdmissibility = (command: DecideVaeAdmissibility, state: CandidateState, { on, dependencies }: DecisionInput): EventsOrRefusal<CandidateEvent> => {
  const { data } = command;
  const candidate = actingOn(state, data.candidateId, data.actingRegion);
  if (!candidate.ok) return candidate;
  const pathway = openVaePathway(candidate.value, data.pathwayId);
  if (!pathway.ok) return pathway;
  const admissibility = pathway.value.vaeAdmissibility;
  if (admissibility.status !== 'requested') {
    return fail(conflict(`no dossier de recevabilité is pending on pathway ${data.pathwayId}`));
  }

  // VAE-EXPERIENCE reads the request's date (RULE_DATES): a dossier filed on 2017-09-30 is judged by
  // the three years of its day, even when answered in October; the experience is counted to the decision day.
  const rulebook = rulebookFor(dependencies, admissibility.requestedOn);
  if (!rulebook.ok) return rulebook;
  const applied = applyRule(rulebook.value, 'VAE-EXPERIENCE', { periods: admissibility.periods, on });
  const experience = applied.outcome;
  if (data.outcome === 'admissible' && !experience.passed) return fail(violationOf(experience));

  return ok([
    {
      type: 'VaeAdmissibilityDecided',
      data: {
        candidateId: data.candidateId,
        pathwayId: data.pathwayId,
        titleCode: pathway.value.titleCode,
        decidedOn: on,
        outcome: data.outcome,
        reason: data.reason ?? null,
        experienceMonths: experience.details.experienceMonths,
        requiredMonths: experience.details.requiredMonths,
        trace: decisionTrace(rulebook.value, [applied]),
      },
    },
  ]);
};
