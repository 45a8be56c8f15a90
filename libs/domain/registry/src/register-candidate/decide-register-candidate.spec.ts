import { CANDIDATE, on, registered, spec } from '../spec-support/candidate-fixtures';
import type { RegisterCandidate, RegisterCandidateData } from './register-candidate.command';

const command = (overrides: Partial<RegisterCandidateData> = {}): RegisterCandidate => ({
  type: 'RegisterCandidate',
  data: {
    candidateId: CANDIDATE,
    region: 'idf',
    familyName: 'Martin',
    givenNames: ['Camille', 'Louise'],
    birthDate: '1990-04-12',
    contact: { email: 'camille.martin@example.org', phone: '+33 6 12 34 56 78' },
    ...overrides,
  },
});

describe('RegisterCandidate (decider)', () => {
  it('registers a candidate in the registering region, dated by the Paris day of the decision', () => {
    expect(spec.given([]).when(command(), { now: new Date('2025-03-09T23:30:00Z') })).toEqual({
      ok: true,
      value: [
        {
          type: 'CandidateRegistered',
          data: {
            candidateId: CANDIDATE,
            region: 'idf',
            registeredOn: '2025-03-10',
            familyName: 'Martin',
            givenNames: ['Camille', 'Louise'],
            birthDate: '1990-04-12',
            contact: { email: 'camille.martin@example.org', phone: '+33 6 12 34 56 78' },
          },
        },
      ],
    });
  });

  it('leads to a registered candidate of that region with no pathway, keeping no personal data in the state', () => {
    expect(spec.given([registered()]).state()).toEqual({
      status: 'registered',
      candidateId: CANDIDATE,
      region: 'idf',
      registeredOn: '2024-01-10',
      pathways: [],
      outgoingTransfer: null,
    });
  });

  it('refuses to register a candidate twice', () => {
    expect(spec.given([registered()]).when(command(), on('2025-03-10'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `candidate ${CANDIDATE} is already registered` },
    });
  });

  it('refuses a birth date less than 14 years before the registration date, naming birthDate and its range, and accepts one 14 years before', () => {
    expect(spec.given([]).when(command({ birthDate: '2011-03-11' }), on('2025-03-10'))).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'birthDate', message: 'must be a birth date, from 1900-01-01 to 14 years before today (on 2025-03-10: 1900-01-01 to 2011-03-10)' },
    });
    expect(spec.given([]).when(command({ birthDate: '2025-03-11' }), on('2025-03-10'))).toMatchObject({ ok: false, error: { field: 'birthDate' } });
    expect(spec.given([]).when(command({ birthDate: '2011-03-10' }), on('2025-03-10')).ok).toBe(true);
  });
});
