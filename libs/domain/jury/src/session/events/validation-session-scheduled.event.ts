import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { SESSION_KIND_LABELS, type SessionKind } from '../shared/session-kind';
import { storedSessionKind } from '../shared/stored-schemas';

/** The regional office scheduled a validation session of a title on a date. */
export type ValidationSessionScheduled = DomainEvent<
  'ValidationSessionScheduled',
  {
    readonly sessionId: string;
    readonly region: string;
    readonly titleCode: string;
    readonly date: CalendarDate;
    readonly kind: SessionKind;
    readonly ccsCode: string | null;
    readonly scheduledOn: CalendarDate;
  }
>;

/** ValidationSessionScheduled as stored, version 1. */
export const validationSessionScheduledDescriptor = defineEvent<ValidationSessionScheduled>({
  type: 'ValidationSessionScheduled',
  schemaVersion: 1,
  schema: z.strictObject({
    sessionId: z.string(),
    region: z.string(),
    titleCode: z.string(),
    date: calendarDate,
    kind: storedSessionKind,
    ccsCode: z.string().nullable(),
    scheduledOn: calendarDate,
  }),
  describe: ({ sessionId, region, titleCode, date, kind, ccsCode, scheduledOn }) => {
    const what = ccsCode === null ? titleCode : `${titleCode}, ${ccsCode}`;
    return {
      fr: `Session de validation ${sessionId} (${SESSION_KIND_LABELS[kind].fr}, ${what}) du ${date} programmée par la région ${region} le ${scheduledOn}`,
      en: `Validation session ${sessionId} (${SESSION_KIND_LABELS[kind].en}, ${what}) on ${date} scheduled by region ${region} on ${scheduledOn}`,
    };
  },
});
