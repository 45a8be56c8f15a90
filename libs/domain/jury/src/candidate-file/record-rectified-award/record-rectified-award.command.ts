import { commandParser, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { AwardFacts } from '../awards/award';
import { awardCommandFields } from '../shared/award-fields';
import { rectifiedAwardSchema, type ConsumedFactData } from '../shared/input-schemas';

export type RecordRectifiedAwardData = ConsumedFactData & AwardFacts;

/** The data of RecordRectifiedAward, from a jury's DecisionRectified: `award` may be `none`. */
export const recordRectifiedAwardDataSchema: z.ZodType<RecordRectifiedAwardData, unknown> = z.strictObject({ ...awardCommandFields, award: rectifiedAwardSchema });

export const parseRecordRectifiedAward = commandParser('RecordRectifiedAward', recordRectifiedAwardDataSchema);

/** A jury rectified a sealed decision: its award replaces what the decision awarded before. */
export type RecordRectifiedAward = ParsedCommand<typeof parseRecordRectifiedAward>;
