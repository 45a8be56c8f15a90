import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

/**
 * The five years to obtain every CCP of a title ended before the candidate held them all
 * (CAPITALISATION-WINDOW failed on `closedOn`). Only the candidate's home region announces it.
 */
export type CapitalisationWindowClosed = DomainEvent<
  'CapitalisationWindowClosed',
  {
    readonly candidateId: string;
    readonly titleCode: string;
    /** The day the first CCP of the title was obtained. */
    readonly windowStart: CalendarDate;
    /** The last day (inclusive) a CCP could still count. */
    readonly windowEnd: CalendarDate;
    readonly ccpCodesHeld: readonly string[];
    readonly missingCcpCodes: readonly string[];
    readonly closedOn: CalendarDate;
    readonly rulebookId: string;
  }
>;

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
  decision: (data) => ({ rulebookId: data.rulebookId, rules: [{ ruleId: 'CAPITALISATION-WINDOW' }] }),
  describe: ({ candidateId, titleCode, windowStart, windowEnd, ccpCodesHeld, missingCcpCodes, closedOn, rulebookId }) => {
    const held = ccpCodesHeld.join(', ');
    const missing = missingCcpCodes.join(', ');
    return {
      fr: `Délai de capitalisation du titre ${titleCode} clos pour le candidat ${candidateId} le ${closedOn} (du ${windowStart} au ${windowEnd}, CAPITALISATION-WINDOW, ${rulebookId}) : obtenus ${held}, manquants ${missing}`,
      en: `Capitalisation window of title ${titleCode} closed for candidate ${candidateId} on ${closedOn} (${windowStart} to ${windowEnd}, CAPITALISATION-WINDOW, ${rulebookId}): held ${held}, missing ${missing}`,
    };
  },
});
