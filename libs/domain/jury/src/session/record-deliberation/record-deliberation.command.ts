import { type JuryDecisionOutcome } from '@titrepro/domain-rulebook';
import { defineCommand, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { CandidateFileFacts, FileReference } from '../../shared/candidate-file-facts';
import { candidateFileFactsSchema, fileReferenceSchema, juryDecisionOutcomeSchema } from '../shared/input-schemas';
import { decideRecordDeliberation } from './decide-record-deliberation';

export interface RecordDeliberationData {
  readonly sessionId: string;
  readonly candidateId: string;
  /** Server field: minted by the app. */
  readonly decisionId: string;
  /** Server field: the authenticated jury member. */
  readonly memberId: string;
  readonly outcome: JuryDecisionOutcome;
  /** The decision this one revises (before sealing); absent (null) for a first decision. */
  readonly revises: string | null;
  /** Server field: the candidate's jury file as the app read it. */
  readonly file: CandidateFileFacts;
  /** Server field: which version of the file that was. */
  readonly fileRef: FileReference;
}

export const recordDeliberationDataSchema: z.ZodType<RecordDeliberationData, unknown> = z.strictObject({
  sessionId: identifier,
  candidateId: identifier,
  decisionId: identifier,
  memberId: identifier,
  outcome: juryDecisionOutcomeSchema,
  revises: identifier.nullable().default(null),
  file: candidateFileFactsSchema,
  fileRef: fileReferenceSchema,
});

export const recordDeliberationCommand = defineCommand({ type: 'RecordDeliberation', schema: recordDeliberationDataSchema, decide: decideRecordDeliberation });

export const parseRecordDeliberation = recordDeliberationCommand.parse;

/** A jury member records the jury's decision for a convened candidate. */
export type RecordDeliberation = TypedCommand<'RecordDeliberation', RecordDeliberationData>;
