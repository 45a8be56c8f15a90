import { conflict, fail, invalidInput, isAfter, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { CandidateEvent } from '../events/candidate-event-catalogue';
import type { CandidateState } from '../candidate.state';
import type { DecisionInput } from '../shared/decision';
import { actingOn, openVaePathway } from '../shared/guards';
import type { RequestVaeAdmissibility } from './request-vae-admissibility.command';

/** Files a dossier de recevabilité on an open VAE pathway with none pending and none admitted. */
export const decideRequestVaeAdmissibility = (command: RequestVaeAdmissibility, state: CandidateState, { on }: DecisionInput): EventsOrRefusal<CandidateEvent> => {
  const { data } = command;
  // Experience cannot be declared before it happened.
  for (const [index, period] of data.experiencePeriods.entries()) {
    if (isAfter(period.start, on)) return fail(invalidInput(`experiencePeriods[${index}].start`, `is after the request date ${on}`));
    if (isAfter(period.end, on)) return fail(invalidInput(`experiencePeriods[${index}].end`, `is after the request date ${on}`));
  }
  const candidate = actingOn(state, data.candidateId, data.actingRegion);
  if (!candidate.ok) return candidate;
  const pathway = openVaePathway(candidate.value, data.pathwayId);
  if (!pathway.ok) return pathway;
  const admissibility = pathway.value.vaeAdmissibility;
  if (admissibility.status === 'requested') {
    return fail(conflict(`a dossier de recevabilité is already pending on pathway ${data.pathwayId} since ${admissibility.requestedOn}`));
  }
  if (admissibility.status === 'decided' && admissibility.outcome === 'admissible') {
    return fail(conflict(`pathway ${data.pathwayId} was declared admissible on ${admissibility.decidedOn}`));
  }
  return ok([
    {
      type: 'VaeAdmissibilityRequested',
      data: {
        candidateId: data.candidateId,
        pathwayId: data.pathwayId,
        titleCode: pathway.value.titleCode,
        requestedOn: on,
        experiencePeriods: data.experiencePeriods.map(({ start, end, capacity, relatedToTitle }) => ({ start, end, capacity, relatedToTitle })),
        experienceDescriptions: data.experiencePeriods.map(({ organisation, role }) => ({ organisation, role })),
      },
    },
  ]);
};
