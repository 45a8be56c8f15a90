import { checkDateInRange, conflict, DATE_RANGES, fail, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { CandidateEvent } from '../events/candidate-event-catalogue';
import type { CandidateState } from '../candidate.state';
import type { DecisionInput } from '../shared/decision';
import type { RegisterCandidate } from './register-candidate.command';

/** Registers once per stream; a birth date outside its plausible range on the registration day is refused (a fact of the decision date, not of the input). */
export const decideRegisterCandidate = (command: RegisterCandidate, state: CandidateState, { on }: DecisionInput): EventsOrRefusal<CandidateEvent> => {
  const { data } = command;
  if (state.status !== 'unregistered') return fail(conflict(`candidate ${data.candidateId} is already registered`));
  const birthDate = checkDateInRange(DATE_RANGES.birthDate, 'birthDate', data.birthDate, on);
  if (!birthDate.ok) return birthDate;
  return ok([
    {
      type: 'CandidateRegistered',
      data: {
        candidateId: data.candidateId,
        region: data.region,
        registeredOn: on,
        familyName: data.familyName,
        givenNames: data.givenNames,
        birthDate: data.birthDate,
        contact: data.contact,
      },
    },
  ]);
};
