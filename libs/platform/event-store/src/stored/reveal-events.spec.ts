import { GENESIS_HASH } from '../integrity/event-hash';
import type { EventMetadata } from '../port/event-metadata';
import { revealEvents } from './reveal-events';
import type { StoredEvent } from './stored-event';

const stored = (metadata: Record<string, unknown>): StoredEvent => ({
  eventId: '00000000-0000-4000-8000-000000000001',
  streamId: 'candidate-1',
  revision: 0,
  globalPosition: 1,
  type: 'CandidateRegistered',
  schemaVersion: 1,
  data: {},
  metadata: metadata as EventMetadata,
  recordedAt: new Date('2025-12-31T23:59:59.123Z'),
  prevHash: GENESIS_HASH,
  hash: 'h',
});

const base = { correlationId: 'c', causationId: null, actor: { subject: 's', role: 'r' }, region: 'OCC' };

describe('revealEvents', () => {
  it('reads occurredAt as stored', async () => {
    const [event] = await revealEvents([stored({ ...base, occurredAt: '2025-12-31T23:00:00.000Z' })], undefined);
    expect(event?.metadata.occurredAt).toBe('2025-12-31T23:00:00.000Z');
  });

  it('gives an event stored before occurredAt existed its recording time as occurredAt', async () => {
    const [event] = await revealEvents([stored(base)], undefined);
    expect(event?.metadata).toEqual({ ...base, occurredAt: '2025-12-31T23:59:59.123Z' });
  });

  it('hands the data back at the version it was stored at, unchanged: the store never upcasts (the event descriptors do, on read)', async () => {
    const old = { ...stored({ ...base, occurredAt: '2025-12-31T23:00:00.000Z' }), schemaVersion: 1, data: { name: 'Ada' } };
    const [event] = await revealEvents([old], undefined);
    expect(event).toMatchObject({ schemaVersion: 1, storedSchemaVersion: 1, data: { name: 'Ada' } });
  });
});
