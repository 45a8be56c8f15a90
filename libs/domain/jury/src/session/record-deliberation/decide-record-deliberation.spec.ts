import type { CandidateFileFacts } from '../../shared/candidate-file-facts';
import {
  aFile,
  BEFORE,
  constitute,
  convene,
  deliberate,
  errorOf,
  evidenceRecord,
  fileOn,
  heldCcp,
  heldTitle,
  interview,
  M1,
  M2,
  member,
  notAwarded,
  on,
  OTHER_CCS,
  OTHER_TITLE,
  pathway,
  play,
  schedule,
  SESSION_DAY,
  spec,
  TITLE_AWARDED,
} from '../../spec-support/session-fixtures';
import { approvedAndSealed } from '../../spec-support/session-whole-life';
import { parseRecordDeliberation } from './record-deliberation.command';

/** A session of `kind` on `date`, its jury named, `file` convened, optionally interviewed. */
const convenedTo = (file: CandidateFileFacts, { kind = 'title', date = '2025-06-16', ccpCodes = null, interviewed = false }: { kind?: 'title' | 'ccp'; date?: string; ccpCodes?: string[] | null; interviewed?: boolean } = {}) =>
  play([
    [schedule({ kind, date }), BEFORE],
    [constitute([M1, M2]), BEFORE],
    [convene(file, ccpCodes), BEFORE],
    ...(interviewed ? [[interview(file.candidateId), on(date)] as const] : []),
  ]);

