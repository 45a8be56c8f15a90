import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { Achievement, DocumentsState } from '../documents.state';
import type { DocumentsEvent } from '../events/documents-event-catalogue';
import type { DecisionInput } from './decision';
import { unusedDocumentId } from './guards';
import { decidedElsewhere, holdAward } from './hold-award';
import type { AwardData, IssuedDocumentData, IssuingRegionData } from './input-schemas';
import { issueParchment } from './issue-parchment';

/** A title's or a CCS's award, as the two commands carry it. */
export type ParchmentAward = AwardData &
  IssuingRegionData &
  IssuedDocumentData & {
    readonly achievement: Achievement;
    /** The CCPs the decision awards: the title's, or none for a CCS. */
    readonly ccpCodes: readonly string[];
  };

/**
 * What a title and a CCS award share: once per decision (a decision already taken, or an award after
 * erasure, decides nothing); another region's award is held (ISSUER); this region's issues the
 * parchemin on an unused document id (PARCHMENT, ISSUER).
 */
export const recordParchmentAward = (award: ParchmentAward, state: DocumentsState, input: DecisionInput): EventsOrRefusal<DocumentsEvent> => {
  const { candidateId, decisionId, sessionId, region, titleCode, decidedOn, issuingRegion, achievement, ccpCodes, documentId, statusListIndex } = award;
  if (state.decisionIds.includes(decisionId) || state.erasedOn !== null) return ok([]);
  if (decidedElsewhere(award)) {
    return holdAward({ candidateId, decisionId, sessionId, region, titleCode, ccpCodes, ccsCode: achievement.ccsCode, decidedOn }, input);
  }
  const document = unusedDocumentId(state, { documentId, statusListIndex });
  if (!document.ok) return document;
  return issueParchment({ candidateId, decisionId, sessionId, issuerRegion: issuingRegion, decidedOn, achievement, ccpCodes, document: document.value, rectificationId: null }, input);
};
