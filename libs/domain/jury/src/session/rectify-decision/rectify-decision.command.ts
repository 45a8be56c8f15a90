import { type JuryDecisionOutcome } from '@titrepro/domain-rulebook';
import { defineCommand, actorSubject, identifier, multilineText, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { CandidateFileFacts, FileReference } from '../../shared/candidate-file-facts';
import { candidateFileFactsSchema, fileReferenceSchema, juryDecisionOutcomeSchema } from '../shared/input-schemas';
import { decideRectifyDecision } from './decide-rectify-decision';

export interface RectifyDecisionData {
  readonly sessionId: string;
  readonly decisionId: string;
  /** Server field: minted by the app. */
  readonly rectificationId: string;
  /** Server field: the authenticated officer. */
  readonly officerId: string;
  /** Why the sealed decision changes (a material error, a jury's new deliberation). */
  readonly reason: string;
  readonly outcome: JuryDecisionOutcome;
  /** Server field: the candidate's jury file as the app read it. */
  readonly file: CandidateFileFacts;
  /** Server field: which version of the file that was. */
  readonly fileRef: FileReference;
}

export const rectifyDecisionDataSchema: z.ZodType<RectifyDecisionData, unknown> = z.strictObject({
  sessionId: identifier,
  decisionId: identifier,
  rectificationId: identifier,
  officerId: actorSubject,
  reason: multilineText(2000),
  outcome: juryDecisionOutcomeSchema,
  file: candidateFileFactsSchema,
  fileRef: fileReferenceSchema,
});

export const rectifyDecisionCommand = defineCommand({ type: 'RectifyDecision', schema: rectifyDecisionDataSchema, decide: decideRectifyDecision });

export const parseRectifyDecision = rectifyDecisionCommand.parse;

/** The office rectifies a decision of sealed minutes; the rules are applied again, as of the session date. */
export type RectifyDecision = TypedCommand<'RectifyDecision', RectifyDecisionData>;
