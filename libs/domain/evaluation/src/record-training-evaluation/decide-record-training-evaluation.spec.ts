import type { AssessorFacts } from '../shared/assessor-facts';
import {
  assigned,
  CANDIDATE,
  ecfRecorded,
  explanationOf,
  factSpec,
  on,
  pathwayRecorded,
  PROFESSIONAL,
  today,
  trainer,
  TRAINER,
  TSGERI,
  withdrawalRecorded,
} from '../spec-support/evaluation-fixtures';
import type { RecordTrainingEvaluation, RecordTrainingEvaluationData } from './record-training-evaluation.command';
import { parseRecordTrainingEvaluation } from './record-training-evaluation.command';

const command = (overrides: Partial<RecordTrainingEvaluationData> = {}, assessor: AssessorFacts = TRAINER): RecordTrainingEvaluation => ({
  type: 'RecordTrainingEvaluation',
  data: { candidateId: CANDIDATE, pathwayId: 'p-1', ccpCode: 'CCP2', evaluatedOn: '2025-05-30', result: 'passed', assessor, ...overrides },
});

const continuous = [pathwayRecorded('continuous-training'), assigned({ kind: 'ecf', ccpCode: 'CCP2' })];

describe('RecordTrainingEvaluation (decider) — EVIDENCE-CONTINUOUS', () => {
  it('records the ECF result of a CCP by its assigned trainer, with EVIDENCE-CONTINUOUS on the file with it counted (facts, verdict, DSPP by hash)', () => {
    expect(factSpec.given(continuous).when(command(), today)).toEqual({
      ok: true,
      value: [
        {
          type: 'TrainingEvaluationRecorded',
          data: {
            candidateId: CANDIDATE,
            pathwayId: 'p-1',
            titleCode: TSGERI,
            ccpCode: 'CCP2',
            evaluatedOn: '2025-05-30',
            result: 'passed',
            assessorId: TRAINER.assessorId,
            recordedOn: '2025-06-02',
            trace: {
              rulebookId: 'seed-2009',
              rules: [
                {
                  ruleId: 'EVIDENCE-CONTINUOUS',
                  subject: null,
                  // CCP1 and CCP3 have no ECF yet: the file still lacks them, whatever CCP2's.
                  facts: { titleCcpCodes: ['CCP1', 'CCP2', 'CCP3'], trainingEvaluations: false, dsppCcpCodes: [], practicalAssessment: false, juryInterview: true },
                  passed: false,
                  explanation: expect.objectContaining({ en: expect.stringContaining('in-training evaluation results (ECF)') }),
                  details: { problems: ['ecf', 'dspp:CCP1', 'dspp:CCP2', 'dspp:CCP3', 'practical-assessment'] },
                },
              ],
              evidence: [],
              reads: [],
            },
          },
        },
      ],
    });
  });

  it('leads to the result kept per CCP, with its trainer', () => {
    expect(factSpec.given([...continuous, ecfRecorded('CCP2', 'failed')]).state()).toMatchObject({
      pathways: [{ trainingEvaluations: [{ ccpCode: 'CCP2', result: 'failed', evaluatedOn: '2025-03-01', assessorId: TRAINER.assessorId }] }],
    });
  });

  it('refuses an ECF for a VAE candidate under EVIDENCE-VAE, explaining that a VAE candidate has no ECF', () => {
    const result = factSpec.given([pathwayRecorded('vae'), assigned({ kind: 'ecf', ccpCode: 'CCP2' })]).when(command(), today);
    expect(result).toMatchObject({ ok: false, error: { kind: 'rule-violation', ruleId: 'EVIDENCE-VAE', rulebookId: 'seed-2009' } });
    expect(explanationOf(result)).toEqual({
      fr: expect.stringContaining("Un candidat à la VAE n'a pas d'ECF (parcours p-1)") as string,
      en: expect.stringContaining('A VAE candidate has no ECF (pathway p-1)') as string,
    });
  });

  it('refuses an ECF on a discontinuous pathway (its CCPs are assessed by a pair)', () => {
    expect(factSpec.given([pathwayRecorded('discontinuous-training')]).when(command(), today)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });

  it('refuses a professional, even assigned', () => {
    expect(factSpec.given(continuous).when(command({}, PROFESSIONAL), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'assessor pro-1 is a professional; an ECF is given by a trainer' },
    });
  });

  it("refuses a trainer not assigned to that CCP's ECF", () => {
    expect(factSpec.given(continuous).when(command({}, trainer({ assessorId: 'trainer-2' })), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'assessor trainer-2 is not assigned to the ECF of CCP2 on pathway p-1' },
    });
    expect(factSpec.given(continuous).when(command({ ccpCode: 'CCP1' }), today)).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('not assigned to the ECF of CCP1') as string } });
  });

  it("refuses a CCP that is not the title's", () => {
    expect(factSpec.given(continuous).when(command({ ccpCode: 'CCP7' }), today)).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining(`CCP7 is not a CCP of title ${TSGERI}`) as string } });
  });

  it('refuses an evaluation date after the decision day, naming evaluatedOn and its range, and accepts one on it', () => {
    expect(factSpec.given(continuous).when(command({ evaluatedOn: '2025-06-03' }), today)).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'evaluatedOn', message: 'must be an evaluation date, from 2000-01-01 to today (on 2025-06-02: 2000-01-01 to 2025-06-02)' },
    });
    expect(factSpec.given(continuous).when(command({ evaluatedOn: '2025-06-02' }), today).ok).toBe(true);
  });

  it('refuses an evaluation dated 1800-01-01 at the edge, naming evaluatedOn and its range', () => {
    expect(parseRecordTrainingEvaluation({ ...command().data, evaluatedOn: '1800-01-01' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', field: 'evaluatedOn', message: 'must be an evaluation date, from 2000-01-01 to today' },
    });
  });

  it('records a retake after a failed ECF, and refuses one after a passed ECF', () => {
    expect(factSpec.given([...continuous, ecfRecorded('CCP2', 'failed')]).when(command(), today).ok).toBe(true);
    expect(factSpec.given([...continuous, ecfRecorded('CCP2', 'passed')]).when(command(), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'the ECF of CCP2 was already passed on 2025-03-01' },
    });
  });

  it('refuses a retake dated before the failed ECF it follows', () => {
    expect(factSpec.given([...continuous, ecfRecorded('CCP2', 'failed', '2025-03-01')]).when(command({ evaluatedOn: '2025-02-01' }), today)).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', field: 'evaluatedOn' },
    });
  });

  it('refuses a withdrawn pathway', () => {
    expect(factSpec.given([...continuous, withdrawalRecorded()]).when(command(), today)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });

  it('refuses a decision taken before any rulebook was in force', () => {
    expect(factSpec.given(continuous).when(command({ evaluatedOn: '2009-01-01' }), on('2009-03-19'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'no rulebook is in force on 2009-03-19' },
    });
  });
});

describe('parseRecordTrainingEvaluation', () => {
  it.each([
    ['evaluatedOn', { evaluatedOn: '2025-02-30' }],
    ['result', { result: 'acquired' }],
    ['assessor.kind', { assessor: { ...TRAINER, kind: 'jury-member' } }],
  ])('refuses invalid input, naming %s', (field, overrides) => {
    expect(parseRecordTrainingEvaluation({ ...command().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
