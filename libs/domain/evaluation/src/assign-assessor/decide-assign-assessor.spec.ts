import type { AssessorFacts, AssignmentScope } from '../shared/assessor-facts';
import {
  assigned,
  CANDIDATE,
  ccpTarget,
  explanationOf,
  factSpec,
  OTHER_TITLE,
  pathwayRecorded,
  practicalRecorded,
  PROFESSIONAL,
  professional,
  scheduled,
  today,
  trainer,
  TRAINER,
  TSGERI,
  withdrawalRecorded,
} from '../spec-support/evaluation-fixtures';
import type { AssignAssessor, AssignAssessorData } from './assign-assessor.command';

const ECF_CCP2: AssignmentScope = { kind: 'ecf', ccpCode: 'CCP2' };

const command = (scope: AssignmentScope = ECF_CCP2, assessor: AssessorFacts = TRAINER, overrides: Partial<AssignAssessorData> = {}): AssignAssessor => ({
  type: 'AssignAssessor',
  data: { candidateId: CANDIDATE, actingRegion: 'idf', assignmentId: 'as-9', pathwayId: 'p-1', scope, assessor, ...overrides },
});

describe('AssignAssessor (decider)', () => {
  it("assigns a trainer of the office's region, qualified for the title, to a CCP's ECF", () => {
    expect(factSpec.given([pathwayRecorded()]).when(command(), today)).toEqual({
      ok: true,
      value: [
        {
          type: 'AssessorAssigned',
          data: {
            candidateId: CANDIDATE,
            pathwayId: 'p-1',
            assignmentId: 'as-9',
            scope: ECF_CCP2,
            assessorId: TRAINER.assessorId,
            assessorKind: 'trainer',
            region: 'idf',
            assignedOn: '2025-06-02',
          },
        },
      ],
    });
  });

  it('assigns a professional to a scheduled practical assessment', () => {
    const scope: AssignmentScope = { kind: 'practical-assessment', assessmentId: 'pa-1' };
    expect(factSpec.given([pathwayRecorded('vae'), scheduled('pa-1')]).when(command(scope, PROFESSIONAL), today)).toMatchObject({ ok: true, value: [{ data: { scope, assessorKind: 'professional' } }] });
  });

  it("assigns each seat of a discontinuous pathway's CCP pair", () => {
    const scope: AssignmentScope = { kind: 'ccp-evaluation', ccpCode: 'CCP3' };
    expect(factSpec.given([pathwayRecorded('discontinuous-training')]).when(command(scope, PROFESSIONAL), today).ok).toBe(true);
    expect(factSpec.given([pathwayRecorded('discontinuous-training'), assigned(scope, PROFESSIONAL)]).when(command(scope, TRAINER), today).ok).toBe(true);
  });

  it('leads to the assignment kept on the pathway', () => {
    expect(factSpec.given([pathwayRecorded(), assigned(ECF_CCP2)]).state()).toMatchObject({
      pathways: [{ assignments: [{ assignmentId: 'as-ecf-CCP2-trainer-1', scope: ECF_CCP2, assessorId: TRAINER.assessorId, assessorKind: 'trainer', assignedOn: '2025-01-10' }] }],
    });
  });

  it('refuses an assessor of another region than the acting office (forbidden), naming both', () => {
    expect(factSpec.given([pathwayRecorded()]).when(command(ECF_CCP2, trainer({ region: 'ara' })), today)).toEqual({
      ok: false,
      error: { kind: 'forbidden', message: 'assessor trainer-1 is registered in region ara; region idf may only assign its own assessors' },
    });
  });

  it("refuses an office of another region than the pathway's (forbidden)", () => {
    expect(factSpec.given([pathwayRecorded()]).when(command(ECF_CCP2, trainer({ region: 'ara' }), { actingRegion: 'ara' }), today)).toEqual({
      ok: false,
      error: { kind: 'forbidden', message: 'pathway p-1 is evaluated by region idf; region ara may not act on it' },
    });
  });

  it("refuses an assessor not qualified for the pathway's title, naming it", () => {
    expect(factSpec.given([pathwayRecorded()]).when(command(ECF_CCP2, trainer({ qualifiedTitleCodes: [OTHER_TITLE] })), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `assessor trainer-1 is not qualified for title ${TSGERI} (qualified for ${OTHER_TITLE})` },
    });
  });

  it('refuses a professional for an ECF', () => {
    expect(factSpec.given([pathwayRecorded()]).when(command(ECF_CCP2, PROFESSIONAL), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'assessor pro-1 is a professional; an ECF is given by a trainer' },
    });
  });

  it.each([
    ['an ECF', { kind: 'ecf', ccpCode: 'CCP9' } as const, 'continuous-training' as const],
    ['a pair evaluation', { kind: 'ccp-evaluation', ccpCode: 'CCP9' } as const, 'discontinuous-training' as const],
  ])("refuses %s of a CCP that is not the title's, naming the title's CCPs", (_what, scope, type) => {
    expect(factSpec.given([pathwayRecorded(type)]).when(command(scope), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `CCP9 is not a CCP of title ${TSGERI}; its CCPs are CCP1, CCP2, CCP3` },
    });
  });

  it('refuses a practical assessment id that is not scheduled on the pathway', () => {
    expect(factSpec.given([pathwayRecorded()]).when(command({ kind: 'practical-assessment', assessmentId: 'pa-9' }), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'no practical assessment pa-9 is scheduled on pathway p-1' },
    });
  });

  it('refuses a practical assessment already recorded', () => {
    const history = [pathwayRecorded(), scheduled('pa-1'), assigned({ kind: 'practical-assessment', assessmentId: 'pa-1' }), practicalRecorded('pa-1')];
    expect(factSpec.given(history).when(command({ kind: 'practical-assessment', assessmentId: 'pa-1' }, PROFESSIONAL), today)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });

  it('refuses an ECF assessor for a VAE candidate (EVIDENCE-VAE: a VAE candidate has no ECF)', () => {
    const result = factSpec.given([pathwayRecorded('vae')]).when(command(), today);
    expect(result).toMatchObject({ ok: false, error: { kind: 'rule-violation', ruleId: 'EVIDENCE-VAE', rulebookId: 'seed-2009' } });
    expect(explanationOf(result)?.en).toContain('A VAE candidate has no ECF');
    expect(explanationOf(result)?.fr).toContain("Un candidat à la VAE n'a pas d'ECF");
  });

  it('refuses an ECF assessor on a discontinuous pathway, whose CCPs a pair assesses', () => {
    expect(factSpec.given([pathwayRecorded('discontinuous-training')]).when(command(), today)).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('CCP-PAIR') as string } });
  });

  it('refuses a pair evaluation outside the discontinuous pathway', () => {
    expect(factSpec.given([pathwayRecorded('continuous-training')]).when(command({ kind: 'ccp-evaluation', ccpCode: 'CCP1' }), today)).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: expect.stringContaining('only in the discontinuous pathway') as string },
    });
  });

  it('refuses an assignment id already used, and the same assessor assigned twice to the same piece', () => {
    expect(factSpec.given([pathwayRecorded(), assigned(ECF_CCP2)]).when(command({ kind: 'ecf', ccpCode: 'CCP1' }, TRAINER, { assignmentId: 'as-ecf-CCP2-trainer-1' }), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'assignment as-ecf-CCP2-trainer-1 already exists' },
    });
    expect(factSpec.given([pathwayRecorded(), assigned(ECF_CCP2)]).when(command(), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'assessor trainer-1 is already assigned to the ECF of CCP2 on pathway p-1' },
    });
  });

  it('refuses a withdrawn pathway, and an unknown one', () => {
    expect(factSpec.given([pathwayRecorded(), withdrawalRecorded()]).when(command(), today)).toEqual({ ok: false, error: { kind: 'conflict', message: 'pathway p-1 was withdrawn on 2025-05-01' } });
    expect(factSpec.given([pathwayRecorded()]).when(command(ECF_CCP2, TRAINER, { pathwayId: 'p-9' }), today)).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'pathway' } });
  });

  it("assigns an assessor qualified for several titles, among them the pathway's", () => {
    const history = [pathwayRecorded(), scheduled('pa-2', ccpTarget('CCP2'))];
    const assessor = professional({ assessorId: 'pro-2', qualifiedTitleCodes: [OTHER_TITLE, TSGERI] });
    expect(factSpec.given(history).when(command({ kind: 'practical-assessment', assessmentId: 'pa-2' }, assessor), today).ok).toBe(true);
  });
});
