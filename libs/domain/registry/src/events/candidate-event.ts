import type { DecisionTrace } from '@titrepro/domain-kernel';
import type { CandidatePersonalDataErased } from './candidate-personal-data-erased.event';
import type { CandidateRegistered } from './candidate-registered.event';
import type { CandidateTransferred } from './candidate-transferred.event';
import type { PathwayOpened } from './pathway-opened.event';
import type { PathwayWithdrawn } from './pathway-withdrawn.event';
import type { VaeAdmissibilityDecided } from './vae-admissibility-decided.event';
import type { VaeAdmissibilityRequested } from './vae-admissibility-requested.event';

/** Every event of a candidate stream. */
export type CandidateEvent =
  | CandidateRegistered
  | PathwayOpened
  | VaeAdmissibilityRequested
  | VaeAdmissibilityDecided
  | PathwayWithdrawn
  | CandidateTransferred
  | CandidatePersonalDataErased;

export type CandidateEventType = CandidateEvent['type'];

/** Schema version of each event type's data, stored with the event; bump with an upcaster. */
export const eventSchemaVersions = {
  CandidateRegistered: 1,
  PathwayOpened: 1,
  VaeAdmissibilityRequested: 1,
  VaeAdmissibilityDecided: 1,
  PathwayWithdrawn: 1,
  CandidateTransferred: 1,
  CandidatePersonalDataErased: 1,
} as const satisfies { readonly [Type in CandidateEventType]: number };

export const CANDIDATE_EVENT_TYPES = Object.keys(eventSchemaVersions) as readonly CandidateEventType[];

export const isCandidateEventType = (type: string): type is CandidateEventType => Object.hasOwn(eventSchemaVersions, type);

const PERSONAL_FIELDS = {
  CandidateRegistered: ['familyName', 'givenNames', 'birthDate', 'contact'],
  PathwayOpened: [],
  VaeAdmissibilityRequested: ['experienceDescriptions'],
  VaeAdmissibilityDecided: ['reason'],
  PathwayWithdrawn: [],
  CandidateTransferred: [],
  CandidatePersonalDataErased: [],
} as const satisfies { readonly [Type in CandidateEventType]: readonly string[] };

/**
 * Top-level keys of an event's `data` that are the candidate's personal data: the app passes them
 * to the event store (PersonalDataSpec, subject = candidateId) to be encrypted under the candidate's key.
 */
export const personalFieldsOf = (type: CandidateEventType): readonly string[] => PERSONAL_FIELDS[type];

/** Which rulebook and rules decided this event, for its metadata; undefined for events that are not rule decisions. */
export const decisionTraceOf = (event: CandidateEvent): DecisionTrace | undefined => {
  switch (event.type) {
    case 'PathwayOpened':
    case 'VaeAdmissibilityDecided':
      return { rulebookId: event.data.rulebookId, ruleIds: event.data.ruleIds };
    case 'CandidateRegistered':
    case 'VaeAdmissibilityRequested':
    case 'PathwayWithdrawn':
    case 'CandidateTransferred':
    case 'CandidatePersonalDataErased':
      return undefined;
    default: {
      const unexpected: never = event;
      throw new Error(`unknown candidate event ${JSON.stringify(unexpected)}`);
    }
  }
};
