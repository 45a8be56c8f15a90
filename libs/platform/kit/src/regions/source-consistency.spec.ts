import type { ConsumedEvent } from '@titrepro/messaging';
import { randomUUID } from 'node:crypto';
import { sourceMismatch } from './source-consistency';

const candidateId = randomUUID();
const juryEvent = (eventId: string): ConsumedEvent =>
  ({
    eventId,
    type: 'MinutesSealed',
    schemaVersion: 1,
    payload: { candidateId },
    key: candidateId,
    correlationId: randomUUID(),
    causationId: undefined,
    traceparent: undefined,
    occurredAt: new Date().toISOString(),
    source: 'titrepro.jury/bre',
    topic: 'titrepro.jury.events',
    partition: 0,
    offset: '0',
  }) as unknown as ConsumedEvent;

describe('the event id a relay writes', () => {
  it('admits the per-candidate id the jury relay gives each MinutesSealed (<event id>:<candidate id>)', () => {
    expect(sourceMismatch(juryEvent(`${randomUUID()}:${candidateId}`), { context: 'jury', region: 'bre' })).toBeUndefined();
  });

  it('admits a plain store event id', () => {
    expect(sourceMismatch(juryEvent(randomUUID()), { context: 'jury', region: 'bre' })).toBeUndefined();
  });

  it.each(['not-a-uuid', `${randomUUID()}:\u0000`, `${randomUUID()}:a:b`, ''])('refuses %j, which no relay writes', (eventId) => {
    expect(sourceMismatch(juryEvent(eventId), { context: 'jury', region: 'bre' })).toMatch(/event id/);
  });
});
