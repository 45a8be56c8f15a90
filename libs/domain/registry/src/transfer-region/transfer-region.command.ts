import { defineCommand, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { decideTransferRegion } from './decide-transfer-region';

export interface TransferRegionData {
  readonly candidateId: string;
  /** The candidate's current region, handing the file over. */
  readonly actingRegion: string;
  readonly toRegion: string;
}

/** The data of TransferRegion as a request sends it. */
export const transferRegionDataSchema: z.ZodType<TransferRegionData, unknown> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  toRegion: regionCode,
});

/** Checks a transfer at the edge; a refusal names the first wrong field. */
export const transferRegionCommand = defineCommand({ type: 'TransferRegion', schema: transferRegionDataSchema, decide: decideTransferRegion });

export const parseTransferRegion = transferRegionCommand.parse;

/** The candidate moves to another region, whose office acts for them from then on. */
export type TransferRegion = TypedCommand<'TransferRegion', TransferRegionData>;
