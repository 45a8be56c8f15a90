import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { DOCUMENT_KINDS, type DocumentKind, type RevokedBy } from '../documents.state';
import { DOCUMENT_KIND_LABELS, revokedByLabel } from '../shared/labels';
import { storedRevokedBy, storedStatusListIndex } from '../shared/stored-schemas';

/**
 * A document no longer stands: its decision was rectified (reason `decision-rectified`), or an
 * officer of the issuing region revoked it (reason: their text). Its status-list bit is set.
 */
export type DocumentRevoked = DomainEvent<
  'DocumentRevoked',
  {
    readonly candidateId: string;
    readonly documentId: string;
    readonly documentKind: DocumentKind;
    readonly decisionId: string;
    readonly issuerRegion: string;
    readonly statusListIndex: number;
    /** `decision-rectified`, or the officer's text (free text: never in a description). */
    readonly reason: string;
    readonly by: RevokedBy;
    readonly revokedOn: CalendarDate;
  }
>;

/** DocumentRevoked as stored, version 1. */
export const documentRevokedDescriptor = defineEvent<DocumentRevoked>({
  type: 'DocumentRevoked',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    documentId: z.string(),
    documentKind: z.enum(DOCUMENT_KINDS),
    decisionId: z.string(),
    issuerRegion: z.string(),
    statusListIndex: storedStatusListIndex,
    reason: z.string(),
    by: storedRevokedBy,
    revokedOn: calendarDate,
  }),
  // The reason may be an officer's free text: a description names who revoked, never what they wrote.
  describe: ({ candidateId, documentId, documentKind, decisionId, by, revokedOn }) => {
    const what = DOCUMENT_KIND_LABELS[documentKind];
    const who = revokedByLabel(by);
    return {
      fr: `${what.fr} ${documentId} du candidat ${candidateId} (décision ${decisionId}) révoqué le ${revokedOn} ${who.fr}`,
      en: `${what.en} ${documentId} of candidate ${candidateId} (decision ${decisionId}) revoked on ${revokedOn} ${who.en}`,
    };
  },
});
