import { candidateStreamId } from '../candidate-stream';
import * as fixtures from '../spec-support/candidate-fixtures';
import type { CandidateEvent, CandidateEventType } from './candidate-event';
import { CANDIDATE_EVENT_TYPES, decisionTraceOf, eventSchemaVersions, isCandidateEventType, personalFieldsOf } from './candidate-event';

const oneOfEach: Record<CandidateEventType, CandidateEvent> = {
  CandidateRegistered: fixtures.registered(),
  PathwayOpened: fixtures.pathwayOpened('p-1'),
  VaeAdmissibilityRequested: fixtures.vaeRequested('p-1', [fixtures.experience('2020-01-01', '2024-01-01')]),
  VaeAdmissibilityDecided: fixtures.vaeDecided('p-1', 'not-admissible'),
  PathwayWithdrawn: fixtures.withdrawn('p-1'),
  CandidateTransferred: fixtures.transferred('ara'),
  CandidatePersonalDataErased: fixtures.erased(),
};

describe('candidate events', () => {
  it('live in one stream per candidate', () => {
    expect(candidateStreamId('c-1')).toBe('candidate-c-1');
  });

  it('are all at schema version 1', () => {
    expect(eventSchemaVersions).toEqual({
      CandidateRegistered: 1,
      PathwayOpened: 1,
      VaeAdmissibilityRequested: 1,
      VaeAdmissibilityDecided: 1,
      PathwayWithdrawn: 1,
      CandidateTransferred: 1,
      CandidatePersonalDataErased: 1,
    });
    expect(CANDIDATE_EVENT_TYPES).toHaveLength(7);
    expect(isCandidateEventType('PathwayOpened')).toBe(true);
    expect(isCandidateEventType('toString')).toBe(false);
  });

  it('mark identity, contact, experience descriptions and free-text reasons as personal data', () => {
    expect(personalFieldsOf('CandidateRegistered')).toEqual(['familyName', 'givenNames', 'birthDate', 'contact']);
    expect(personalFieldsOf('VaeAdmissibilityRequested')).toEqual(['experienceDescriptions']);
    expect(personalFieldsOf('VaeAdmissibilityDecided')).toEqual(['reason']);
    for (const type of ['PathwayOpened', 'PathwayWithdrawn', 'CandidateTransferred', 'CandidatePersonalDataErased'] as const) {
      expect(personalFieldsOf(type)).toEqual([]);
    }
  });

  it.each(CANDIDATE_EVENT_TYPES)('marks only top-level fields %s really has', (type) => {
    const event = oneOfEach[type];
    expect(event.type).toBe(type);
    for (const field of personalFieldsOf(type)) expect(Object.keys(event.data)).toContain(field);
  });

  it('give the rulebook and rule ids of decisions for the event metadata', () => {
    expect(decisionTraceOf(oneOfEach.PathwayOpened)).toEqual({ rulebookId: 'seed-2009', ruleIds: ['PATHWAY'] });
    expect(decisionTraceOf(oneOfEach.VaeAdmissibilityDecided)).toEqual({ rulebookId: 'seed-2009', ruleIds: ['VAE-EXPERIENCE'] });
    expect(decisionTraceOf(oneOfEach.CandidateRegistered)).toBeUndefined();
  });
});
