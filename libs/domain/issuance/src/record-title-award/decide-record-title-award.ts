import { ok } from '@titrepro/domain-kernel';
import type { DocumentsState } from '../documents.state';
import type { DocumentsEvent } from '../events/documents-event';
import type { Decision, DecisionInput } from '../shared/decision';
import { unusedDocumentId } from '../shared/guards';
import { decidedElsewhere, holdAward } from '../shared/hold-award';
import { issueParchment } from '../shared/issue-parchment';
import type { RecordTitleAward } from './record-title-award.command';

/**
 * Issues the parchemin of the title a jury of this region awarded (PARCHMENT, ISSUER), and holds
 * the title's CCPs from the decision; no livret for a title. Another region's award issues nothing
 * here (its office delivers the parchemin) but its CCPs are held all the same. Once per decision: a
 * decision already taken (issued, held, or rectified before its award arrived) decides nothing, nor
 * does an award after erasure.
 */
export const decideRecordTitleAward = (command: RecordTitleAward, state: DocumentsState, input: DecisionInput): Decision<DocumentsEvent> => {
  const { data } = command;
  const { candidateId, decisionId, sessionId, region, titleCode, ccpCodes, decidedOn, issuingRegion, documentId, statusListIndex } = data;
  if (state.decisionIds.includes(decisionId) || state.erasedOn !== null) return ok([]);
  if (decidedElsewhere(data)) return holdAward({ candidateId, decisionId, sessionId, region, titleCode, ccpCodes, ccsCode: null, decidedOn }, input);
  const document = unusedDocumentId(state, { documentId, statusListIndex });
  if (!document.ok) return document;
  return issueParchment(
    {
      candidateId,
      decisionId,
      sessionId,
      issuerRegion: issuingRegion,
      decidedOn,
      achievement: { kind: 'title', titleCode, ccsCode: null },
      ccpCodes,
      document: document.value,
      rectificationId: null,
    },
    input,
  );
};
