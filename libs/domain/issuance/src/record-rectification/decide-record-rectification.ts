import { fail, foldEvents, invalidInput, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import { type Achievement, type CandidateDocument, currentBooklet, DECISION_RECTIFIED, type DocumentsState, initialDocumentsState, nextBookletVersion } from '../documents.state';
import { evolveDocuments } from '../documents.evolve';
import type { DocumentRevoked } from '../events/document-revoked.event';
import type { DocumentsEvent } from '../events/documents-event-catalogue';
import type { RectificationRecorded } from '../events/rectification-recorded.event';
import type { DecisionInput } from '../shared/decision';
import { unusedDocumentId } from '../shared/guards';
import { decidedElsewhere } from '../shared/hold-award';
import { inBookletOrder, sameEntry } from '../shared/holdings';
import { issueBooklet } from '../shared/issue-booklet';
import { issueParchment } from '../shared/issue-parchment';
import type { RecordRectification, RecordRectificationData } from './record-rectification.command';

const fold = (state: DocumentsState, events: readonly DocumentsEvent[]): DocumentsState =>
  foldEvents({ initialState: initialDocumentsState, evolve: evolveDocuments }, events, state);

/**
 * The documents this region issued that no longer stand once the decision's CCPs are replaced:
 * every parchemin issued on the decision (its outcome changed), and the livret that stands if it
 * lists a CCP the candidate no longer holds as listed, whichever region's decision took it back. A
 * livret whose every entry still stands is kept (and superseded if the rectified outcome adds CCPs
 * to it). Only what this region issued: another region's documents are its office's to revoke.
 */
const noLongerStanding = (before: DocumentsState, after: DocumentsState, decisionId: string, issuingRegion: string): readonly CandidateDocument[] => {
  const ours = (document: CandidateDocument): boolean => document.issuerRegion === issuingRegion;
  const parchments = before.documents.filter((document) => document.kind === 'parchment' && document.status === 'issued' && document.decisionId === decisionId && ours(document));
  const booklet = currentBooklet(before);
  const stale = booklet && ours(booklet) && booklet.entries.some((entry) => !after.ccpsHeld.some((held) => sameEntry(held, entry)));
  return stale ? [...parchments, booklet] : parchments;
};

/** What the rectified outcome certifies on a parchemin, if anything. */
const parchmentOf = ({ outcome, titleCode, ccsCode }: RecordRectificationData): Achievement | null => {
  if (outcome.kind === 'title-awarded') return { kind: 'title', titleCode, ccsCode: null };
  if (outcome.kind === 'ccs-awarded') return { kind: 'ccs', titleCode, ccsCode };
  return null;
};

/**
 * Takes a jury's rectification of a sealed decision, of any region, once per rectification id (even
 * one that overtook its award: the award arriving later decides nothing). The decision's CCPs are
 * replaced (RectificationRecorded); every document this region issued that no longer stands is
 * revoked, reason `decision-rectified`; then, where the new outcome still awards something, the
 * document it calls for is issued under the rules as of the session date: a parchemin for a title
 * or a CCS, else a new livret version when the CCPs it lists change. For another region's decision
 * this region issues no parchemin and no livret for the CCPs it adds (that region's office does,
 * ISSUER); it only reissues its own livret when it revoked it. After erasure nothing is reissued. A
 * reissue needed but not sent is refused: the app mints `reissue` with every rectification.
 */
export const decideRecordRectification = (command: RecordRectification, state: DocumentsState, input: DecisionInput): EventsOrRefusal<DocumentsEvent> => {
  const { data } = command;
  const { candidateId, rectificationId, decisionId, sessionId, region, titleCode, outcome, ccpCodesAwarded, ccsCode, decidedOn, issuingRegion, reissue } = data;
  if (state.rectificationIds.includes(rectificationId)) return ok([]);
  const elsewhere = decidedElsewhere(data);
  const recorded: RectificationRecorded = {
    type: 'RectificationRecorded',
    data: { candidateId, rectificationId, decisionId, sessionId, region, titleCode, outcome, ccpCodesAwarded, ccsCode, decidedOn, recordedOn: input.on },
  };
  const held = fold(state, [recorded]);
  const revocations: DocumentRevoked[] = noLongerStanding(state, held, decisionId, issuingRegion).map((document) => ({
    type: 'DocumentRevoked',
    data: {
      candidateId,
      documentId: document.documentId,
      documentKind: document.kind,
      decisionId: document.decisionId,
      issuerRegion: document.issuerRegion,
      statusListIndex: document.statusListIndex,
      reason: DECISION_RECTIFIED,
      by: { kind: 'rectification', rectificationId, region },
      revokedOn: input.on,
    },
  }));
  const taken = [recorded, ...revocations];
  if (state.erasedOn !== null) return ok(taken);
  const after = fold(held, revocations);

  // Never a parchemin for another region's decision: its office alone holds the key to sign it (ISSUER).
  const achievement = elsewhere ? null : parchmentOf(data);
  const standing = currentBooklet(after);
  const entries = inBookletOrder(after.ccpsHeld);
  const bookletRevoked = revocations.some((revocation) => revocation.data.documentKind === 'booklet');
  const addsToBooklet = entries.some((entry) => entry.decisionId === decisionId && !(standing?.entries ?? []).some((listed) => sameEntry(listed, entry)));
  // A livret of ours revoked is reissued whoever rectified; CCPs another region adds wait for our next livret, as its awards do.
  const needsBooklet = achievement === null && entries.length > 0 && (bookletRevoked || (addsToBooklet && !elsewhere));
  if (achievement === null && !needsBooklet) return ok(taken);

  if (reissue === null) return fail(invalidInput('reissue', `is required: rectification ${rectificationId} calls for a new ${achievement ? 'parchemin' : 'livret'}`));
  const document = unusedDocumentId(after, reissue);
  if (!document.ok) return document;
  const issued = achievement
    ? issueParchment(
        {
          candidateId,
          decisionId,
          sessionId,
          issuerRegion: issuingRegion,
          decidedOn,
          achievement,
          ccpCodes: achievement.kind === 'title' ? ccpCodesAwarded : [],
          document: document.value,
          rectificationId,
        },
        input,
      )
    : issueBooklet(
        { candidateId, decisionId, sessionId, issuerRegion: issuingRegion, titleCode, decidedOn, entries, standing, version: nextBookletVersion(after), document: document.value, rectificationId },
        input,
      );
  return issued.ok ? ok([...taken, ...issued.value]) : issued;
};
