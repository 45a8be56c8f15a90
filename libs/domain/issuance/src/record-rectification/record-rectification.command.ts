import { type JuryDecisionOutcome } from '@titrepro/domain-rulebook';
import { defineCommand, calendarDateIn, DATE_RANGES, identifier, regionCode, type CalendarDate, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { ccpCodeList, certificateCode, titleCode } from '../shared/code-schemas';
import { issuedDocumentFields, issuingRegionFields, type IssuedDocumentData, type IssuingRegionData } from '../shared/input-schemas';
import { decideRecordRectification } from './decide-record-rectification';

export interface RecordRectificationData extends IssuingRegionData {
  readonly candidateId: string;
  readonly rectificationId: string;
  /** The decision rectified: the documents issued on it no longer stand. */
  readonly decisionId: string;
  readonly outcome: JuryDecisionOutcome;
  /** The CCPs the decision awards now: all the title's for a title awarded, none but for CCPs or a title. */
  readonly ccpCodesAwarded: readonly string[];
  /** The CCS awarded, for `ccs-awarded` only. */
  readonly ccsCode: string | null;
  /** The region whose jury decided, and rectifies. */
  readonly region: string;
  readonly sessionId: string;
  readonly titleCode: string;
  /** The session date, still the date of the rules. */
  readonly decidedOn: CalendarDate;
  /**
   * Server field: the id and status-list index of the document the rectified outcome may call for.
   * The app sends them always; they are unused when nothing is reissued.
   */
  readonly reissue: IssuedDocumentData | null;
}

const outcomeSchema: z.ZodType<JuryDecisionOutcome, unknown> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('title-awarded') }),
  z.strictObject({ kind: z.literal('title-not-awarded'), ccpCodesAwarded: ccpCodeList }),
  z.strictObject({ kind: z.literal('ccs-awarded') }),
  z.strictObject({ kind: z.literal('ccs-refused') }),
  z.strictObject({ kind: z.literal('absent') }),
  z.strictObject({ kind: z.literal('excused') }),
]);

const sameCodes = (a: readonly string[], b: readonly string[]): boolean => [...a].sort().join(',') === [...b].sort().join(',');

/** The outcome, the CCPs and the CCS must tell the same story, as the jury publishes them. */
const consistent = (data: RecordRectificationData, context: z.RefinementCtx): void => {
  const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message, input: data });
  const { outcome, ccpCodesAwarded, ccsCode } = data;
  if (outcome.kind === 'ccs-awarded' && ccsCode === null) issue('ccsCode', 'is required when the outcome is ccs-awarded');
  if (outcome.kind !== 'ccs-awarded' && ccsCode !== null) issue('ccsCode', `must be null when the outcome is ${outcome.kind}`);
  if (outcome.kind === 'title-awarded' && ccpCodesAwarded.length === 0) issue('ccpCodesAwarded', "must hold the title's CCPs when the title is awarded");
  if (outcome.kind === 'title-not-awarded' && !sameCodes(outcome.ccpCodesAwarded, ccpCodesAwarded)) issue('ccpCodesAwarded', 'must be the CCPs of the outcome');
  if (outcome.kind !== 'title-awarded' && outcome.kind !== 'title-not-awarded' && ccpCodesAwarded.length > 0) issue('ccpCodesAwarded', `must be empty when the outcome is ${outcome.kind}`);
};

/** The data of RecordRectification, from a jury's DecisionRectified (any region's). */
export const recordRectificationDataSchema: z.ZodType<RecordRectificationData, unknown> = z
  .strictObject({
    candidateId: identifier,
    rectificationId: identifier,
    decisionId: identifier,
    outcome: outcomeSchema,
    ccpCodesAwarded: ccpCodeList,
    ccsCode: certificateCode.nullable(),
    region: regionCode,
    sessionId: identifier,
    titleCode,
    decidedOn: calendarDateIn(DATE_RANGES.decisionDate),
    ...issuingRegionFields,
    reissue: z.strictObject(issuedDocumentFields).nullable(),
  })
  .superRefine(consistent);

export const recordRectificationCommand = defineCommand({ type: 'RecordRectification', schema: recordRectificationDataSchema, decide: decideRecordRectification });

export const parseRecordRectification = recordRectificationCommand.parse;

/** A jury rectified a sealed decision: the documents this region issued on it are revoked, and reissued per the new outcome. */
export type RecordRectification = TypedCommand<'RecordRectification', RecordRectificationData>;
