import { defineCommand, calendarDate, type CalendarDate, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { titleCode } from '../../shared/code-schemas';
import { consumedFactFields, type ConsumedFactData } from '../shared/input-schemas';
import { decideRecordCapitalisationWindowClosure } from './decide-record-capitalisation-window-closure';

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

export const recordCapitalisationWindowClosureCommand = defineCommand({ type: 'RecordCapitalisationWindowClosure', schema: recordCapitalisationWindowClosureDataSchema, decide: decideRecordCapitalisationWindowClosure });

export const parseRecordCapitalisationWindowClosure = recordCapitalisationWindowClosureCommand.parse;

/**
 * The home region of the time announced that a window closed: this file takes note, so that it
 * never announces the same window again after the candidate moves here.
 */
export type RecordCapitalisationWindowClosure = TypedCommand<'RecordCapitalisationWindowClosure', RecordCapitalisationWindowClosureData>;
