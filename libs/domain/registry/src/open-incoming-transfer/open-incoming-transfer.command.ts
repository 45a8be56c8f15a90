import type { CalendarDate } from '@titrepro/domain-kernel';
import { calendarDate, commandParser, identifier, regionCode, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';

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
export const parseOpenIncomingTransfer = commandParser('OpenIncomingTransfer', openIncomingTransferDataSchema);

/** Another region offers this region a candidate's file: list it for this region's officers. */
export type OpenIncomingTransfer = ParsedCommand<typeof parseOpenIncomingTransfer>;
