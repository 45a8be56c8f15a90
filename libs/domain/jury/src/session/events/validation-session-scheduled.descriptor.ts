import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { SESSION_KIND_LABELS } from '../shared/session-kind';
import { storedSessionKind } from '../shared/stored-schemas';
import type { ValidationSessionScheduled } from './validation-session-scheduled.event';

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
