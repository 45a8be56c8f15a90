import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

/** This region accepted the file; it becomes the home region once the sending region hands it over. */
export type IncomingTransferAccepted = DomainEvent<
  'IncomingTransferAccepted',
  {
    readonly candidateId: string;
    readonly fromRegion: string;
    readonly toRegion: string;
    readonly acceptedOn: CalendarDate;
  }
>;

/** IncomingTransferAccepted as stored, version 1. */
export const incomingTransferAcceptedDescriptor = defineEvent<IncomingTransferAccepted>({
  type: 'IncomingTransferAccepted',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), fromRegion: z.string(), toRegion: z.string(), acceptedOn: calendarDate }),
  describe: ({ fromRegion, toRegion, acceptedOn }) => ({
    fr: `Transfert depuis la région ${fromRegion} accepté par la région ${toRegion} le ${acceptedOn}`,
    en: `Transfer from region ${fromRegion} accepted by region ${toRegion} on ${acceptedOn}`,
  }),
});
