import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

/**
 * The registry handed the candidate's file over to another region (its CandidateHandedOver): that
 * region's office organises what is left of the evaluation; what was recorded stays as it was.
 */
export type HandoverRecorded = DomainEvent<
  'HandoverRecorded',
  {
    readonly candidateId: string;
    readonly fromRegion: string;
    readonly toRegion: string;
    readonly recordedOn: CalendarDate;
  }
>;

/** HandoverRecorded as stored, version 1. */
export const handoverRecordedDescriptor = defineEvent<HandoverRecorded>({
  type: 'HandoverRecorded',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), fromRegion: z.string(), toRegion: z.string(), recordedOn: calendarDate }),
  describe: ({ fromRegion, toRegion, recordedOn }) => ({
    fr: `Dossier transféré de la région ${fromRegion} à la région ${toRegion}, pris en compte le ${recordedOn}`,
    en: `File handed over from region ${fromRegion} to region ${toRegion}, recorded on ${recordedOn}`,
  }),
});
