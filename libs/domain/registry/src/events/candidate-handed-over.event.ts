import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

/** The receiving region accepted: it is the home region from now on, and this region no longer acts. */
export type CandidateHandedOver = DomainEvent<
  'CandidateHandedOver',
  {
    readonly candidateId: string;
    readonly fromRegion: string;
    readonly toRegion: string;
    readonly handedOverOn: CalendarDate;
  }
>;

/** CandidateHandedOver as stored, version 1. */
export const candidateHandedOverDescriptor = defineEvent<CandidateHandedOver>({
  type: 'CandidateHandedOver',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), fromRegion: z.string(), toRegion: z.string(), handedOverOn: calendarDate }),
  describe: ({ fromRegion, toRegion, handedOverOn }) => ({
    fr: `Dossier remis par la région ${fromRegion} à la région ${toRegion} le ${handedOverOn}`,
    en: `File handed over by region ${fromRegion} to region ${toRegion} on ${handedOverOn}`,
  }),
});
