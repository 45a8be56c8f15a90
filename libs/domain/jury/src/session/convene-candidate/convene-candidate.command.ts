import { defineCommand, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { CandidateFileFacts, FileReference } from '../../shared/candidate-file-facts';
import { candidateFileFactsSchema, fileReferenceSchema, uniqueCertificateCodes } from '../shared/input-schemas';
import { decideConveneCandidate } from './decide-convene-candidate';

export interface ConveneCandidateData {
  readonly sessionId: string;
  readonly candidateId: string;
  /** CCP sessions only: the CCPs judged; absent (null): the title's CCPs the candidate does not hold yet. */
  readonly ccpCodes: readonly string[] | null;
  /** Server field: the candidate's jury file as the app read it. */
  readonly file: CandidateFileFacts;
  /** Server field: which version of the file that was. */
  readonly fileRef: FileReference;
}

export const conveneCandidateDataSchema: z.ZodType<ConveneCandidateData, unknown> = z.strictObject({
  sessionId: identifier,
  candidateId: identifier,
  ccpCodes: uniqueCertificateCodes.min(1, { message: 'must name at least one CCP' }).nullable().default(null),
  file: candidateFileFactsSchema,
  fileRef: fileReferenceSchema,
});

export const conveneCandidateCommand = defineCommand({ type: 'ConveneCandidate', schema: conveneCandidateDataSchema, decide: decideConveneCandidate });

export const parseConveneCandidate = conveneCandidateCommand.parse;

/** The office convenes a candidate of its region to the session, once their file allows it. */
export type ConveneCandidate = TypedCommand<'ConveneCandidate', ConveneCandidateData>;
