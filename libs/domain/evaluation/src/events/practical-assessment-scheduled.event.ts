import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { PracticalAssessmentTarget } from '../shared/assessor-facts';

/** The regional office scheduled a mise en situation professionnelle for the candidate. */
export type PracticalAssessmentScheduled = DomainEvent<
  'PracticalAssessmentScheduled',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly assessmentId: string;
    readonly target: PracticalAssessmentTarget;
    /** The day it is to be held. */
    readonly scheduledOn: CalendarDate;
    readonly region: string;
    /** The day it was scheduled. */
    readonly recordedOn: CalendarDate;
  }
>;
