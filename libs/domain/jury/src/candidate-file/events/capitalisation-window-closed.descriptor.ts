import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { CapitalisationWindowClosed } from './capitalisation-window-closed.event';

/** CapitalisationWindowClosed as stored, version 1: a decision of this stream, under CAPITALISATION-WINDOW. */
export const capitalisationWindowClosedDescriptor = defineEvent<CapitalisationWindowClosed>({
  type: 'CapitalisationWindowClosed',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    titleCode: z.string(),
    windowStart: calendarDate,
    windowEnd: calendarDate,
    ccpCodesHeld: z.array(z.string()),
    missingCcpCodes: z.array(z.string()),
    closedOn: calendarDate,
    rulebookId: z.string(),
  }),
  decision: (data) => ({ rulebookId: data.rulebookId, ruleIds: ['CAPITALISATION-WINDOW'] }),
  describe: ({ candidateId, titleCode, windowStart, windowEnd, ccpCodesHeld, missingCcpCodes, closedOn, rulebookId }) => {
    const held = ccpCodesHeld.join(', ');
    const missing = missingCcpCodes.join(', ');
    return {
      fr: `Délai de capitalisation du titre ${titleCode} clos pour le candidat ${candidateId} le ${closedOn} (du ${windowStart} au ${windowEnd}, CAPITALISATION-WINDOW, ${rulebookId}) : obtenus ${held}, manquants ${missing}`,
      en: `Capitalisation window of title ${titleCode} closed for candidate ${candidateId} on ${closedOn} (${windowStart} to ${windowEnd}, CAPITALISATION-WINDOW, ${rulebookId}): held ${held}, missing ${missing}`,
    };
  },
});
