import { conflict, fail, forbidden, notFound, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import { documentOf, type DocumentsState } from '../documents.state';
import type { DocumentsEvent } from '../events/documents-event-catalogue';
import type { DecisionInput } from '../shared/decision';
import type { RevokeDocument } from './revoke-document.command';

/**
 * An officer revokes a document that stands. Only the office of the issuing region may (the
 * region whose jury decided, ISSUER); a superseded or revoked document is past revoking. Allowed
 * after erasure: copies held by others must still verify as revoked.
 */
export const decideRevokeDocument = (command: RevokeDocument, state: DocumentsState, { on: today }: DecisionInput): EventsOrRefusal<DocumentsEvent> => {
  const { candidateId, documentId, reason, officerId, officerRegion } = command.data;
  const document = documentOf(state, documentId);
  if (!document) return fail(notFound('document', documentId));
  if (document.issuerRegion !== officerRegion) {
    return fail(forbidden(`document ${documentId} was issued by region ${document.issuerRegion}; an officer of region ${officerRegion} may not revoke it`));
  }
  if (document.status !== 'issued') return fail(conflict(`document ${documentId} is ${document.status}: only a document that stands may be revoked`));
  return ok([
    {
      type: 'DocumentRevoked',
      data: {
        candidateId,
        documentId,
        documentKind: document.kind,
        decisionId: document.decisionId,
        issuerRegion: document.issuerRegion,
        statusListIndex: document.statusListIndex,
        reason,
        by: { kind: 'officer', officerId, region: officerRegion },
        revokedOn: today,
      },
    },
  ]);
};
