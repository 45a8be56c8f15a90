import { fieldsAcceptingRedacted } from '@titrepro/domain-kernel';
import * as fixtures from '../spec-support/candidate-fixtures';
import { candidateEvents } from './candidate-event-catalogue';

const sorted = (names: readonly string[]): string[] => [...names].sort();

describe('candidateEvents (the catalogue of candidate events)', () => {
  it('describes each event type under its own name, at version 1 but the decisions, at version 2 (their trace)', () => {
    expect(candidateEvents.types.length).toBeGreaterThan(0);
    const traced: readonly string[] = ['PathwayOpened', 'VaeAdmissibilityDecided'];
    for (const type of candidateEvents.types) expect(candidateEvents.descriptorOf(type)).toMatchObject({ type, schemaVersion: traced.includes(type) ? 2 : 1 });
    expect(candidateEvents.has('PathwayOpened')).toBe(true);
    expect(candidateEvents.has('toString')).toBe(false);
  });

  it.each(candidateEvents.types)('%s: the fields whose schema accepts REDACTED are exactly the declared personal fields, and exactly those typed Personal', (type) => {
    const descriptor = candidateEvents.descriptorOf(type);
    const declared = sorted(descriptor.personal?.fields ?? []);
    expect(sorted(fieldsAcceptingRedacted(descriptor.schema))).toEqual(declared);
  });

  it('marks identity, contact, experience descriptions and the officer’s reason as the candidate’s personal data', () => {
    expect(candidateEvents.storageOf(fixtures.registered())).toEqual({
      schemaVersion: 1,
      personal: { subjectId: fixtures.CANDIDATE, fields: ['familyName', 'givenNames', 'birthDate', 'contact'] },
    });
    expect(candidateEvents.storageOf(fixtures.vaeRequested('p-1', [fixtures.experience('2020-01-01', '2024-01-01')]))).toMatchObject({
      personal: { subjectId: fixtures.CANDIDATE, fields: ['experienceDescriptions'] },
    });
    expect(candidateEvents.storageOf(fixtures.vaeDecided('p-1', 'not-admissible'))).toMatchObject({
      personal: { subjectId: fixtures.CANDIDATE, fields: ['reason'] },
    });
  });

  it('gives the rulebook and rule ids of decisions (PathwayOpened, VaeAdmissibilityDecided), and none for other events', () => {
    expect(candidateEvents.storageOf(fixtures.pathwayOpened('p-1'))).toEqual({ schemaVersion: 2, decision: { rulebookId: 'seed-2009', ruleIds: ['PATHWAY'] } });
    expect(candidateEvents.storageOf(fixtures.vaeDecided('p-1', 'admissible'))).toMatchObject({ decision: { rulebookId: 'seed-2009', ruleIds: ['VAE-EXPERIENCE'] } });
    for (const event of [fixtures.registered(), fixtures.withdrawn('p-1'), fixtures.transferred('ara'), fixtures.erased()]) {
      expect(candidateEvents.storageOf(event).decision).toBeUndefined();
    }
  });
});
