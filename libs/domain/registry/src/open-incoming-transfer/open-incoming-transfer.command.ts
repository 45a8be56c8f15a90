import type { CalendarDate } from '@titrepro/domain-kernel';
import { defineCommand, calendarDate, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { decideOpenIncomingTransfer } from './decide-open-incoming-transfer';

export interface OpenIncomingTransferData {
  readonly candidateId: string;
  readonly fromRegion: string;
  /** This region, the one the file is offered to. */
  readonly toRegion: string;
  readonly requestedOn: CalendarDate;
}

export const openIncomingTransferDataSchema: z.ZodType<OpenIncomingTransferData, unknown> = z.strictObject({
  candidateId: identifier,
  fromRegion: regionCode,
  toRegion: regionCode,
  requestedOn: calendarDate,
});

/** Checks an offered file, as the consumed CandidateTransferred gives it. */
export const openIncomingTransferCommand = defineCommand({ type: 'OpenIncomingTransfer', schema: openIncomingTransferDataSchema, decide: decideOpenIncomingTransfer });

export const parseOpenIncomingTransfer = openIncomingTransferCommand.parse;

/** Another region offers this region a candidate's file: list it for this region's officers. */
export type OpenIncomingTransfer = TypedCommand<'OpenIncomingTransfer', OpenIncomingTransferData>;
