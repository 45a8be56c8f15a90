import type { CandidateDocument, DocumentsState } from './documents.state';
import type { DocumentsEvent } from './events/documents-event-catalogue';
import { withCcps, withoutDecision } from './shared/holdings';

const withDecision = (decisionIds: readonly string[], decisionId: string): readonly string[] =>
  decisionIds.includes(decisionId) ? decisionIds : [...decisionIds, decisionId];

const updated = (state: DocumentsState, documentId: string, change: (document: CandidateDocument) => CandidateDocument): DocumentsState => ({
  ...state,
  documents: state.documents.map((document) => (document.documentId === documentId ? change(document) : document)),
});

/** Folds one event into the candidate's documents. Events about an unknown document leave them unchanged: history is never refused. */
export const evolveDocuments = (previous: DocumentsState, event: DocumentsEvent): DocumentsState => {
  const state: DocumentsState = { ...previous, candidateId: event.data.candidateId };
  switch (event.type) {
    case 'ParchmentIssued': {
      const { data } = event;
      const origin = { decisionId: data.decisionId, sessionId: data.sessionId, region: data.issuerRegion, titleCode: data.achievement.titleCode, decidedOn: data.decidedOn };
      return {
        ...state,
        ccpsHeld: withCcps(state.ccpsHeld, origin, data.ccpCodes),
        decisionIds: withDecision(state.decisionIds, data.decisionId),
        documents: [
          ...state.documents,
          {
            kind: 'parchment',
            documentId: data.documentId,
            decisionId: data.decisionId,
            sessionId: data.sessionId,
            achievement: data.achievement,
            issuerRegion: data.issuerRegion,
            decidedOn: data.decidedOn,
            issuedOn: data.issuedOn,
            statusListIndex: data.statusListIndex,
            status: 'issued',
            revocation: null,
            rectificationId: data.rectificationId,
          },
        ],
      };
    }
    case 'BookletIssued': {
      const { data } = event;
      const fresh = data.entries.filter((entry) => !state.ccpsHeld.some((held) => held.titleCode === entry.titleCode && held.ccpCode === entry.ccpCode));
      return {
        ...state,
        ccpsHeld: [...state.ccpsHeld, ...fresh],
        decisionIds: withDecision(state.decisionIds, data.decisionId),
        documents: [
          ...state.documents,
          {
            kind: 'booklet',
            documentId: data.documentId,
            decisionId: data.decisionId,
            sessionId: data.sessionId,
            version: data.version,
            entries: data.entries,
            issuerRegion: data.issuerRegion,
            decidedOn: data.decidedOn,
            issuedOn: data.issuedOn,
            statusListIndex: data.statusListIndex,
            status: 'issued',
            revocation: null,
            rectificationId: data.rectificationId,
            supersededBy: null,
          },
        ],
      };
    }
    case 'BookletSuperseded':
      return updated(state, event.data.documentId, (document) =>
        document.kind === 'booklet' ? { ...document, status: 'superseded', supersededBy: event.data.supersededBy } : document,
      );
    case 'DocumentRevoked': {
      const { reason, revokedOn, by } = event.data;
      return updated(state, event.data.documentId, (document) => ({ ...document, status: 'revoked', revocation: { reason, revokedOn, by } }));
    }
    case 'AwardHeldFromOtherRegion': {
      const { data } = event;
      const origin = { decisionId: data.decisionId, sessionId: data.sessionId, region: data.region, titleCode: data.titleCode, decidedOn: data.decidedOn };
      return { ...state, ccpsHeld: withCcps(state.ccpsHeld, origin, data.ccpCodes), decisionIds: withDecision(state.decisionIds, data.decisionId) };
    }
    case 'RectificationRecorded': {
      const { data } = event;
      const origin = { decisionId: data.decisionId, sessionId: data.sessionId, region: data.region, titleCode: data.titleCode, decidedOn: data.decidedOn };
      return {
        ...state,
        ccpsHeld: withCcps(withoutDecision(state.ccpsHeld, data.decisionId), origin, data.ccpCodesAwarded),
        decisionIds: withDecision(state.decisionIds, data.decisionId),
        rectificationIds: [...state.rectificationIds, data.rectificationId],
      };
    }
    case 'DocumentsErased':
      return { ...state, erasedOn: event.data.erasedOn };
    default: {
      const unexpected: never = event;
      throw new Error(`unknown documents event ${JSON.stringify(unexpected)}`);
    }
  }
};
