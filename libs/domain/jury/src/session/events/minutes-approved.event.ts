import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

/** A jury member approved the minutes whose hash they read. */
export type MinutesApproved = DomainEvent<
  'MinutesApproved',
  {
    readonly sessionId: string;
    readonly memberId: string;
    readonly minutesHash: string;
    readonly approvedOn: CalendarDate;
  }
>;

/** MinutesApproved as stored, version 1. */
export const minutesApprovedDescriptor = defineEvent<MinutesApproved>({
  type: 'MinutesApproved',
  schemaVersion: 1,
  schema: z.strictObject({ sessionId: z.string(), memberId: z.string(), minutesHash: z.string(), approvedOn: calendarDate }),
  describe: ({ sessionId, memberId, minutesHash, approvedOn }) => ({
    fr: `Procès-verbal de la session ${sessionId} (empreinte ${minutesHash.slice(0, 12)}) approuvé par ${memberId} le ${approvedOn}`,
    en: `Minutes of session ${sessionId} (hash ${minutesHash.slice(0, 12)}) approved by ${memberId} on ${approvedOn}`,
  }),
});
