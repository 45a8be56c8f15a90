import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

/**
 * The home region offered the file to another region. Until that region accepts, the file stays
 * here and this region acts; on acceptance this region records CandidateHandedOver.
 */
export type CandidateTransferred = DomainEvent<
  'CandidateTransferred',
  {
    readonly candidateId: string;
    readonly fromRegion: string;
    readonly toRegion: string;
    readonly transferredOn: CalendarDate;
  }
>;

/** CandidateTransferred as stored, version 1. */
export const candidateTransferredDescriptor = defineEvent<CandidateTransferred>({
  type: 'CandidateTransferred',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), fromRegion: z.string(), toRegion: z.string(), transferredOn: calendarDate }),
  describe: ({ fromRegion, toRegion, transferredOn }) => ({
    fr: `Transfert demandé de la région ${fromRegion} vers la région ${toRegion} le ${transferredOn}`,
    en: `Transfer from region ${fromRegion} to region ${toRegion} requested on ${transferredOn}`,
  }),
});
