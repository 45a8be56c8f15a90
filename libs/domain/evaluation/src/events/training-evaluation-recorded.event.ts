import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

export type TrainingEvaluationResult = 'passed' | 'failed';

/** A trainer recorded the result of an évaluation en cours de formation (ECF) for one CCP, under EVIDENCE-CONTINUOUS. */
export type TrainingEvaluationRecorded = DomainEvent<
  'TrainingEvaluationRecorded',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly ccpCode: string;
    readonly evaluatedOn: CalendarDate;
    readonly result: TrainingEvaluationResult;
    /** Always a trainer assigned to that CCP's ECF. */
    readonly assessorId: string;
    readonly recordedOn: CalendarDate;
    readonly rulebookId: string;
    readonly ruleIds: readonly string[];
  }
>;
