import { calendarDate, commandParser, identifier, type CalendarDate, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { EvidenceRecordKind } from '../../shared/candidate-file-facts';
import { certificateCode } from '../../shared/code-schemas';
import { EVIDENCE_RECORD_KINDS } from '../shared/evidence-record-kinds';
import { consumedFactFields, distinctIds, sha256, type ConsumedFactData } from '../shared/input-schemas';

export interface RecordEvidenceData extends ConsumedFactData {
  readonly pathwayId: string;
  readonly kind: EvidenceRecordKind;
  /** The CCP it is about; null for the title's synthesis, a CCS, or a DSPP of every activité type. */
  readonly ccpCode: string | null;
  /** The CCS a practical assessment was about, else null. */
  readonly ccsCode: string | null;
  readonly referenceId: string;
  readonly sha256s: readonly string[];
  readonly assessorIds: readonly string[];
  readonly passed: boolean | null;
  readonly on: CalendarDate;
}

/** ECFs and pair assessments are about one CCP; only a practical assessment may be about a CCS. */
const coherentTarget = (data: Pick<RecordEvidenceData, 'kind' | 'ccpCode' | 'ccsCode'>, context: z.RefinementCtx): void => {
  if (data.ccpCode !== null && data.ccsCode !== null) context.addIssue({ code: 'custom', path: ['ccsCode'], message: 'must be null when ccpCode is given', input: data.ccsCode });
  if (data.ccsCode !== null && data.kind !== 'practical-assessment') {
    context.addIssue({ code: 'custom', path: ['ccsCode'], message: 'is only for a practical assessment', input: data.ccsCode });
  }
  if (data.ccpCode === null && (data.kind === 'training-evaluation' || data.kind === 'ccp-pair-assessment')) {
    context.addIssue({ code: 'custom', path: ['ccpCode'], message: `is required for a ${data.kind}`, input: data.ccpCode });
  }
};

/** The data of RecordEvidence, from the evaluation's TrainingEvaluationRecorded, DsppSubmitted, PracticalAssessmentRecorded or CcpPairAssessmentRecorded. */
export const recordEvidenceDataSchema: z.ZodType<RecordEvidenceData, unknown> = z
  .strictObject({
    ...consumedFactFields,
    pathwayId: identifier,
    kind: z.enum(EVIDENCE_RECORD_KINDS),
    ccpCode: certificateCode.nullable(),
    ccsCode: certificateCode.nullable(),
    referenceId: identifier,
    sha256s: z.array(sha256).max(50),
    assessorIds: distinctIds,
    passed: z.boolean().nullable(),
    on: calendarDate,
  })
  .superRefine(coherentTarget);

export const parseRecordEvidence = commandParser('RecordEvidence', recordEvidenceDataSchema);

/** The evaluation service recorded a piece of evidence: the jury keeps its ids and hashes, and its assessors off the jury. */
export type RecordEvidence = ParsedCommand<typeof parseRecordEvidence>;
