import type { DomainError, Result } from '@titrepro/domain-kernel';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import type { AssessorFacts, CompetenceOutcome } from '../shared/assessor-facts';
import {
  assigned,
  CANDIDATE,
  ccpPracticalAssessmentHeld,
  competencesOf,
  dsppSubmitted,
  explanationOf,
  factSpec,
  grid,
  OTHER_TITLE,
  pairRecorded,
  pathwayRecorded,
  PROFESSIONAL,
  professional,
  today,
  TRAINER,
  trainer,
  TSGERI,
} from '../spec-support/evaluation-fixtures';
import { parseRecordCcpPairAssessment, type RecordCcpPairAssessment, type RecordCcpPairAssessmentData } from './record-ccp-pair-assessment.command';

const CCP2_EVALUATION = { kind: 'ccp-evaluation', ccpCode: 'CCP2' } as const;

const command = (
  assessors: readonly [AssessorFacts, AssessorFacts] = [PROFESSIONAL, TRAINER],
  overrides: Partial<RecordCcpPairAssessmentData> = {},
): RecordCcpPairAssessment => ({
  type: 'RecordCcpPairAssessment',
  data: { candidateId: CANDIDATE, pathwayId: 'p-1', ccpCode: 'CCP2', assessedOn: '2025-05-30', assessors, outcome: 'passed', grid: grid(competencesOf('CCP2')), ...overrides },
});

/** A discontinuous pathway ready for CCP2's pair evaluation, with `seated` assigned to it. */
const readyFor = (seated: readonly AssessorFacts[] = [PROFESSIONAL, TRAINER], { dspp = true, practical = true } = {}): EvaluationEvent[] => [
  pathwayRecorded('discontinuous-training'),
  ...(dspp ? [dsppSubmitted()] : []),
  ...(practical ? ccpPracticalAssessmentHeld('CCP2') : []),
  ...seated.map((assessor) => assigned(CCP2_EVALUATION, assessor)),
];

const refusedUnderCcpPair = (result: Result<readonly EvaluationEvent[], DomainError>) => {
  expect(result).toMatchObject({ ok: false, error: { kind: 'rule-violation', ruleId: 'CCP-PAIR', rulebookId: 'seed-2009' } });
  return explanationOf(result);
};

