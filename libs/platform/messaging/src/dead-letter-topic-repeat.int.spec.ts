import { DEAD_LETTER_HEADERS } from '@titrepro/contracts';
import { waitFor } from '@titrepro/testing';
import type { KafkaMessage, Producer } from 'kafkajs';
import type { PoolClient } from 'pg';
import type { IntegrationEventHandler } from './consumer/consumed-event';
import { newDeadLetter } from './consumer/dead-letter';
import { publishPendingDeadLetters } from './consumer/dead-letter-outbox';
import { listDeadLetters, recordDeadLetter } from './consumer/dead-letters';
import { createIdempotentProducer } from './kafka/idempotent-producer';
import { DEAD_LETTERS_TABLE } from './schema/messaging-tables';
import { recordEffect } from './testing/effects-table';
import { SequenceConsumerRig } from './testing/sequence-consumer-rig';
import type { UnitOfWork } from './consumer/unit-of-work';

/** Not the rig's consumer: its sweep must not publish this test's letters behind its back. */
const crashingConsumer = 'crashing';

describe('the dead-letter topic is at least once, each copy named by its dead letter (real PostgreSQL and Kafka)', () => {
  let rig: SequenceConsumerRig;
  let producer: Producer;
  const handler: IntegrationEventHandler<PoolClient> = (event, context) => recordEffect(event, context);
  const copiesOf = (deadLetterId: string) => rig.deadLetterTopic.messages.filter((message) => message.headers?.[DEAD_LETTER_HEADERS.deadLetterId]?.toString() === deadLetterId);

  beforeAll(async () => {
    rig = await SequenceConsumerRig.start('dlq_repeat', 'jury', handler, { monitorIntervalMs: 500 });
    producer = createIdempotentProducer(rig.kafka);
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await rig?.stop();
  });

  it('names every copy on the topic by the id of its dead letter', async () => {
    await rig.produceRaw([{ ...rig.validMessage('c-named', 0), value: 'not JSON' }]);
    await waitFor('the dead letter on its topic', () => rig.deadLetterTopic.messages.length > 0, 30_000, 50);
    const [letter] = await listDeadLetters(rig.pool, 'jury', { key: 'c-named' });

    expect(letter?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(copiesOf(letter?.id ?? '')).toHaveLength(1);
  });

  it('repeats a letter when the process dies after Kafka acknowledged it and before it was marked published, with the same dead-letter-id', async () => {
    const message: KafkaMessage = { key: Buffer.from('c-crash'), value: Buffer.from('{'), headers: {}, offset: '4242', timestamp: '0', attributes: 0 };
    const letter = newDeadLetter(message, { topic: rig.topic, partition: 0 }, { eventId: undefined, eventType: undefined }, { reason: 'invalid-payload', error: 'not JSON', attempts: 0 });
    await rig.unitOfWork().transaction((_tx, sql) => recordDeadLetter(sql, crashingConsumer, letter, undefined, { dlqPending: true }));
    // The mark fails once after the send, as a crash between the two would leave it: still pending.
    await rig.pool.query(`CREATE SEQUENCE marks;
      CREATE FUNCTION crash_before_mark() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('marks') = 1 THEN RAISE EXCEPTION 'the process died before the mark committed'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER crash_before_mark BEFORE UPDATE ON ${DEAD_LETTERS_TABLE} FOR EACH ROW
        WHEN (OLD.dlq_pending AND NOT NEW.dlq_pending) EXECUTE FUNCTION crash_before_mark();`);
    const publish = () => publishPendingDeadLetters({ unitOfWork: rig.unitOfWork() as UnitOfWork<unknown>, consumer: crashingConsumer, producer });

    await expect(publish()).rejects.toThrow(/died before the mark/);
    expect(await publish()).toBe(1);
    expect(await publish()).toBe(0);
    await rig.pool.query(`DROP TRIGGER crash_before_mark ON ${DEAD_LETTERS_TABLE}`);

    const [recorded] = await listDeadLetters(rig.pool, crashingConsumer);
    await waitFor('both copies read back from the dead-letter topic', () => copiesOf(recorded?.id ?? '').length >= 2, 30_000, 50);
    const copies = copiesOf(recorded?.id ?? '');
    expect(copies).toHaveLength(2);
    // A reader keeping the first copy of each dead-letter-id sees the letter once.
    const deduplicated = new Map(copies.map((copy) => [copy.headers?.[DEAD_LETTER_HEADERS.deadLetterId]?.toString(), copy]));
    expect([...deduplicated.keys()]).toEqual([recorded?.id]);
    expect(copies.map((copy) => copy.headers?.[DEAD_LETTER_HEADERS.originalOffset]?.toString())).toEqual(['4242', '4242']);
  });
});
