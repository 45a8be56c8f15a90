import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import type { JuryDecisionOutcome } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import type { SessionKind } from '../shared/session-kind';
import { storedOutcome, storedSessionKind } from '../shared/stored-schemas';

/** The office sealed the minutes every member approved: the decisions stand, and become awards. */
export type MinutesSealed = DomainEvent<
  'MinutesSealed',
  {
    readonly sessionId: string;
    readonly region: string;
    readonly titleCode: string;
    readonly sessionKind: SessionKind;
    readonly date: CalendarDate;
    readonly minutesHash: string;
    readonly members: readonly string[];
    readonly decisions: readonly { readonly decisionId: string; readonly candidateId: string; readonly outcome: JuryDecisionOutcome }[];
    readonly sealedBy: string;
    readonly sealedOn: CalendarDate;
  }
>;

/** MinutesSealed as stored, version 1. */
export const minutesSealedDescriptor = defineEvent<MinutesSealed>({
  type: 'MinutesSealed',
  schemaVersion: 1,
  schema: z.strictObject({
    sessionId: z.string(),
    region: z.string(),
    titleCode: z.string(),
    sessionKind: storedSessionKind,
    date: calendarDate,
    minutesHash: z.string(),
    members: z.array(z.string()),
    decisions: z.array(z.strictObject({ decisionId: z.string(), candidateId: z.string(), outcome: storedOutcome })),
    sealedBy: z.string(),
    sealedOn: calendarDate,
  }),
  describe: ({ sessionId, titleCode, date, minutesHash, decisions, sealedBy, sealedOn }) => ({
    fr: `Procès-verbal de la session ${sessionId} (${titleCode}, ${date}) scellé par ${sealedBy} le ${sealedOn} : ${decisions.length} décision(s), empreinte ${minutesHash.slice(0, 12)}`,
    en: `Minutes of session ${sessionId} (${titleCode}, ${date}) sealed by ${sealedBy} on ${sealedOn}: ${decisions.length} decision(s), hash ${minutesHash.slice(0, 12)}`,
  }),
});
