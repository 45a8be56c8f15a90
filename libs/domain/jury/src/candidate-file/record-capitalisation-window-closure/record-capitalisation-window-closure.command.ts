import { calendarDate, commandParser, type CalendarDate, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { titleCode } from '../../shared/code-schemas';
import { consumedFactFields, type ConsumedFactData } from '../shared/input-schemas';

export interface RecordCapitalisationWindowClosureData extends ConsumedFactData {
  readonly titleCode: string;
  readonly windowStart: CalendarDate;
  readonly windowEnd: CalendarDate;
}

/** The data of RecordCapitalisationWindowClosure, from a jury's CapitalisationWindowClosed. */
export const recordCapitalisationWindowClosureDataSchema: z.ZodType<RecordCapitalisationWindowClosureData, unknown> = z.strictObject({
  ...consumedFactFields,
  titleCode,
  windowStart: calendarDate,
  windowEnd: calendarDate,
});

export const parseRecordCapitalisationWindowClosure = commandParser('RecordCapitalisationWindowClosure', recordCapitalisationWindowClosureDataSchema);

/**
 * The home region of the time announced that a window closed: this file takes note, so that it
 * never announces the same window again after the candidate moves here.
 */
export type RecordCapitalisationWindowClosure = ParsedCommand<typeof parseRecordCapitalisationWindowClosure>;