describe('RecordDeliberation (decider)', () => {
  it('records a title awarded to a continuous-training candidate under JURY-OUTCOME, with the evidence it read', () => {
    const result = spec.given(convenedTo(aFile())).when(deliberate(TITLE_AWARDED), SESSION_DAY);
    expect(result).toMatchObject({
      ok: true,
      value: [
        {
          type: 'DeliberationRecorded',
          data: {
            decisionId: 'd-c-1',
            sessionId: 's-1',
            region: 'idf',
            titleCode: 'TP-00495',
            sessionKind: 'title',
            candidateId: 'c-1',
            pathwayId: 'p-1',
            pathwayType: 'continuous-training',
            outcome: TITLE_AWARDED,
            ccpCodesAwarded: ['CCP1', 'CCP2', 'CCP3'],
            ccsCode: null,
            decidedOn: '2025-06-16',
            recordedBy: 'm-1',
            members: ['m-1', 'm-2'],
            revises: null,
            rulebookId: 'seed-2009',
            ruleApplications: [{ ruleId: 'JURY-OUTCOME', subject: null, passed: true }],
            evidence: { status: { rulebookId: 'seed-2009', ruleIds: ['EVIDENCE-CONTINUOUS'], complete: true }, records: [{ kind: 'practical-assessment', referenceId: 'pa-1', sha256s: [] }] },
            recordedOn: '2025-06-16',
          },
        },
      ],
    });
  });

  describe('CAPITALISATION-WINDOW: five years from the first CCP (2021-03-10), last day inclusive', () => {
    const holder = fileOn('discontinuous-training', { ccpsHeld: [heldCcp('CCP1', '2021-03-10')] });
    const awardCcp2On = (date: string) => spec.given(convenedTo(holder, { kind: 'ccp', date, ccpCodes: ['CCP2'] })).when(deliberate(notAwarded('CCP2'), holder), on(date));

    it('awards a CCP at a session the day before the fifth anniversary', () => {
      expect(awardCcp2On('2026-03-09')).toMatchObject({
        ok: true,
        value: [{ data: { ccpCodesAwarded: ['CCP2'], ruleApplications: [{ ruleId: 'JURY-OUTCOME' }, { ruleId: 'CAPITALISATION-WINDOW', passed: true, details: { windowStart: '2021-03-10', windowEnd: '2026-03-10' } }] } }],
      });
    });

    it('awards a CCP at a session on the fifth anniversary: inside the window', () => {
      expect(awardCcp2On('2026-03-10')).toMatchObject({ ok: true, value: [{ data: { ruleApplications: [{}, { ruleId: 'CAPITALISATION-WINDOW', passed: true }] } }] });
    });

    it('refuses a CCP at a session the day after, naming the rule and the deadline', () => {
      const error = errorOf(awardCcp2On('2026-03-11'));
      expect(error).toMatchObject({ kind: 'rule-violation', ruleId: 'CAPITALISATION-WINDOW', rulebookId: 'seed-2009' });
      expect(error.message).toBe(
        'CAPITALISATION-WINDOW: 2026-03-11 is after the end of the five-year window opened by the first CCP obtained on 2021-03-10 (last day: 2026-03-10).',
      );
    });
  });

  it('refuses a CCP that is not of the title (JURY-OUTCOME)', () => {
    expect(errorOf(spec.given(convenedTo(aFile())).when(deliberate(notAwarded('CCP1', 'CCP9')), SESSION_DAY))).toMatchObject({
      kind: 'rule-violation',
      ruleId: 'JURY-OUTCOME',
      message: 'JURY-OUTCOME: CCPs that are not part of the title: CCP9.',
    });
  });

  describe('TITLE-BY-CAPITALISATION (discontinuous pathway)', () => {
    const allHeld = fileOn('discontinuous-training', { ccpsHeld: [heldCcp('CCP1', '2022-05-10'), heldCcp('CCP2', '2023-06-12'), heldCcp('CCP3', '2025-01-20')] });

    it('refuses the title without the jury’s interview', () => {
      expect(errorOf(spec.given(convenedTo(allHeld)).when(deliberate(TITLE_AWARDED, allHeld), SESSION_DAY))).toMatchObject({
        kind: 'rule-violation',
        ruleId: 'TITLE-BY-CAPITALISATION',
        explanation: { en: 'Discontinuous pathway: the jury must interview the candidate before awarding the title.' },
      });
    });

    it('awards the title after the interview, recording the rule’s facts', () => {
      expect(spec.given(convenedTo(allHeld, { interviewed: true })).when(deliberate(TITLE_AWARDED, allHeld), SESSION_DAY)).toMatchObject({
        ok: true,
        value: [
          {
            data: {
              ruleApplications: [
                { ruleId: 'JURY-OUTCOME', passed: true },
                {
                  ruleId: 'TITLE-BY-CAPITALISATION',
                  passed: true,
                  facts: {
                    pathwayType: 'discontinuous-training',
                    titleCcpCodes: ['CCP1', 'CCP2', 'CCP3'],
                    ccpsObtained: [
                      { ccpCode: 'CCP1', obtainedOn: '2022-05-10' },
                      { ccpCode: 'CCP2', obtainedOn: '2023-06-12' },
                      { ccpCode: 'CCP3', obtainedOn: '2025-01-20' },
                    ],
                    juryInterviewHeld: true,
                    on: '2025-06-16',
                  },
                },
              ],
            },
          },
        ],
      });
    });

    it('refuses the title while a CCP is missing, naming it', () => {
      const twoHeld = fileOn('discontinuous-training', { ccpsHeld: [heldCcp('CCP1', '2022-05-10'), heldCcp('CCP2', '2023-06-12')] });
      expect(errorOf(spec.given(convenedTo(twoHeld, { interviewed: true })).when(deliberate(TITLE_AWARDED, twoHeld), SESSION_DAY))).toMatchObject({
        ruleId: 'TITLE-BY-CAPITALISATION',
        message: 'TITLE-BY-CAPITALISATION: CCPs not obtained by 2027-05-10 inclusive: CCP3.',
      });
    });
  });

  describe('CCS-REQUIRES-TITLE at the award', () => {
    const holder = (withAssessment: boolean): CandidateFileFacts =>
      aFile({
        pathways: [pathway('continuous-training', 'p-ccs', OTHER_TITLE)],
        evidenceStatus: [],
        evidenceRecords: withAssessment ? [evidenceRecord({ pathwayId: 'p-ccs', ccsCode: OTHER_CCS })] : [],
        titlesHeld: [heldTitle(OTHER_TITLE, '2024-01-15')],
      });
    const ccsSession = (file: CandidateFileFacts) =>
      play([
        [schedule({ titleCode: OTHER_TITLE, kind: 'ccs', ccsCode: OTHER_CCS }), BEFORE],
        [constitute([M1, M2]), BEFORE],
        [convene(file), BEFORE],
        [interview('c-1'), SESSION_DAY],
      ]);

    it('awards the CCS on a practical assessment of it and an interview', () => {
      expect(spec.given(ccsSession(holder(true))).when(deliberate({ kind: 'ccs-awarded' }, holder(true)), SESSION_DAY)).toMatchObject({
        ok: true,
        value: [{ data: { ccsCode: OTHER_CCS, ccpCodesAwarded: [], pathwayId: null, evidence: null, ruleApplications: [{ ruleId: 'CCS-REQUIRES-TITLE', passed: true }] } }],
      });
    });

    it('refuses the CCS without a practical assessment of it', () => {
      expect(errorOf(spec.given(ccsSession(holder(false))).when(deliberate({ kind: 'ccs-awarded' }, holder(false)), SESSION_DAY))).toMatchObject({
        ruleId: 'CCS-REQUIRES-TITLE',
        message: `CCS-REQUIRES-TITLE: The jury may not award CCS ${OTHER_CCS} without: practical assessment.`,
      });
    });

    it('refuses the CCS to a candidate who no longer holds the title on the file passed', () => {
      const withoutTitle = { ...holder(true), titlesHeld: [] };
      expect(errorOf(spec.given(ccsSession(holder(true))).when(deliberate({ kind: 'ccs-awarded' }, withoutTitle), SESSION_DAY))).toMatchObject({ ruleId: 'CCS-REQUIRES-TITLE' });
    });

    it('refuses a title outcome in a CCS session, naming outcome.kind', () => {
      expect(spec.given(ccsSession(holder(true))).when(deliberate(TITLE_AWARDED, holder(true)), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'outcome.kind' } });
    });
  });

  it('records an absence without applying any rule', () => {
    expect(spec.given(convenedTo(aFile())).when(deliberate({ kind: 'absent' }), SESSION_DAY)).toMatchObject({ ok: true, value: [{ data: { outcome: { kind: 'absent' }, ccpCodesAwarded: [], ruleApplications: [] } }] });
  });

  describe('one decision per candidate', () => {
    const decided = () => play([[deliberate(notAwarded('CCP1')), SESSION_DAY]], convenedTo(aFile()));

    it('refuses a second deliberation that does not revise the first (concurrent members): conflict naming it', () => {
      expect(spec.given(decided()).when(deliberate(TITLE_AWARDED, aFile(), { decisionId: 'd-2', memberId: M2.memberId }), SESSION_DAY)).toEqual({
        ok: false,
        error: { kind: 'conflict', message: 'candidate c-1 already has decision d-c-1: a new deliberation must revise it' },
      });
    });

    it('revises the current decision before sealing, and refuses a revision of anything else', () => {
      expect(spec.given(decided()).when(deliberate(TITLE_AWARDED, aFile(), { decisionId: 'd-2', revises: 'd-c-1' }), SESSION_DAY)).toMatchObject({ ok: true, value: [{ data: { decisionId: 'd-2', revises: 'd-c-1' } }] });
      expect(spec.given(decided()).when(deliberate(TITLE_AWARDED, aFile(), { decisionId: 'd-2', revises: 'd-other' }), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
      expect(spec.given(convenedTo(aFile())).when(deliberate(TITLE_AWARDED, aFile(), { revises: 'd-0' }), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
      expect(spec.given(decided()).when(deliberate(TITLE_AWARDED, aFile(), { decisionId: 'd-c-1', revises: 'd-c-1' }), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'conflict', message: 'decision d-c-1 already exists in session s-1' } });
    });

    it('leads to one decision per candidate, the revision replacing the first', () => {
      const revised = play([[deliberate(TITLE_AWARDED, aFile(), { decisionId: 'd-2', revises: 'd-c-1' }), SESSION_DAY]], decided());
      expect(spec.given(revised).state()).toMatchObject({ decisions: [{ decisionId: 'd-2', candidateId: 'c-1' }], supersededDecisionIds: ['d-c-1'] });
    });
  });

  it('refuses a member who does not sit on the jury (forbidden)', () => {
    expect(spec.given(convenedTo(aFile())).when(deliberate(TITLE_AWARDED, aFile(), { memberId: member('m-9').memberId }), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it('refuses a deliberation before the session date, and for a candidate not convened', () => {
    expect(spec.given(convenedTo(aFile())).when(deliberate(TITLE_AWARDED), on('2025-06-15'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'session s-1 sits on 2025-06-16: nothing can be recorded for it on 2025-06-15' },
    });
    expect(spec.given(convenedTo(aFile())).when(deliberate(TITLE_AWARDED, aFile({ candidateId: 'c-9' })), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'not-found', id: 'c-9' } });
  });

  it('refuses a deliberation once the minutes are sealed: only a rectification changes a decision', () => {
    const sealed = approvedAndSealed(play([[deliberate(notAwarded('CCP1')), SESSION_DAY]], convenedTo(aFile())));
    expect(spec.given(sealed).when(deliberate(TITLE_AWARDED, aFile(), { decisionId: 'd-2', revises: 'd-c-1' }), SESSION_DAY)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'the minutes of session s-1 were sealed on 2025-06-16: a decision changes only through RectifyDecision' },
    });
  });

  it('refuses, in a CCP session, the title and a CCP not judged; and anywhere a CCP already held', () => {
    const holder = fileOn('discontinuous-training', { ccpsHeld: [heldCcp('CCP1', '2024-01-10')] });
    const ccp = convenedTo(holder, { kind: 'ccp', ccpCodes: ['CCP2'] });
    expect(spec.given(ccp).when(deliberate(TITLE_AWARDED, holder), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'outcome.kind' } });
    expect(spec.given(ccp).when(deliberate(notAwarded('CCP3'), holder), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'outcome.ccpCodesAwarded' } });
    const title = convenedTo(fileOn('continuous-training', { ccpsHeld: [heldCcp('CCP1', '2024-01-10')] }));
    expect(spec.given(title).when(deliberate(notAwarded('CCP1'), fileOn('continuous-training', { ccpsHeld: [heldCcp('CCP1', '2024-01-10')] })), SESSION_DAY)).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'outcome.ccpCodesAwarded', message: 'CCP1 is already held (obtained on 2024-01-10, session s-old): it may not be awarded again' },
    });
  });
});

describe('parseRecordDeliberation', () => {
  const input = { sessionId: 's-1', candidateId: 'c-1', decisionId: 'd-1', memberId: 'm-1', outcome: TITLE_AWARDED, file: aFile(), fileRef: { streamId: 'jurycandidate-c-1', revision: 2 } };
  it('defaults revises to null', () => {
    expect(parseRecordDeliberation(input)).toMatchObject({ ok: true, value: { data: { revises: null } } });
  });
  it.each([
    ['outcome.kind', { outcome: { kind: 'maybe' } }],
    ['outcome.ccpCodesAwarded', { outcome: { kind: 'title-not-awarded' } }],
    ['outcome.ccpCodesAwarded', { outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP1'] } }],
    ['outcome.ccpCodesAwarded', { outcome: { kind: 'title-awarded', ccpCodesAwarded: [] } }],
    ['file.ccpsHeld[0].obtainedOn', { file: { ...aFile(), ccpsHeld: [{ ...heldCcp('CCP1', '2024-01-10'), obtainedOn: '2024-13-01' }] } }],
  ])('refuses invalid input, naming %s', (field, overrides) => {
    expect(parseRecordDeliberation({ ...input, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
