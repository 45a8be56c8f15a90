import type { CandidateReport, CohortReport } from './cohort-model';
import { cohortExpectationsBroken } from './expectations';
import { summaryTable } from './summary-table';

const rectified: CandidateReport = {
  scenario: 'rectification',
  name: 'Sébastien Lambert',
  pathway: 'continuous-training',
  titleCode: 'TP-00495',
  candidateId: '01a252dd-3eb1-760c-92e2-63f637f58ee5',
  regions: ['idf'],
  steps: [{ region: 'idf', what: 'title session 2026-12-08', outcome: 'title-not-awarded (CCP1, CCP3 awarded)' }],
  expected: {
    decisions: [{ type: 'DecisionRectified', region: 'idf', ruleIds: ['JURY-OUTCOME'] }],
    documents: [
      { region: 'idf', kind: 'booklet', status: 'revoked', ccsCode: null, verification: 'revoked' },
      { region: 'idf', kind: 'booklet', status: 'issued', ccsCode: null, verification: 'valid' },
    ],
    events: ['DecisionRectified'],
  },
  decisions: [{ type: 'DecisionRectified', service: 'jury', region: 'idf', rulebookId: 'vae-jury-2024', ruleIds: ['JURY-OUTCOME', 'CAPITALISATION-WINDOW'] }],
  documents: [
    { region: 'idf', documentId: 'd-1', kind: 'booklet', status: 'revoked', titleCode: 'TP-00495', ccsCode: null, verification: 'revoked' },
    { region: 'idf', documentId: 'd-2', kind: 'booklet', status: 'issued', titleCode: 'TP-00495', ccsCode: null, verification: 'valid' },
  ],
  replay: { ok: true, decisions: 15, flagged: 0, partial: 13, unreadStores: [] },
};
const report = (candidate: CandidateReport, more: Partial<CohortReport> = {}): CohortReport => ({
  candidates: [candidate],
  verification: { ok: true, problems: [] },
  serverErrors: 0,
  busyAnswers: 0,
  elapsedMs: 1_000,
  ...more,
});

describe('the cohort summary', () => {
  it('has one row per candidate with each decision’s rule ids, the documents and /verify, and the audit', () => {
    const table = summaryTable(report(rectified));
    expect(table).toContain('Sébastien Lambert');
    // The rule ids too long for the column go on, indented, on the next line of the same row.
    expect(table).toMatch(/DecisionRectified \(vae-jury-2024\): JURY-OUTCOME\s*│[^\n]*\n│[^│]*│\s+CAPITALISATION-WINDOW/);
    expect(table).toMatch(/idf booklet revoked\s+│ revoked/);
    expect(table).toContain('replay ok');
    expect(table).toContain('audit verify (hash chains, seals, awards): ok');
    // No line wider than the others: a table, readable in a terminal.
    expect(new Set(table.split('\n').slice(0, -1).map((line) => line.length)).size).toBe(1);
  });

  it('finds nothing broken when every outcome is the one expected', () => {
    expect(cohortExpectationsBroken(report(rectified))).toEqual([]);
  });

  it('names what is not as expected: a verification that still says valid, a decision without its rule, a flagged replay, a failed verify, a 5xx', () => {
    const broken = cohortExpectationsBroken(
      report(
        {
          ...rectified,
          decisions: rectified.decisions.map((decision) => ({ ...decision, ruleIds: ['CAPITALISATION-WINDOW'] })),
          documents: rectified.documents.map((document) => ({ ...document, verification: 'valid' })),
          replay: { ok: false, decisions: 15, flagged: 1, partial: 13, unreadStores: [] },
        },
        { verification: { ok: false, problems: ['idf/jury s-1: seal'] }, serverErrors: 2 },
      ),
    );
    expect(broken).toEqual([
      'Sébastien Lambert (rectification): no DecisionRectified in idf with rules JURY-OUTCOME',
      'Sébastien Lambert (rectification): no revoked booklet in idf that /verify finds revoked',
      'Sébastien Lambert (rectification): the audit’s replay flags 1 decision(s)',
      'the audit’s verification failed: idf/jury s-1: seal',
      '2 answer(s) 5xx on the way',
    ]);
  });
});
