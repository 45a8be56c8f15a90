import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { AssessorKind, CompetenceOutcome, PracticalAssessmentTarget } from '../shared/assessor-facts';

/** The assigned assessor recorded a held mise en situation: one outcome per compétence of its target. */
export type PracticalAssessmentRecorded = DomainEvent<
  'PracticalAssessmentRecorded',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly assessmentId: string;
    readonly target: PracticalAssessmentTarget;
    readonly heldOn: CalendarDate;
    readonly outcomes: readonly CompetenceOutcome[];
    readonly assessorId: string;
    /** Kept so that the candidate's trainers are known to the jury (JURY-PROFESSIONALS). */
    readonly assessorKind: AssessorKind;
    readonly recordedOn: CalendarDate;
  }
>;
