import { ok } from '@titrepro/domain-kernel';
import type { DocumentsState } from '../documents.state';
import type { DocumentsEvent } from '../events/documents-event';
import type { Decision, DecisionInput } from '../shared/decision';
import { unusedDocumentId } from '../shared/guards';
import { decidedElsewhere, holdAward } from '../shared/hold-award';
import { issueParchment } from '../shared/issue-parchment';
import type { RecordCcsAward } from './record-ccs-award.command';

/**
 * Issues the parchemin of the CCS a jury of this region awarded (PARCHMENT, ISSUER), once per
 * decision, as for a title. Another region's CCS is only taken (no CCP comes with it), so that
 * its redelivery decides nothing.
 */
export const decideRecordCcsAward = (command: RecordCcsAward, state: DocumentsState, input: DecisionInput): Decision<DocumentsEvent> => {
  const { data } = command;
  const { candidateId, decisionId, sessionId, region, titleCode, ccsCode, decidedOn, issuingRegion, documentId, statusListIndex } = data;
  if (state.decisionIds.includes(decisionId) || state.erasedOn !== null) return ok([]);
  if (decidedElsewhere(data)) return holdAward({ candidateId, decisionId, sessionId, region, titleCode, ccpCodes: [], ccsCode, decidedOn }, input);
  const document = unusedDocumentId(state, { documentId, statusListIndex });
  if (!document.ok) return document;
  return issueParchment(
    {
      candidateId,
      decisionId,
      sessionId,
      issuerRegion: issuingRegion,
      decidedOn,
      achievement: { kind: 'ccs', titleCode, ccsCode },
      ccpCodes: [],
      document: document.value,
      rectificationId: null,
    },
    input,
  );
};
