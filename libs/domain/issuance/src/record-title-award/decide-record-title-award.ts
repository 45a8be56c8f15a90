import { ok } from '@titrepro/domain-kernel';
import type { DocumentsState } from '../documents.state';
import type { DocumentsEvent } from '../events/documents-event';
import type { Decision, DecisionInput } from '../shared/decision';
import { unusedDocumentId } from '../shared/guards';
import { issueParchment } from '../shared/issue-parchment';
import type { RecordTitleAward } from './record-title-award.command';

/**
 * Issues the parchemin of the title a jury awarded (PARCHMENT, ISSUER), and holds the title's
 * CCPs from the decision; no livret for a title. Once per decision: a decision already taken
 * (issued, or rectified before its award arrived) decides nothing, nor does an award after erasure.
 */
export const decideRecordTitleAward = (command: RecordTitleAward, state: DocumentsState, input: DecisionInput): Decision<DocumentsEvent> => {
  const { candidateId, decisionId, sessionId, region, titleCode, ccpCodes, decidedOn, documentId, statusListIndex } = command.data;
  if (state.decisionIds.includes(decisionId) || state.erasedOn !== null) return ok([]);
  const document = unusedDocumentId(state, { documentId, statusListIndex });
  if (!document.ok) return document;
  return issueParchment(
    { candidateId, decisionId, sessionId, region, decidedOn, achievement: { kind: 'title', titleCode, ccsCode: null }, ccpCodes, document: document.value, rectificationId: null },
    input,
  );
};
