import { UpcasterRegistry } from './upcaster-registry';

const metadata = { correlationId: 'c', causationId: null, actor: { subject: 's', role: 'r' }, region: 'IDF', occurredAt: '2026-01-01T00:00:00.000Z' };

describe('UpcasterRegistry', () => {
  const registry = new UpcasterRegistry()
    .register('CandidateRegistered', 1, (data) => ({ firstName: data['name'], lastName: null }))
    .register('CandidateRegistered', 2, (data) => ({ ...data, nationality: 'unknown' }));

  it('brings a v1 event to the newest version through every step', () => {
    expect(registry.upcast('CandidateRegistered', 1, { name: 'Lina' }, metadata)).toEqual({
      schemaVersion: 3,
      data: { firstName: 'Lina', lastName: null, nationality: 'unknown' },
    });
  });

  it('leaves current events and other types as they are', () => {
    const data = { firstName: 'Lina' };
    expect(registry.upcast('CandidateRegistered', 3, data, metadata)).toEqual({ schemaVersion: 3, data });
    expect(registry.upcast('PathwayChosen', 1, data, metadata)).toEqual({ schemaVersion: 1, data });
  });

  it('refuses two upcasters for the same type and version', () => {
    expect(() => registry.register('CandidateRegistered', 1, (data) => data)).toThrow(/already registered/);
  });
});
