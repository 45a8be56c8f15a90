import { conflict, fail, invalidInput, isAfter, ok } from '@titrepro/domain-kernel';
import type { CandidateState } from '../candidate.state';
import type { Decision, DecisionInput } from '../shared/decision';
import { parseCommandData } from '../shared/parse-command-data';
import type { RegisterCandidate } from './register-candidate.command';
import { registerCandidateDataSchema } from './register-candidate.command';

export const decideRegisterCandidate = (command: RegisterCandidate, state: CandidateState, { on }: DecisionInput): Decision => {
  const parsed = parseCommandData(registerCandidateDataSchema, command.data);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  if (state.status !== 'unregistered') return fail(conflict(`candidate ${data.candidateId} is already registered`));
  if (isAfter(data.birthDate, on)) return fail(invalidInput('birthDate', `is after the registration date ${on}`));
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
