import type { CalendarDate } from '@titrepro/domain-kernel';
import type { PathwayType } from '@titrepro/domain-rulebook';
import type { AssessorKind, AssignmentScope, CompetenceOutcome, PracticalAssessmentTarget } from './shared/assessor-facts';
import type { PairAssessor } from './events/ccp-pair-assessment-recorded.event';
import type { DsppDocument } from './events/dspp-submitted.event';
import type { TrainingEvaluationResult } from './events/training-evaluation-recorded.event';

export interface Assignment {
  readonly assignmentId: string;
  readonly scope: AssignmentScope;
  readonly assessorId: string;
  readonly assessorKind: AssessorKind;
  readonly assignedOn: CalendarDate;
}

/** One ECF result for one CCP. */
export interface EcfResult {
  readonly ccpCode: string;
  readonly result: TrainingEvaluationResult;
  readonly evaluatedOn: CalendarDate;
  readonly assessorId: string;
}

/** The DSPP the jury will read: the latest submission. */
export interface CurrentDspp {
  readonly submissionId: string;
  readonly submittedOn: CalendarDate;
  readonly submittedBy: string;
  /** One per activité type of the title. */
  readonly documents: readonly DsppDocument[];
}

interface PracticalAssessmentCommon {
  readonly assessmentId: string;
  readonly target: PracticalAssessmentTarget;
  readonly scheduledOn: CalendarDate;
}

export type PracticalAssessment =
  | (PracticalAssessmentCommon & { readonly status: 'scheduled' })
  | (PracticalAssessmentCommon & {
      readonly status: 'recorded';
      readonly heldOn: CalendarDate;
      readonly outcomes: readonly CompetenceOutcome[];
      readonly assessorId: string;
      readonly assessorKind: AssessorKind;
    });

/** One pair evaluation of one CCP. */
export interface CcpPairResult {
  readonly ccpCode: string;
  readonly assessedOn: CalendarDate;
  readonly outcome: 'passed' | 'failed';
  readonly assessors: readonly [PairAssessor, PairAssessor];
}

/** The evidence status this stream last published for a pathway (by item keys), to publish only changes. */
export interface PublishedEvidence {
  readonly rulebookId: string;
  readonly complete: boolean;
  readonly presentKeys: readonly string[];
  readonly missingKeys: readonly string[];
}

/** Where one pathway's evaluation stands. Results are kept in the order recorded; for a CCP, the last one counts. */
export interface PathwayEvaluation {
  readonly pathwayId: string;
  readonly titleCode: string;
  readonly type: PathwayType;
  readonly region: string;
  readonly status: 'open' | 'withdrawn';
  readonly recordedOn: CalendarDate;
  readonly withdrawnOn: CalendarDate | null;
  readonly assignments: readonly Assignment[];
  readonly trainingEvaluations: readonly EcfResult[];
  readonly dspp: CurrentDspp | null;
  /** Ids of the submissions `dspp` replaced, oldest first: an id is never reused. */
  readonly supersededDsppIds: readonly string[];
  readonly practicalAssessments: readonly PracticalAssessment[];
  readonly ccpPairAssessments: readonly CcpPairResult[];
  /** Null until the first EvidenceCompletenessChanged. */
  readonly publishedEvidence: PublishedEvidence | null;
}

/** A candidate's evaluation stream folded: unknown until the registry's first pathway is recorded. */
export type EvaluationState =
  | { readonly status: 'unknown' }
  | {
      readonly status: 'known';
      readonly candidateId: string;
      readonly pathways: readonly PathwayEvaluation[];
      /** The trainer list last published (CandidateTrainersChanged). */
      readonly publishedTrainerIds: readonly string[];
    };

export const initialEvaluationState = (): EvaluationState => ({ status: 'unknown' });

/** The result that counts for a CCP: the last recorded. */
export const latestForCcp = <Result extends { readonly ccpCode: string }>(results: readonly Result[], ccpCode: string): Result | undefined =>
  results.filter((result) => result.ccpCode === ccpCode).at(-1);
