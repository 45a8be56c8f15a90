import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { type JuryDecisionOutcome, juryOutcomeLabel } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import { storedOutcome } from '../shared/stored-schemas';

/**
 * A jury rectified a sealed decision (DecisionRectified): the CCPs the decision awarded are replaced
 * by those it awards now. The revocations and the reissued document follow it.
 */
export type RectificationRecorded = DomainEvent<
  'RectificationRecorded',
  {
    readonly candidateId: string;
    readonly rectificationId: string;
    readonly decisionId: string;
    readonly sessionId: string;
    readonly region: string;
    readonly titleCode: string;
    readonly outcome: JuryDecisionOutcome;
    /** The CCPs the decision awards now (all the title's for a title awarded). */
    readonly ccpCodesAwarded: readonly string[];
    readonly ccsCode: string | null;
    readonly decidedOn: CalendarDate;
    readonly recordedOn: CalendarDate;
  }
>;

/** RectificationRecorded as stored, version 1. The jury's DecisionRectified carries the decision's trace. */
export const rectificationRecordedDescriptor = defineEvent<RectificationRecorded>({
  type: 'RectificationRecorded',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    rectificationId: z.string(),
    decisionId: z.string(),
    sessionId: z.string(),
    region: z.string(),
    titleCode: z.string(),
    outcome: storedOutcome,
    ccpCodesAwarded: z.array(z.string()),
    ccsCode: z.string().nullable(),
    decidedOn: calendarDate,
    recordedOn: calendarDate,
  }),
  describe: ({ candidateId, rectificationId, decisionId, sessionId, region, titleCode, outcome, ccsCode, recordedOn }) => {
    const label = juryOutcomeLabel(outcome);
    const ccs = ccsCode === null ? '' : ` ${ccsCode}`;
    return {
      fr: `Rectification ${rectificationId} de la décision ${decisionId} (session ${sessionId}, région ${region}, ${titleCode}) pour le candidat ${candidateId} : ${label.fr}${ccs}, prise en compte le ${recordedOn}`,
      en: `Rectification ${rectificationId} of decision ${decisionId} (session ${sessionId}, region ${region}, ${titleCode}) for candidate ${candidateId}: ${label.en}${ccs}, recorded on ${recordedOn}`,
    };
  },
});
