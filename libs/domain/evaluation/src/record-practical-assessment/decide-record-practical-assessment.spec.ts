import type { AssessorFacts, CompetenceOutcome } from '../shared/assessor-facts';
import {
  ALL_COMPETENCES,
  assigned,
  CANDIDATE,
  ccpTarget,
  competencesOf,
  factSpec,
  grid,
  OTHER_CCS,
  OTHER_TITLE,
  pathwayRecorded,
  practicalRecorded,
  PROFESSIONAL,
  scheduled,
  SYNTHESIS,
  today,
  TRAINER,
  TSGERI,
  withdrawalRecorded,
} from '../spec-support/evaluation-fixtures';
import type { RecordPracticalAssessment, RecordPracticalAssessmentData } from './record-practical-assessment.command';
import { parseRecordPracticalAssessment } from './record-practical-assessment.command';

const command = (outcomes: CompetenceOutcome[] = grid(ALL_COMPETENCES), assessor: AssessorFacts = PROFESSIONAL, overrides: Partial<RecordPracticalAssessmentData> = {}): RecordPracticalAssessment => ({
  type: 'RecordPracticalAssessment',
  data: { candidateId: CANDIDATE, assessmentId: 'pa-1', heldOn: '2025-05-28', outcomes, assessor, ...overrides },
});

const synthesisScheduled = [pathwayRecorded('vae'), scheduled('pa-1'), assigned({ kind: 'practical-assessment', assessmentId: 'pa-1' }, PROFESSIONAL)];
const ccpScheduled = [pathwayRecorded('discontinuous-training'), scheduled('pa-1', ccpTarget('CCP2')), assigned({ kind: 'practical-assessment', assessmentId: 'pa-1' }, PROFESSIONAL)];

describe('RecordPracticalAssessment (decider)', () => {
  it("records the épreuve de synthèse on a grid of all the title's compétences (16 for TSGERI)", () => {
    expect(ALL_COMPETENCES).toHaveLength(16);
    expect(factSpec.given(synthesisScheduled).when(command(), today)).toEqual({
      ok: true,
      value: [
        {
          type: 'PracticalAssessmentRecorded',
          data: {
            candidateId: CANDIDATE,
            pathwayId: 'p-1',
            titleCode: TSGERI,
            assessmentId: 'pa-1',
            target: SYNTHESIS,
            heldOn: '2025-05-28',
            outcomes: grid(ALL_COMPETENCES),
            assessorId: PROFESSIONAL.assessorId,
            assessorKind: 'professional',
            recordedOn: '2025-06-02',
          },
        },
      ],
    });
  });

  it("records a CCP's mise en situation on exactly that CCP's compétences, in any order", () => {
    expect(factSpec.given(ccpScheduled).when(command(grid([...competencesOf('CCP2')].reverse(), 'not-acquired')), today).ok).toBe(true);
  });

  it("records a CCS's mise en situation on the CCS's compétences", () => {
    const history = [pathwayRecorded('vae', 'p-1', OTHER_TITLE), scheduled('pa-1', { kind: 'ccs', ccsCode: OTHER_CCS }), assigned({ kind: 'practical-assessment', assessmentId: 'pa-1' }, PROFESSIONAL)];
    expect(factSpec.given(history).when(command(grid(['Superviser un cluster.', 'Administrer un cluster.'])), today).ok).toBe(true);
  });

  it('leads to a recorded assessment with its outcomes and assessor', () => {
    expect(factSpec.given([...synthesisScheduled, practicalRecorded('pa-1', SYNTHESIS, TRAINER)]).state()).toMatchObject({
      pathways: [{ practicalAssessments: [{ assessmentId: 'pa-1', status: 'recorded', heldOn: '2025-05-15', assessorId: TRAINER.assessorId, assessorKind: 'trainer' }] }],
    });
  });

  it('refuses a grid missing compétences, naming them', () => {
    const [first, ...others] = competencesOf('CCP2');
    expect(factSpec.given(ccpScheduled).when(command(grid(others)), today)).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'outcomes', message: `must hold every compétence of CCP2 of title ${TSGERI}; missing: "${first}"` },
    });
  });

  it("refuses a compétence of another CCP, naming it and its line", () => {
    const stray = competencesOf('CCP1')[0] ?? '';
    expect(factSpec.given(ccpScheduled).when(command([...grid(competencesOf('CCP2')), { competence: stray, outcome: 'acquired' }]), today)).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        field: 'outcomes[5].competence',
        message: `"${stray}" is not a compétence of CCP2 of title ${TSGERI}; its compétences are ${competencesOf('CCP2').map((competence) => `"${competence}"`).join(', ')}`,
      },
    });
  });

  it('refuses a compétence that is not verbatim from the référentiel', () => {
    const [first, ...others] = competencesOf('CCP2');
    expect(factSpec.given(ccpScheduled).when(command([{ competence: (first ?? '').toUpperCase(), outcome: 'acquired' }, ...grid(others)]), today)).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', field: 'outcomes[0].competence' },
    });
  });

  it('refuses a compétence listed twice', () => {
    const competences = competencesOf('CCP2');
    expect(factSpec.given(ccpScheduled).when(command([...grid(competences), { competence: competences[1] ?? '', outcome: 'not-acquired' }]), today)).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', field: 'outcomes[5].competence', message: expect.stringContaining('appears twice') as string },
    });
  });

  it('refuses an assessor not assigned to that assessment', () => {
    expect(factSpec.given(synthesisScheduled).when(command(undefined, TRAINER), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'assessor trainer-1 is not assigned to practical assessment pa-1 on pathway p-1' },
    });
  });

  it('refuses an assessment that is not scheduled, and one already recorded', () => {
    expect(factSpec.given([pathwayRecorded()]).when(command(), today)).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'practical assessment', id: 'pa-1' } });
    expect(factSpec.given([]).when(command(), today)).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'practical assessment' } });
    expect(factSpec.given([...synthesisScheduled, practicalRecorded('pa-1')]).when(command(), today)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });

  it('refuses a held date after the decision day, naming heldOn', () => {
    expect(factSpec.given(synthesisScheduled).when(command(undefined, PROFESSIONAL, { heldOn: '2025-06-03' }), today)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'heldOn' } });
  });

  it('refuses an assessment on a withdrawn pathway', () => {
    expect(factSpec.given([...synthesisScheduled, withdrawalRecorded()]).when(command(), today)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });
});

describe('parseRecordPracticalAssessment', () => {
  it.each([
    ['outcomes', { outcomes: [] }],
    ['outcomes[0].outcome', { outcomes: [{ competence: 'x', outcome: 'partly' }] }],
    ['outcomes[0].competence', { outcomes: [{ competence: ' ', outcome: 'acquired' }] }],
  ])('refuses invalid input, naming %s', (field, overrides) => {
    expect(parseRecordPracticalAssessment({ ...command().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
