import { CANDIDATE, on, registered, spec } from '../spec-support/candidate-fixtures';
import type { RegisterCandidateData } from './register-candidate.command';

const command = (overrides: Partial<Record<keyof RegisterCandidateData | 'extra', unknown>> = {}) => ({
  type: 'RegisterCandidate' as const,
  data: {
    candidateId: CANDIDATE,
    region: 'idf',
    familyName: ' Martin ',
    givenNames: ['Camille', 'Louise'],
    birthDate: '1990-04-12',
    contact: { email: 'camille.martin@example.org', phone: '+33 6 12 34 56 78' },
    ...overrides,
  } as RegisterCandidateData,
});

describe('RegisterCandidate', () => {
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

  it('leads to a registered candidate of that region with no pathway', () => {
    expect(spec.given([registered()]).state()).toEqual({
      status: 'registered',
      candidateId: CANDIDATE,
      region: 'idf',
      registeredOn: '2024-01-10',
      pathways: [],
    });
  });

  it('refuses to register a candidate twice', () => {
    expect(spec.given([registered()]).when(command(), on('2025-03-10'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `candidate ${CANDIDATE} is already registered` },
    });
  });

  it.each([
    ['birthDate', { birthDate: '1990-02-30' }],
    ['birthDate', { birthDate: '12/04/1990' }],
    ['familyName', { familyName: '  ' }],
    ['givenNames', { givenNames: [] }],
    ['givenNames[1]', { givenNames: ['Camille', ''] }],
    ['region', { region: 'Île-de-France' }],
    ['candidateId', { candidateId: 'c 1' }],
    ['contact', { contact: {} }],
    ['contact.email', { contact: { email: 'not-an-email' } }],
    ['extra', { extra: true }],
  ])('refuses invalid input, naming the field %s', (field, overrides) => {
    const result = spec.given([]).when(command(overrides), on('2025-03-10'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });

  it('refuses a birth date after the registration date, and accepts one on it', () => {
    expect(spec.given([]).when(command({ birthDate: '2025-03-11' }), on('2025-03-10'))).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', field: 'birthDate' },
    });
    expect(spec.given([]).when(command({ birthDate: '2025-03-10' }), on('2025-03-10')).ok).toBe(true);
  });
});