describe('RecordCcpPairAssessment (decider) — CCP-PAIR', () => {
  it('records the evaluation of a professional and a trainer of the specialty, with the rulebook, rule id and verdict', () => {
    const result = factSpec.given(readyFor()).when(command(), today);
    expect(result).toEqual({
      ok: true,
      value: [
        {
          type: 'CcpPairAssessmentRecorded',
          data: {
            candidateId: CANDIDATE,
            pathwayId: 'p-1',
            titleCode: TSGERI,
            ccpCode: 'CCP2',
            assessedOn: '2025-05-30',
            assessors: [
              { assessorId: PROFESSIONAL.assessorId, kind: 'professional', specialtyTitleCode: null },
              { assessorId: TRAINER.assessorId, kind: 'trainer', specialtyTitleCode: TSGERI },
            ],
            outcome: 'passed',
            grid: grid(competencesOf('CCP2')),
            recordedOn: '2025-06-02',
            trace: {
              rulebookId: 'seed-2009',
              rules: [
                {
                  ruleId: 'CCP-PAIR',
                  subject: null,
                  // The facts CCP-PAIR judged, kept so that an audit re-runs it.
                  facts: expect.objectContaining({ titleCode: TSGERI, ccpCode: 'CCP2', practicalAssessment: true, dspp: true }) as unknown,
                  passed: true,
                  explanation: {
                    fr: 'CCP2 évalué par pro-1 (professionnel) et trainer-1 (formateur de la spécialité) sur mise en situation et DSPP.',
                    en: 'CCP2 assessed by pro-1 (professional) and trainer-1 (trainer of the specialty) on a practical assessment and the DSPP.',
                  },
                  details: null,
                },
              ],
              evidence: [expect.objectContaining({ sha256: expect.any(String) })],
              reads: [],
            },
          },
        },
      ],
    });
  });

  it('accepts the trainer in the first seat', () => {
    expect(factSpec.given(readyFor()).when(command([TRAINER, PROFESSIONAL]), today).ok).toBe(true);
  });

  it('leads to the evaluation kept per CCP with both seats', () => {
    expect(factSpec.given([...readyFor(), pairRecorded('CCP2', 'failed')]).state()).toMatchObject({
      pathways: [{ ccpPairAssessments: [{ ccpCode: 'CCP2', outcome: 'failed', assessedOn: '2025-05-20', assessors: [{ kind: 'professional' }, { kind: 'trainer' }] }] }],
    });
  });

  it('refuses two professionals under CCP-PAIR', () => {
    const other = professional({ assessorId: 'pro-2' });
    const explanation = refusedUnderCcpPair(factSpec.given(readyFor([PROFESSIONAL, other])).when(command([PROFESSIONAL, other]), today));
    expect(explanation?.en).toBe('The pair must join one professional and one trainer of the specialty.');
  });

  it('refuses two trainers under CCP-PAIR', () => {
    const other = trainer({ assessorId: 'trainer-2' });
    const explanation = refusedUnderCcpPair(factSpec.given(readyFor([TRAINER, other])).when(command([TRAINER, other]), today));
    expect(explanation?.fr).toBe("Le binôme doit réunir un professionnel et un formateur de la spécialité.");
  });

  it('refuses one person in both seats under CCP-PAIR', () => {
    const explanation = refusedUnderCcpPair(factSpec.given(readyFor()).when(command([TRAINER, TRAINER]), today));
    expect(explanation?.en).toBe('The two assessors must be two distinct people.');
  });

  it('refuses a trainer of another specialty under CCP-PAIR, naming the specialty', () => {
    const outsider = trainer({ assessorId: 'trainer-2', specialtyTitleCode: OTHER_TITLE });
    const explanation = refusedUnderCcpPair(factSpec.given(readyFor([PROFESSIONAL, outsider])).when(command([PROFESSIONAL, outsider]), today));
    expect(explanation?.en).toBe(`Trainer trainer-2 belongs to specialty ${OTHER_TITLE}, not ${TSGERI}.`);
  });

  it('refuses an assessor not qualified for the title, naming them', () => {
    const unqualified = professional({ qualifiedTitleCodes: [OTHER_TITLE] });
    expect(factSpec.given(readyFor([unqualified, TRAINER])).when(command([unqualified, TRAINER]), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `assessor pro-1 is not qualified for title ${TSGERI} (qualified for ${OTHER_TITLE})` },
    });
  });

  it('refuses without the mise en situation for that CCP recorded, under CCP-PAIR', () => {
    const explanation = refusedUnderCcpPair(factSpec.given(readyFor(undefined, { practical: false })).when(command(), today));
    expect(explanation?.en).toBe('Assessment of CCP2 incomplete: practical assessment for CCP2.');
  });

  it('refuses without a DSPP, under CCP-PAIR', () => {
    const explanation = refusedUnderCcpPair(factSpec.given(readyFor(undefined, { dspp: false })).when(command(), today));
    expect(explanation?.en).toBe('Assessment of CCP2 incomplete: DSPP.');
  });

  it("refuses a CCP that is not the title's, under CCP-PAIR", () => {
    const explanation = refusedUnderCcpPair(factSpec.given(readyFor()).when(command(undefined, { ccpCode: 'CCP8' }), today));
    expect(explanation?.en).toBe(`CCP8 is not a CCP of title ${TSGERI}.`);
  });

  it("refuses a seat not assigned to that CCP's pair evaluation", () => {
    expect(factSpec.given(readyFor([PROFESSIONAL])).when(command(), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'assessor trainer-1 is not assigned to the pair evaluation of CCP2 on pathway p-1' },
    });
  });

  it("refuses a grid that is not exactly the CCP's compétences, naming what is missing or unknown", () => {
    const [first, ...others] = competencesOf('CCP2');
    expect(factSpec.given(readyFor()).when(command(undefined, { grid: grid(others) }), today)).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'grid', message: `must hold every compétence of CCP2 of title ${TSGERI}; missing: "${first}"` },
    });
    const stray: CompetenceOutcome = { competence: competencesOf('CCP3')[0] ?? '', outcome: 'acquired' };
    expect(factSpec.given(readyFor()).when(command(undefined, { grid: [stray, ...grid(competencesOf('CCP2'))] }), today)).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', field: 'grid[0].competence' },
    });
  });

  it.each(['continuous-training', 'vae'] as const)('refuses a %s pathway: CCP-PAIR belongs to the discontinuous pathway', (type) => {
    expect(factSpec.given([pathwayRecorded(type)]).when(command(), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `pathway p-1 is a ${type} pathway; CCP-PAIR evaluations belong to the discontinuous pathway` },
    });
  });

  it('records a new evaluation after a failed one, and refuses one after a pass', () => {
    expect(factSpec.given([...readyFor(), pairRecorded('CCP2', 'failed')]).when(command(), today).ok).toBe(true);
    expect(factSpec.given([...readyFor(), pairRecorded('CCP2', 'passed')]).when(command(), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'CCP2 was already passed before its assessor pair on 2025-05-20' },
    });
  });

  it('refuses an evaluation date after the decision day, naming assessedOn', () => {
    expect(factSpec.given(readyFor()).when(command(undefined, { assessedOn: '2025-06-03' }), today)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'assessedOn' } });
  });
});

describe('parseRecordCcpPairAssessment', () => {
  it('yields the pair as given', () => {
    expect(parseRecordCcpPairAssessment(command().data)).toEqual({ ok: true, value: command() });
  });

  it.each([
    ['assessors', 'a single assessor', { assessors: [PROFESSIONAL] }],
    ['assessors', 'three assessors', { assessors: [PROFESSIONAL, TRAINER, TRAINER] }],
    ['assessors[1].specialtyTitleCode', 'a trainer without specialty', { assessors: [PROFESSIONAL, { ...TRAINER, specialtyTitleCode: null }] }],
    ['outcome', 'an unknown outcome', { outcome: 'acquired' }],
    ['grid', 'an empty grid', { grid: [] }],
  ])('refuses %s (%s)', (field, _what, overrides) => {
    expect(parseRecordCcpPairAssessment({ ...command().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
