import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

/** Another region offered this region a candidate's file; this region's officers are to answer. */
export type IncomingTransferOpened = DomainEvent<
  'IncomingTransferOpened',
  {
    readonly candidateId: string;
    readonly fromRegion: string;
    readonly toRegion: string;
    /** The day the sending region asked for the transfer. */
    readonly requestedOn: CalendarDate;
  }
>;

/** IncomingTransferOpened as stored, version 1. */
export const incomingTransferOpenedDescriptor = defineEvent<IncomingTransferOpened>({
  type: 'IncomingTransferOpened',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), fromRegion: z.string(), toRegion: z.string(), requestedOn: calendarDate }),
  describe: ({ fromRegion, toRegion, requestedOn }) => ({
    fr: `Dossier proposé par la région ${fromRegion} à la région ${toRegion} le ${requestedOn}`,
    en: `File offered by region ${fromRegion} to region ${toRegion} on ${requestedOn}`,
  }),
});
