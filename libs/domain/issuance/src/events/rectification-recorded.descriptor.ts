import { juryOutcomeLabel } from '@titrepro/domain-rulebook';
import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedOutcome } from '../shared/stored-schemas';
import type { RectificationRecorded } from './rectification-recorded.event';

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
