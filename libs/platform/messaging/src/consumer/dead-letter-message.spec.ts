import { DEAD_LETTER_HEADERS } from '@titrepro/contracts';
import type { KafkaMessage } from 'kafkajs';
import { deadLetterMessage } from './dead-letter-message';

describe('deadLetterMessage', () => {
  it('keeps the original message and names the error, the original topic, partition and offset', () => {
    const original: KafkaMessage = {
      key: Buffer.from('c-1'),
      value: Buffer.from('{"candidateId":42}'),
      headers: { 'event-id': Buffer.from('evt-1') },
      offset: '17',
      timestamp: '0',
      attributes: 0,
    };
    const dead = deadLetterMessage(original, {
      deadLetterId: '0b7e3f0e-5d2c-4c57-9f53-2f6f3c1a9d11',
      reason: 'invalid-payload',
      error: 'candidateId: expected string',
      topic: 'titrepro.registry.events',
      partition: 1,
      group: 'jury',
      attempts: 0,
      failedAt: new Date('2024-05-02T09:30:00.000Z'),
    });
    expect(dead.key).toBe(original.key);
    expect(dead.value).toBe(original.value);
    expect(dead.headers).toMatchObject({
      'event-id': original.headers?.['event-id'],
      [DEAD_LETTER_HEADERS.reason]: 'invalid-payload',
      [DEAD_LETTER_HEADERS.error]: 'candidateId: expected string',
      [DEAD_LETTER_HEADERS.originalTopic]: 'titrepro.registry.events',
      [DEAD_LETTER_HEADERS.originalPartition]: '1',
      [DEAD_LETTER_HEADERS.originalOffset]: '17',
      [DEAD_LETTER_HEADERS.consumerGroup]: 'jury',
      [DEAD_LETTER_HEADERS.deadLetterId]: '0b7e3f0e-5d2c-4c57-9f53-2f6f3c1a9d11',
    });
  });

  it('names the dead letter by its own id, whatever dead-letter-id header the original carried (a reader dedups on it)', () => {
    const original: KafkaMessage = { key: null, value: null, headers: { [DEAD_LETTER_HEADERS.deadLetterId]: 'forged' }, offset: '3', timestamp: '0', attributes: 0 };
    const failure = { deadLetterId: 'd1', reason: 'unknown-contract', error: 'missing headers', topic: 't', partition: 0, group: 'jury', attempts: 0, failedAt: new Date(0) } as const;
    expect(deadLetterMessage(original, failure).headers?.[DEAD_LETTER_HEADERS.deadLetterId]).toBe('d1');
  });
});
