import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

/**
 * The candidate's personal data was erased (CandidatePersonalDataErased): their documents can no
 * longer be rendered; the app answers 410 with this date. Ids, dates and statuses remain.
 */
export type DocumentsErased = DomainEvent<
  'DocumentsErased',
  {
    readonly candidateId: string;
    readonly erasedOn: CalendarDate;
  }
>;

/** DocumentsErased as stored, version 1. */
export const documentsErasedDescriptor = defineEvent<DocumentsErased>({
  type: 'DocumentsErased',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), erasedOn: calendarDate }),
  describe: ({ candidateId, erasedOn }) => ({
    fr: `Données personnelles du candidat ${candidateId} effacées le ${erasedOn} : ses documents ne sont plus délivrés`,
    en: `Personal data of candidate ${candidateId} erased on ${erasedOn}: their documents are no longer served`,
  }),
});
