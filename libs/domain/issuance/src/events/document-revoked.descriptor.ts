import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../documents.state';
import { DOCUMENT_KIND_LABELS, revokedByLabel } from '../shared/labels';
import { storedRevokedBy, storedStatusListIndex } from '../shared/stored-schemas';
import type { DocumentRevoked } from './document-revoked.event';

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
