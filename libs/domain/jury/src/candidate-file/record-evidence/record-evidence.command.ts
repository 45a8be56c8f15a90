import { defineCommand, calendarDateIn, DATE_RANGES, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { FileEvidenceRecord } from '../../shared/candidate-file-facts';
import { certificateCode } from '../../shared/code-schemas';
import { EVIDENCE_RECORD_KINDS } from '../shared/evidence-record-kinds';
import { consumedFactFields, distinctIds, sha256, type ConsumedFactData } from '../shared/input-schemas';
import { decideRecordEvidence } from './decide-record-evidence';

/** A piece of evidence as the file keeps it (`FileEvidenceRecord`), from the consumed event it came in. */
export interface RecordEvidenceData extends ConsumedFactData, Omit<FileEvidenceRecord, 'source'> {}

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
    on: calendarDateIn(DATE_RANGES.evaluation),
  })
  .superRefine(coherentTarget);

export const recordEvidenceCommand = defineCommand({ type: 'RecordEvidence', schema: recordEvidenceDataSchema, decide: decideRecordEvidence });

export const parseRecordEvidence = recordEvidenceCommand.parse;

/** The evaluation service recorded a piece of evidence: the jury keeps its ids and hashes, and its assessors off the jury. */
export type RecordEvidence = TypedCommand<'RecordEvidence', RecordEvidenceData>;
