import { CandidateRegisteredV1, CandidateTransferredV1, EVENT_HEADERS } from '@titrepro/contracts';
import type { RecordedEvent } from '@titrepro/event-store';
import { integrationEvent, type EventMapper } from './event-mapper';
import { byTopic, InvalidIntegrationEventError, toKafkaMessages } from './to-kafka-messages';

const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const stored: RecordedEvent = {
  eventId: 'evt-1',
  streamId: 'candidate-c-1',
  revision: 0,
  globalPosition: 12,
  type: 'CandidateRegistered',
  schemaVersion: 1,
  storedSchemaVersion: 1,
  data: { candidateId: 'c-1', region: '84', birthName: 'must not travel' },
  metadata: {
    correlationId: 'corr-1',
    causationId: 'cmd-1',
    actor: { subject: 'u-1', role: 'regional-office' },
    region: '84',
    traceparent,
    occurredAt: '2024-05-02T09:29:58.250Z',
  },
  recordedAt: new Date('2024-05-02T09:30:00.000Z'),
  prevHash: '',
  hash: '',
};
const registered: EventMapper = (event) =>
  event.type === 'CandidateRegistered'
    ? integrationEvent(CandidateRegisteredV1, {
        candidateId: String(event.data['candidateId']),
        region: String(event.data['region']),
        registeredAt: event.recordedAt.toISOString(),
      })
    : null;

describe('toKafkaMessages', () => {
  it('keys the message by candidate id and carries id, type, version and trace context in headers', () => {
    const [outgoing] = toKafkaMessages(stored, registered, { source: 'titrepro.registry/84' });
    expect(outgoing?.topic).toBe('titrepro.registry.events');
    expect(outgoing?.message.key).toBe('c-1');
    expect(JSON.parse(String(outgoing?.message.value))).toEqual({ candidateId: 'c-1', region: '84', registeredAt: '2024-05-02T09:30:00.000Z' });
    expect(outgoing?.message.headers).toEqual({
      [EVENT_HEADERS.eventId]: 'evt-1',
      [EVENT_HEADERS.eventType]: 'CandidateRegistered',
      [EVENT_HEADERS.schemaVersion]: '1',
      [EVENT_HEADERS.correlationId]: 'corr-1',
      [EVENT_HEADERS.causationId]: 'cmd-1',
      [EVENT_HEADERS.traceparent]: traceparent,
      [EVENT_HEADERS.occurredAt]: '2024-05-02T09:29:58.250Z',
      [EVENT_HEADERS.source]: 'titrepro.registry/84',
      [EVENT_HEADERS.contentType]: 'application/json',
    });
  });

  it('dates the message by the command clock (metadata.occurredAt), not by when the database recorded it', () => {
    const [outgoing] = toKafkaMessages(stored, registered);
    expect(outgoing?.message.headers?.[EVENT_HEADERS.occurredAt]).toBe('2024-05-02T09:29:58.250Z');
    expect(stored.recordedAt.toISOString()).toBe('2024-05-02T09:30:00.000Z');
  });

  it('falls back to recordedAt for an event stored without occurredAt as a string', () => {
    // Cast: events stored before occurredAt existed do not fit today's metadata type.
    for (const occurredAt of [undefined, 1714642198250]) {
      const older = { ...stored, metadata: { ...stored.metadata, occurredAt } } as unknown as RecordedEvent;
      const [outgoing] = toKafkaMessages(older, registered);
      expect(outgoing?.message.headers?.[EVENT_HEADERS.occurredAt]).toBe('2024-05-02T09:30:00.000Z');
    }
  });

  it('publishes nothing for an internal event', () => {
    expect(toKafkaMessages({ ...stored, type: 'CandidateNameCorrected' }, registered)).toEqual([]);
  });

  it('gives each of several integration events from one domain event a stable id of its own', () => {
    const twice: EventMapper = () => [
      integrationEvent(CandidateTransferredV1, { candidateId: 'c-1', fromRegion: '84', toRegion: '11', transferredAt: '2024-05-02T09:30:00.000Z' }),
      integrationEvent(CandidateTransferredV1, { candidateId: 'c-1', fromRegion: '11', toRegion: '93', transferredAt: '2024-05-02T09:30:00.000Z' }),
    ];
    const ids = toKafkaMessages(stored, twice).map((outgoing) => outgoing.message.headers?.[EVENT_HEADERS.eventId]);
    expect(ids).toEqual(['evt-1:0', 'evt-1:1']);
  });

  it('refuses to publish a payload its contract rejects', () => {
    const broken: EventMapper = () => integrationEvent(CandidateRegisteredV1, { candidateId: '', region: '84', registeredAt: 'yesterday' });
    expect(() => toKafkaMessages(stored, broken)).toThrow(InvalidIntegrationEventError);
  });

  it('groups messages by topic in their order, for one request', () => {
    const messages = [
      { topic: 'a', message: { value: '1' } },
      { topic: 'b', message: { value: '2' } },
      { topic: 'a', message: { value: '3' } },
    ];
    expect(byTopic(messages)).toEqual([
      { topic: 'a', messages: [{ value: '1' }, { value: '3' }] },
      { topic: 'b', messages: [{ value: '2' }] },
    ]);
  });
});
