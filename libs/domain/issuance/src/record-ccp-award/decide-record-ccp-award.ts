import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import { currentBooklet, type DocumentsState, nextBookletVersion } from '../documents.state';
import type { DocumentsEvent } from '../events/documents-event-catalogue';
import type { DecisionInput } from '../shared/decision';
import { unusedDocumentId } from '../shared/guards';
import { decidedElsewhere, holdAward } from '../shared/hold-award';
import { inBookletOrder, newCcps } from '../shared/holdings';
import { issueBooklet } from '../shared/issue-booklet';
import type { RecordCcpAward } from './record-ccp-award.command';

/**
 * Issues a new version of the livret listing every CCP held, whichever region's jury awarded it,
 * with the CCPs of this region's decision (BOOKLET per new entry, ISSUER); the standing version is
 * superseded. Never a parchemin (PARCHMENT refuses a CCP alone; the refusal is recorded). Another
 * region's award issues nothing here (its office delivers its livret): its CCPs are held, for the
 * next livret this region issues. Once per decision; CCPs all held already (kept as first obtained)
 * or an award after erasure decide nothing.
 */
export const decideRecordCcpAward = (command: RecordCcpAward, state: DocumentsState, input: DecisionInput): EventsOrRefusal<DocumentsEvent> => {
  const { data } = command;
  const { candidateId, decisionId, sessionId, region, titleCode, ccpCodes, decidedOn, issuingRegion, documentId, statusListIndex } = data;
  if (state.decisionIds.includes(decisionId) || state.erasedOn !== null) return ok([]);
  const brought = newCcps(state.ccpsHeld, { decisionId, sessionId, region, titleCode, decidedOn }, ccpCodes);
  if (brought.length === 0) return ok([]);
  if (decidedElsewhere(data)) return holdAward({ candidateId, decisionId, sessionId, region, titleCode, ccpCodes, ccsCode: null, decidedOn }, input);
  const document = unusedDocumentId(state, { documentId, statusListIndex });
  if (!document.ok) return document;
  return issueBooklet(
    {
      candidateId,
      decisionId,
      sessionId,
      issuerRegion: issuingRegion,
      titleCode,
      decidedOn,
      entries: inBookletOrder([...state.ccpsHeld, ...brought]),
      standing: currentBooklet(state),
      version: nextBookletVersion(state),
      document: document.value,
      rectificationId: null,
    },
    input,
  );
};
