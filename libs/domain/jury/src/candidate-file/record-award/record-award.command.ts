import { defineCommand, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { Award, AwardFacts } from '../awards/award';
import { awardCommandFields } from '../shared/award-fields';
import { awardSchema, type ConsumedFactData } from '../shared/input-schemas';
import { decideRecordAward } from './decide-record-award';

export interface RecordAwardData extends ConsumedFactData, Omit<AwardFacts, 'award'> {
  readonly award: Award;
}

/** The data of RecordAward, from a jury's TitleAwarded, CcpAwarded or CcsAwarded (any region's). */
export const recordAwardDataSchema: z.ZodType<RecordAwardData, unknown> = z.strictObject({ ...awardCommandFields, award: awardSchema });

export const recordAwardCommand = defineCommand({ type: 'RecordAward', schema: recordAwardDataSchema, decide: decideRecordAward });

export const parseRecordAward = recordAwardCommand.parse;

/** A jury's sealed decision awarded the candidate a title, CCPs or a CCS. */
export type RecordAward = TypedCommand<'RecordAward', RecordAwardData>;
