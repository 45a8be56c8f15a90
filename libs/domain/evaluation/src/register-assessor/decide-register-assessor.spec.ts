import type { AssessorEvent } from '../events/assessor-event-catalogue';
import { assessorSpec, on, OTHER_TITLE, TSGERI } from '../spec-support/evaluation-fixtures';
import type { RegisterAssessor, RegisterAssessorData } from './register-assessor.command';

const command = (overrides: Partial<RegisterAssessorData> = {}): RegisterAssessor => ({
  type: 'RegisterAssessor',
  data: {
    assessorId: 'a-1',
    region: 'idf',
    kind: 'trainer',
    specialtyTitleCode: TSGERI,
    qualifiedTitleCodes: [TSGERI, OTHER_TITLE],
    familyName: 'Lefèvre',
    givenNames: ['Agnès'],
    ...overrides,
  },
});

const registered: AssessorEvent = {
  type: 'AssessorRegistered',
  data: {
    assessorId: 'a-1',
    region: 'idf',
    kind: 'trainer',
    specialtyTitleCode: TSGERI,
    qualifiedTitleCodes: [TSGERI],
    registeredOn: '2025-01-02',
    familyName: 'Lefèvre',
    givenNames: ['Agnès'],
  },
};

describe('RegisterAssessor (decider)', () => {
  it('registers an assessor, dated by the Paris day of the decision', () => {
    expect(assessorSpec.given([]).when(command(), { now: new Date('2025-03-09T23:30:00Z') })).toEqual({
      ok: true,
      value: [
        {
          type: 'AssessorRegistered',
          data: {
            assessorId: 'a-1',
            region: 'idf',
            kind: 'trainer',
            specialtyTitleCode: TSGERI,
            qualifiedTitleCodes: [TSGERI, OTHER_TITLE],
            registeredOn: '2025-03-10',
            familyName: 'Lefèvre',
            givenNames: ['Agnès'],
          },
        },
      ],
    });
  });

  it('registers a professional, without specialty', () => {
    expect(assessorSpec.given([]).when(command({ kind: 'professional', specialtyTitleCode: null }), on('2025-03-10'))).toMatchObject({
      ok: true,
      value: [{ data: { kind: 'professional', specialtyTitleCode: null } }],
    });
  });

  it('leads to the facts candidates’ streams are decided on, without the name', () => {
    expect(assessorSpec.given([registered]).state()).toEqual({
      status: 'registered',
      facts: { assessorId: 'a-1', kind: 'trainer', specialtyTitleCode: TSGERI, qualifiedTitleCodes: [TSGERI], region: 'idf' },
    });
  });

  it('refuses a qualification for a title the référentiel does not hold, naming it', () => {
    expect(assessorSpec.given([]).when(command({ qualifiedTitleCodes: [TSGERI, 'TP-99999'] }), on('2025-03-10'))).toEqual({
      ok: false,
      error: { kind: 'not-found', entity: 'title', id: 'TP-99999', message: 'title TP-99999 does not exist' },
    });
  });

  it('refuses a trainer of a specialty the référentiel does not hold', () => {
    expect(assessorSpec.given([]).when(command({ specialtyTitleCode: 'TP-99998' }), on('2025-03-10'))).toMatchObject({
      ok: false,
      error: { kind: 'not-found', entity: 'title', id: 'TP-99998' },
    });
  });

  it('refuses to register an assessor twice', () => {
    expect(assessorSpec.given([registered]).when(command(), on('2025-03-10'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'assessor a-1 is already registered' },
    });
  });
});
