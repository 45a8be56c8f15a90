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

  it('answers any bytes with a refusal whose error text PostgreSQL can store', () => {
    const nul = decodeMessage(message('this is {not JSON \u0000\u00ff', headers), where, CONTRACTS);
    expect(nul).toMatchObject({ ok: false, reason: 'invalid-payload' });
    expect(!nul.ok && nul.error).not.toContain('\u0000');
  });

  it('refuses event headers that are repeated, binary or control characters, without trusting the id', () => {
    const repeated: KafkaMessage = { ...message(JSON.stringify(payload), headers), headers: { ...message('', headers).headers, [EVENT_HEADERS.eventType]: [Buffer.from('CandidateRegistered'), Buffer.from('Other')] } } as KafkaMessage;
    expect(decodeMessage(repeated, where, CONTRACTS)).toMatchObject({ ok: false, reason: 'unknown-contract', error: expect.stringContaining('repeated') });
    const binaryId = { ...message(JSON.stringify(payload), headers), headers: { ...message('', headers).headers, [EVENT_HEADERS.eventId]: Buffer.from([0xff, 0x00, 0x41]) } } as KafkaMessage;
    expect(decodeMessage(binaryId, where, CONTRACTS)).toMatchObject({ ok: false, reason: 'unknown-contract', eventId: undefined });
    expect(decodeMessage(message(JSON.stringify(payload), { ...headers, [EVENT_HEADERS.source]: 'titrepro.registry/\u202Eidf' }), where, CONTRACTS)).toMatchObject({ ok: false });
  });

  it('refuses a key that is not the candidate the payload is about', () => {
    const forged = { ...message(JSON.stringify(payload), headers), key: Buffer.from('c-2') };
    expect(decodeMessage(forged, where, CONTRACTS)).toMatchObject({ ok: false, reason: 'invalid-payload', error: expect.stringContaining('key') });
    expect(decodeMessage({ ...forged, key: null }, where, CONTRACTS)).toMatchObject({ ok: true, event: { key: undefined } });
  });

  it('drops a trace header that is not plain text rather than refusing the event', () => {
    const decoded = decodeMessage(message(JSON.stringify(payload), { ...headers, [EVENT_HEADERS.correlationId]: 'c\u0000', [EVENT_HEADERS.causationId]: 'x'.repeat(300) }), where, CONTRACTS);
    expect(decoded).toMatchObject({ ok: true, event: { correlationId: 'evt-1', causationId: undefined } });
  });
});
