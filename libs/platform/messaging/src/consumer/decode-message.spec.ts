import { CONTRACTS, EVENT_HEADERS } from '@titrepro/contracts';
import type { KafkaMessage } from 'kafkajs';
import { decodeMessage } from './decode-message';

const where = { topic: 'titrepro.registry.events', partition: 2 };
const message = (value: string | null, headers: Record<string, string>): KafkaMessage => ({
  key: Buffer.from('c-1'),
  value: value === null ? null : Buffer.from(value),
  headers: Object.fromEntries(Object.entries(headers).map(([name, text]) => [name, Buffer.from(text)])),
  offset: '41',
  timestamp: '0',
  attributes: 0,
});
const headers = {
  [EVENT_HEADERS.eventId]: 'evt-1',
  [EVENT_HEADERS.eventType]: 'CandidateRegistered',
  [EVENT_HEADERS.schemaVersion]: '1',
  [EVENT_HEADERS.correlationId]: 'corr-1',
  [EVENT_HEADERS.causationId]: 'cmd-1',
};
const payload = { candidateId: 'c-1', region: '84', registeredAt: '2024-05-02T09:30:00.000Z' };

describe('decodeMessage', () => {
  it('reads a valid message as an event with its trace headers', () => {
    const decoded = decodeMessage(message(JSON.stringify(payload), headers), where, CONTRACTS);
    expect(decoded).toEqual({
      ok: true,
      event: expect.objectContaining({
        eventId: 'evt-1',
        type: 'CandidateRegistered',
        schemaVersion: 1,
        payload,
        key: 'c-1',
        correlationId: 'corr-1',
        causationId: 'cmd-1',
        topic: where.topic,
        partition: 2,
        offset: '41',
      }),
    });
  });

  it('calls a payload that breaks its contract invalid, naming the field', () => {
    const decoded = decodeMessage(message(JSON.stringify({ ...payload, region: 84 }), headers), where, CONTRACTS);
    expect(decoded).toMatchObject({ ok: false, reason: 'invalid-payload', eventId: 'evt-1' });
    expect(!decoded.ok && decoded.error).toContain('region');
  });

  it('calls a value that is not JSON invalid', () => {
    expect(decodeMessage(message('{not json', headers), where, CONTRACTS)).toMatchObject({ ok: false, reason: 'invalid-payload' });
    expect(decodeMessage(message(null, headers), where, CONTRACTS)).toMatchObject({ ok: false, reason: 'invalid-payload' });
  });

  it('reports an unknown version or missing headers as an unknown contract', () => {
    const newer = decodeMessage(message(JSON.stringify(payload), { ...headers, [EVENT_HEADERS.schemaVersion]: '7' }), where, CONTRACTS);
    expect(newer).toMatchObject({ ok: false, reason: 'unknown-contract' });
    const bare = decodeMessage(message(JSON.stringify(payload), {}), where, CONTRACTS);
    expect(bare).toMatchObject({ ok: false, reason: 'unknown-contract', eventId: undefined });
  });
});
