// Builders for the documents decider's specs (not exported from the library).
import { deciderSpec, type DecisionContext } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
// The specs state the seed's rules on dates written when it was the only regime; later regimes have specs of their own.
import { seedRulebookOnly as rulebooks } from '@titrepro/domain-rulebook';
import { createDocumentsDecider } from '../documents.decider';
import type { DocumentsEvent } from '../events/documents-event-catalogue';
import type { RecordCcpAward, RecordCcpAwardData } from '../record-ccp-award/record-ccp-award.command';
import type { RecordCcsAward, RecordCcsAwardData } from '../record-ccs-award/record-ccs-award.command';
import type { RecordRectification, RecordRectificationData } from '../record-rectification/record-rectification.command';
import type { RecordTitleAward, RecordTitleAwardData } from '../record-title-award/record-title-award.command';
import type { DocumentsDeciderDependencies } from '../shared/dependencies';

export const TSGERI = 'TP-00495';
export const TSGERI_CCPS = ['CCP1', 'CCP2', 'CCP3'] as const;
export const CANDIDATE = 'c-1';

export const documentsDependencies: DocumentsDeciderDependencies = { referential, rulebooks };
export const documentsDecider = createDocumentsDecider(documentsDependencies);
export const documentsSpec = deciderSpec(documentsDecider);

/** Noon in Paris on `date`: unambiguously that calendar day. */
export const on = (date: string): DecisionContext => ({ now: new Date(`${date}T10:00:00Z`) });

// Each builder's award is decided in the deployment's own region (`issuingRegion` = `region`), so
// that it issues; a spec of another region's award overrides `region` or `issuingRegion`.

export const titleAward = (overrides: Partial<RecordTitleAwardData> = {}): RecordTitleAward => ({
  type: 'RecordTitleAward',
  data: {
    candidateId: CANDIDATE,
    decisionId: 'd-title',
    sessionId: 's-title',
    region: 'idf',
    titleCode: TSGERI,
    ccpCodes: [...TSGERI_CCPS],
    decidedOn: '2025-06-20',
    issuingRegion: 'idf',
    documentId: 'doc-parchment',
    statusListIndex: 7,
    ...overrides,
  },
});

export const ccsAward = (overrides: Partial<RecordCcsAwardData> = {}): RecordCcsAward => ({
  type: 'RecordCcsAward',
  data: {
    candidateId: CANDIDATE,
    decisionId: 'd-ccs',
    sessionId: 's-ccs',
    region: 'bre',
    titleCode: TSGERI,
    ccsCode: 'CCS1',
    decidedOn: '2026-02-10',
    issuingRegion: 'bre',
    documentId: 'doc-ccs',
    statusListIndex: 12,
    ...overrides,
  },
});

export const ccpAward = (overrides: Partial<RecordCcpAwardData> = {}): RecordCcpAward => ({
  type: 'RecordCcpAward',
  data: {
    candidateId: CANDIDATE,
    decisionId: 'd-idf',
    sessionId: 's-idf',
    region: 'idf',
    titleCode: TSGERI,
    ccpCodes: ['CCP1'],
    decidedOn: '2024-03-15',
    issuingRegion: 'idf',
    documentId: 'doc-booklet-1',
    statusListIndex: 3,
    ...overrides,
  },
});

export const rectification = (overrides: Partial<RecordRectificationData> = {}): RecordRectification => ({
  type: 'RecordRectification',
  data: {
    candidateId: CANDIDATE,
    rectificationId: 'r-1',
    decisionId: 'd-title',
    outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP2'] },
    ccpCodesAwarded: ['CCP1', 'CCP2'],
    ccsCode: null,
    region: 'idf',
    sessionId: 's-title',
    titleCode: TSGERI,
    decidedOn: '2025-06-20',
    issuingRegion: 'idf',
    reissue: { documentId: 'doc-reissued', statusListIndex: 8 },
    ...overrides,
  },
});

/** The events a command decides on a history; throws on a refusal. */
export const decided = (history: readonly DocumentsEvent[], command: Parameters<typeof documentsDecider.decide>[0], day: string): readonly DocumentsEvent[] => {
  const result = documentsSpec.given(history).when(command, on(day));
  if (!result.ok) throw new Error(`${command.type} refused: ${JSON.stringify(result.error)}`);
  return result.value;
};

/** The history after each command in turn, each decided on its day. */
export const historyOf = (steps: ReadonlyArray<readonly [Parameters<typeof documentsDecider.decide>[0], string]>): readonly DocumentsEvent[] =>
  steps.reduce<readonly DocumentsEvent[]>((history, [command, day]) => [...history, ...decided(history, command, day)], []);
