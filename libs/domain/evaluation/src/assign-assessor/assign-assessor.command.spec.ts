import { CANDIDATE, TRAINER } from '../spec-support/evaluation-fixtures';
import { parseAssignAssessor } from './assign-assessor.command';

const input = (overrides: Record<string, unknown> = {}) => ({
  candidateId: CANDIDATE,
  actingRegion: 'idf',
  assignmentId: 'as-1',
  pathwayId: 'p-1',
  scope: { kind: 'ecf', ccpCode: 'CCP1' },
  assessor: TRAINER,
  ...overrides,
});

describe('parseAssignAssessor', () => {
  it.each([{ kind: 'ecf', ccpCode: 'CCP1' }, { kind: 'practical-assessment', assessmentId: 'pa-1' }, { kind: 'ccp-evaluation', ccpCode: 'CCP3' }])(
    'yields a typed AssignAssessor for scope %o',
    (scope) => {
      expect(parseAssignAssessor(input({ scope }))).toEqual({ ok: true, value: { type: 'AssignAssessor', data: input({ scope }) } });
    },
  );

  it.each([
    ['scope.kind', { scope: { kind: 'jury', ccpCode: 'CCP1' } }],
    ['scope.ccpCode', { scope: { kind: 'ecf', ccpCode: 'ccp 1' } }],
    ['assessor.specialtyTitleCode', { assessor: { ...TRAINER, specialtyTitleCode: null } }],
    ['assessor.qualifiedTitleCodes', { assessor: { ...TRAINER, qualifiedTitleCodes: [] } }],
    ['assessor.region', { assessor: { ...TRAINER, region: undefined } }],
    ['actingRegion', { actingRegion: 'Idf' }],
  ])('refuses invalid input, naming %s', (field, overrides) => {
    expect(parseAssignAssessor(input(overrides))).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
