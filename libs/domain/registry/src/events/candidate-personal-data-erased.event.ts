import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

/**
 * The candidate's personal data was erased (right to erasure): the app destroys the candidate's key
 * after appending this. It carries no personal data; the file stays closed to further commands.
 */
export type CandidatePersonalDataErased = DomainEvent<
  'CandidatePersonalDataErased',
  {
    readonly candidateId: string;
    readonly erasedOn: CalendarDate;
  }
>;

/** CandidatePersonalDataErased as stored, version 1; it carries no personal data itself. */
export const candidatePersonalDataErasedDescriptor = defineEvent<CandidatePersonalDataErased>({
  type: 'CandidatePersonalDataErased',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), erasedOn: calendarDate }),
  describe: ({ erasedOn }) => ({
    fr: `Données personnelles effacées le ${erasedOn}`,
    en: `Personal data erased on ${erasedOn}`,
  }),
});
