import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { AssessorKind, AssignmentScope } from '../shared/assessor-facts';

/** The regional office assigned an assessor to one piece of a candidate's evaluation. */
export type AssessorAssigned = DomainEvent<
  'AssessorAssigned',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly assignmentId: string;
    readonly scope: AssignmentScope;
    readonly assessorId: string;
    readonly assessorKind: AssessorKind;
    /** The office that assigned (the pathway's, and the assessor's). */
    readonly region: string;
    readonly assignedOn: CalendarDate;
  }
>;
