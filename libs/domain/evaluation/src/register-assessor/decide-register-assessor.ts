import { conflict, fail, notFound, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { AssessorState } from '../assessor.state';
import type { AssessorEvent } from '../events/assessor-event-catalogue';
import type { DecisionInput } from '../shared/decision';
import type { RegisterAssessor } from './register-assessor.command';

/** Registers once per stream; every title named (qualifications, specialty) must be in the référentiel. */
export const decideRegisterAssessor = (command: RegisterAssessor, state: AssessorState, { on, dependencies }: DecisionInput): EventsOrRefusal<AssessorEvent> => {
  const { data } = command;
  if (state.status !== 'unregistered') return fail(conflict(`assessor ${data.assessorId} is already registered`));
  const titles = [...data.qualifiedTitleCodes, ...(data.specialtyTitleCode === null ? [] : [data.specialtyTitleCode])];
  const unknown = titles.find((code) => !dependencies.referential.findTitle(code));
  if (unknown) return fail(notFound('title', unknown));
  return ok([
    {
      type: 'AssessorRegistered',
      data: {
        assessorId: data.assessorId,
        region: data.region,
        kind: data.kind,
        specialtyTitleCode: data.specialtyTitleCode,
        qualifiedTitleCodes: data.qualifiedTitleCodes,
        registeredOn: on,
        familyName: data.familyName,
        givenNames: data.givenNames,
      },
    },
  ]);
};
