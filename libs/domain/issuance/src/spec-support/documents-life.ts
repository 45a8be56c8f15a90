// A candidate's documents as the decider of one region's deployment writes them from raw input parsed
// at the edge, as the app's consumers and officers make it: every event type once at least (not
// exported from the library).
import { type DomainError, foldEvents, type Result } from '@titrepro/domain-kernel';
import type { DocumentsCommand } from '../documents.command';
import type { DocumentsEvent } from '../events/documents-event-catalogue';
import { parseRecordCcpAward } from '../record-ccp-award/record-ccp-award.command';
import { parseRecordCcsAward } from '../record-ccs-award/record-ccs-award.command';
import { parseRecordErasure } from '../record-erasure/record-erasure.command';
import { parseRecordRectification } from '../record-rectification/record-rectification.command';
import { parseRecordTitleAward } from '../record-title-award/record-title-award.command';
import { parseRevokeDocument } from '../revoke-document/revoke-document.command';
import { CANDIDATE, documentsDecider, on, TSGERI } from './documents-fixtures';

/** The region of the deployment the life is lived in. */
const DEPLOYMENT = 'idf';

const award = (decisionId: string, region: string, decidedOn: string, documentId: string, statusListIndex: number) => ({
  candidateId: CANDIDATE,
  decisionId,
  sessionId: `s-${decisionId}`,
  region,
  titleCode: TSGERI,
  decidedOn,
  issuingRegion: DEPLOYMENT,
  documentId,
  statusListIndex,
});

/** The steps of the life: the day each command is decided, and its raw input. */
const STEPS: ReadonlyArray<readonly [string, () => Result<DocumentsCommand, DomainError>]> = [
  ['2024-03-18', () => parseRecordCcpAward({ ...award('d-1', 'idf', '2024-03-15', 'doc-b1', 3), ccpCodes: ['CCP1'] })],
  // A jury of another region awards CCP2: its office issues; here it is held, for the livret to list.
  ['2025-01-22', () => parseRecordCcpAward({ ...award('d-2', 'bre', '2025-01-20', 'doc-unused-1', 4), ccpCodes: ['CCP2'] })],
  ['2025-03-17', () => parseRecordCcpAward({ ...award('d-3', 'idf', '2025-03-14', 'doc-b2', 5), ccpCodes: ['CCP3'] })],
  ['2025-06-23', () => parseRecordTitleAward({ ...award('d-4', 'idf', '2025-06-20', 'doc-p1', 6), ccpCodes: ['CCP1', 'CCP2', 'CCP3'] })],
  ['2025-07-01', () => parseRecordCcsAward({ ...award('d-5', 'idf', '2025-06-30', 'doc-p2', 7), ccsCode: 'CCS1' })],
  [
    '2025-09-01',
    () =>
      parseRecordRectification({
        candidateId: CANDIDATE,
        rectificationId: 'r-1',
        decisionId: 'd-4',
        outcome: { kind: 'title-not-awarded', ccpCodesAwarded: [] },
        ccpCodesAwarded: [],
        ccsCode: null,
        region: 'idf',
        sessionId: 's-d-4',
        titleCode: TSGERI,
        decidedOn: '2025-06-20',
        issuingRegion: DEPLOYMENT,
        reissue: { documentId: 'doc-unused-2', statusListIndex: 8 },
      }),
  ],
  ['2025-10-01', () => parseRevokeDocument({ candidateId: CANDIDATE, documentId: 'doc-p2', reason: 'Délivré par erreur.', officerId: 'o-idf', officerRegion: DEPLOYMENT })],
  ['2025-11-03', () => parseRecordErasure({ candidateId: CANDIDATE })],
];

/** The events of the whole life; throws if any input or decision is refused, or decides nothing. */
export const aWholeDocumentsLife = (): readonly DocumentsEvent[] => {
  const history: DocumentsEvent[] = [];
  for (const [day, input] of STEPS) {
    const parsed = input();
    if (!parsed.ok) throw new Error(`input refused on ${day}: ${JSON.stringify(parsed.error)}`);
    const decided = documentsDecider.decide(parsed.value, foldEvents(documentsDecider, history), on(day));
    if (!decided.ok) throw new Error(`${parsed.value.type} refused on ${day}: ${JSON.stringify(decided.error)}`);
    if (decided.value.length === 0) throw new Error(`${parsed.value.type} decided nothing on ${day}`);
    history.push(...decided.value);
  }
  return history;
};
