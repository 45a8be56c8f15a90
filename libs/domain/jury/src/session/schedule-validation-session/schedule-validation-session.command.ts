import type { CalendarDate } from '@titrepro/domain-kernel';
import { defineCommand, calendarDateIn, DATE_RANGES, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { certificateCode, titleCode } from '../shared/input-schemas';
import type { SessionKind } from '../shared/session-kind';
import { SESSION_KINDS } from '../shared/session-kind';
import { decideScheduleValidationSession } from './decide-schedule-validation-session';

export interface ScheduleValidationSessionData {
  /** Server field: minted by the app. */
  readonly sessionId: string;
  /** Server field: the deployment's region. */
  readonly region: string;
  readonly titleCode: string;
  /** The day the jury sits; the title must be in force that day. */
  readonly date: CalendarDate;
  readonly kind: SessionKind;
  /** The CCS judged: required for a ccs session, absent (null) otherwise. */
  readonly ccsCode: string | null;
}

export const scheduleValidationSessionDataSchema: z.ZodType<ScheduleValidationSessionData, unknown> = z.strictObject({
  sessionId: identifier,
  region: regionCode,
  titleCode,
  date: calendarDateIn(DATE_RANGES.sessionDate),
  kind: z.enum(SESSION_KINDS),
  ccsCode: certificateCode.nullable().default(null),
});

export const scheduleValidationSessionCommand = defineCommand({ type: 'ScheduleValidationSession', schema: scheduleValidationSessionDataSchema, decide: decideScheduleValidationSession });

export const parseScheduleValidationSession = scheduleValidationSessionCommand.parse;

/** The regional office schedules a validation session of one title (whole title, CCPs, or a CCS). */
export type ScheduleValidationSession = TypedCommand<'ScheduleValidationSession', ScheduleValidationSessionData>;
