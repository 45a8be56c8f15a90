import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedStatusListIndex } from '../shared/stored-schemas';

/** A version of the livret was replaced by a newer one (BookletIssued just before): it no longer stands. */
export type BookletSuperseded = DomainEvent<
  'BookletSuperseded',
  {
    readonly candidateId: string;
    readonly documentId: string;
    readonly version: number;
    readonly supersededBy: string;
    readonly issuerRegion: string;
    readonly statusListIndex: number;
    readonly supersededOn: CalendarDate;
  }
>;

/** BookletSuperseded as stored, version 1. It follows the BookletIssued that decided it. */
export const bookletSupersededDescriptor = defineEvent<BookletSuperseded>({
  type: 'BookletSuperseded',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    documentId: z.string(),
    version: z.number().int().min(1),
    supersededBy: z.string(),
    issuerRegion: z.string(),
    statusListIndex: storedStatusListIndex,
    supersededOn: calendarDate,
  }),
  describe: ({ candidateId, documentId, version, supersededBy, supersededOn }) => ({
    fr: `Livret de certification ${documentId} (version ${version}) du candidat ${candidateId} remplacé par ${supersededBy} le ${supersededOn}`,
    en: `Livret de certification ${documentId} (version ${version}) of candidate ${candidateId} superseded by ${supersededBy} on ${supersededOn}`,
  }),
});
