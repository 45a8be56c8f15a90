import { defineCommand, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { AwardFacts } from '../awards/award';
import { awardCommandFields } from '../shared/award-fields';
import { rectifiedAwardSchema, type ConsumedFactData } from '../shared/input-schemas';
import { decideRecordRectifiedAward } from './decide-record-rectified-award';

export type RecordRectifiedAwardData = ConsumedFactData & AwardFacts;

/** The data of RecordRectifiedAward, from a jury's DecisionRectified: `award` may be `none`. */
export const recordRectifiedAwardDataSchema: z.ZodType<RecordRectifiedAwardData, unknown> = z.strictObject({ ...awardCommandFields, award: rectifiedAwardSchema });

export const recordRectifiedAwardCommand = defineCommand({ type: 'RecordRectifiedAward', schema: recordRectifiedAwardDataSchema, decide: decideRecordRectifiedAward });

export const parseRecordRectifiedAward = recordRectifiedAwardCommand.parse;

/** A jury rectified a sealed decision: its award replaces what the decision awarded before. */
export type RecordRectifiedAward = TypedCommand<'RecordRectifiedAward', RecordRectifiedAwardData>;
