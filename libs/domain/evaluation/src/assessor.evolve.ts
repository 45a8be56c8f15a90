import type { AssessorState } from './assessor.state';
import type { AssessorEvent } from './events/assessor-event-catalogue';

/** Folds one event into the assessor's state. */
export const evolveAssessor = (_state: AssessorState, event: AssessorEvent): AssessorState => {
  switch (event.type) {
    case 'AssessorRegistered':
      return {
        status: 'registered',
        facts: {
          assessorId: event.data.assessorId,
          kind: event.data.kind,
          specialtyTitleCode: event.data.specialtyTitleCode,
          qualifiedTitleCodes: event.data.qualifiedTitleCodes,
          region: event.data.region,
        },
      };
    default: {
      const unexpected: never = event.type;
      throw new Error(`unknown assessor event ${JSON.stringify(unexpected)}`);
    }
  }
};
