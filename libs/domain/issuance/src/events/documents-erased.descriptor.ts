import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { DocumentsErased } from './documents-erased.event';

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
