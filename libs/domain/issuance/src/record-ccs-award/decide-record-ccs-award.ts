import { ok } from '@titrepro/domain-kernel';
import type { DocumentsState } from '../documents.state';
import type { DocumentsEvent } from '../events/documents-event';
import type { Decision, DecisionInput } from '../shared/decision';
import { unusedDocumentId } from '../shared/guards';
import { issueParchment } from '../shared/issue-parchment';
import type { RecordCcsAward } from './record-ccs-award.command';

/** Issues the parchemin of the CCS a jury awarded (PARCHMENT, ISSUER), once per decision, as for a title. */
export const decideRecordCcsAward = (command: RecordCcsAward, state: DocumentsState, input: DecisionInput): Decision<DocumentsEvent> => {
  const { candidateId, decisionId, sessionId, region, titleCode, ccsCode, decidedOn, documentId, statusListIndex } = command.data;
  if (state.decisionIds.includes(decisionId) || state.erasedOn !== null) return ok([]);
  const document = unusedDocumentId(state, { documentId, statusListIndex });
  if (!document.ok) return document;
  return issueParchment(
    { candidateId, decisionId, sessionId, region, decidedOn, achievement: { kind: 'ccs', titleCode, ccsCode }, ccpCodes: [], document: document.value, rectificationId: null },
    input,
  );
};
