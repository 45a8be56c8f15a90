import type { PracticalAssessmentTarget } from '../shared/assessor-facts';
import {
  CANDIDATE,
  ccpTarget,
  factSpec,
  OTHER_CCS,
  OTHER_TITLE,
  pathwayRecorded,
  practicalRecorded,
  scheduled,
  SYNTHESIS,
  today,
  TSGERI,
  withdrawalRecorded,
} from '../spec-support/evaluation-fixtures';
import type { SchedulePracticalAssessment, SchedulePracticalAssessmentData } from './schedule-practical-assessment.command';
import { parseSchedulePracticalAssessment } from './schedule-practical-assessment.command';

const command = (target: PracticalAssessmentTarget = SYNTHESIS, overrides: Partial<SchedulePracticalAssessmentData> = {}): SchedulePracticalAssessment => ({
  type: 'SchedulePracticalAssessment',
  data: { candidateId: CANDIDATE, actingRegion: 'idf', pathwayId: 'p-1', assessmentId: 'pa-1', target, scheduledOn: '2025-06-20', ...overrides },
});

describe('SchedulePracticalAssessment (decider)', () => {
  it("schedules the title's épreuve de synthèse", () => {
    expect(factSpec.given([pathwayRecorded()]).when(command(), today)).toEqual({
      ok: true,
      value: [
        {
          type: 'PracticalAssessmentScheduled',
          data: { candidateId: CANDIDATE, pathwayId: 'p-1', assessmentId: 'pa-1', target: SYNTHESIS, scheduledOn: '2025-06-20', region: 'idf', recordedOn: '2025-06-02' },
        },
      ],
    });
  });

  it('schedules a mise en situation for a CCP of the title, and for a CCS of the title', () => {
    expect(factSpec.given([pathwayRecorded('discontinuous-training')]).when(command(ccpTarget('CCP3')), today).ok).toBe(true);
    expect(factSpec.given([pathwayRecorded('vae', 'p-1', OTHER_TITLE)]).when(command({ kind: 'ccs', ccsCode: OTHER_CCS }), today).ok).toBe(true);
  });

  it('leads to a scheduled assessment with its target', () => {
    expect(factSpec.given([pathwayRecorded(), scheduled('pa-1', ccpTarget('CCP1'))]).state()).toMatchObject({
      pathways: [{ practicalAssessments: [{ assessmentId: 'pa-1', status: 'scheduled', target: ccpTarget('CCP1'), scheduledOn: '2025-05-15' }] }],
    });
  });

  it("refuses a CCP that is not the title's", () => {
    expect(factSpec.given([pathwayRecorded()]).when(command(ccpTarget('CCP4')), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `CCP4 is not a CCP of title ${TSGERI}; its CCPs are CCP1, CCP2, CCP3` },
    });
  });

  it("refuses a CCS that is not the title's, naming the title's CCSs", () => {
    expect(factSpec.given([pathwayRecorded()]).when(command({ kind: 'ccs', ccsCode: OTHER_CCS }), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `${OTHER_CCS} is not a CCS of title ${TSGERI}; it has none` },
    });
    expect(factSpec.given([pathwayRecorded('vae', 'p-1', OTHER_TITLE)]).when(command({ kind: 'ccs', ccsCode: 'CCS9' }), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `CCS9 is not a CCS of title ${OTHER_TITLE}; its CCSs are ${OTHER_CCS}` },
    });
  });

  it('refuses an office of another region (forbidden)', () => {
    expect(factSpec.given([pathwayRecorded()]).when(command(SYNTHESIS, { actingRegion: 'ara' }), today)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });

  it('refuses an assessment id already used, and a second pending assessment of the same target', () => {
    expect(factSpec.given([pathwayRecorded(), scheduled('pa-1', ccpTarget('CCP1'))]).when(command(), today)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'practical assessment pa-1 already exists' },
    });
    expect(factSpec.given([pathwayRecorded(), scheduled('pa-0')]).when(command(), today)).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: expect.stringContaining('pa-0') as string },
    });
  });

  it('schedules the same target again once the previous assessment was recorded', () => {
    expect(factSpec.given([pathwayRecorded(), scheduled('pa-0'), practicalRecorded('pa-0')]).when(command(), today).ok).toBe(true);
  });

  it('refuses a withdrawn pathway', () => {
    expect(factSpec.given([pathwayRecorded(), withdrawalRecorded()]).when(command(), today)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });
});

describe('parseSchedulePracticalAssessment', () => {
  it.each([
    ['target.kind', { target: { kind: 'interview' } }],
    ['target.ccpCode', { target: { kind: 'ccp' } }],
    ['target.extra', { target: { kind: 'title-synthesis', extra: 1 } }],
    ['scheduledOn', { scheduledOn: '20/06/2025' }],
  ])('refuses invalid input, naming %s', (field, overrides) => {
    expect(parseSchedulePracticalAssessment({ ...command().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
