import { deadLetterTopicFor, EVENT_HEADERS } from '@titrepro/contracts';
import { waitFor } from '@titrepro/testing';
import type { Message } from 'kafkajs';
import type { PoolClient } from 'pg';
import type { IntegrationEventHandler } from './consumer/consumed-event';
import { newDeadLetter } from './consumer/dead-letter';
import { listDeadLetters, recordDeadLetter } from './consumer/dead-letters';
import { DEAD_LETTERS_TABLE } from './schema/messaging-tables';
import { recordEffect } from './testing/effects-table';
import { SequenceConsumerRig } from './testing/sequence-consumer-rig';

const consumerName = 'jury';
const NUL_VALUE = Buffer.from('this is {not JSON \u0000\u00ff', 'utf8');

describe('hostile messages: any bytes become a dead letter, once, and the consumer goes on (real PostgreSQL and Kafka)', () => {
  let rig: SequenceConsumerRig;
  const handler: IntegrationEventHandler<PoolClient> = (event, context) => recordEffect(event, context);

  /** Messages on `<topic>.dlq`, as Kafka counts them (its high-water mark: every copy ever sent). */
  const deadLetterTopicCount = async () => {
    const admin = rig.kafka.admin();
    await admin.connect();
    try {
      return Number((await admin.fetchTopicOffsets(deadLetterTopicFor(rig.topic)))[0]?.high ?? 0);
    } finally {
      await admin.disconnect();
    }
  };
  const caughtUp = async () => {
    const { end, committed } = await rig.offsets();
    return committed === end;
  };

  beforeAll(async () => {
    rig = await SequenceConsumerRig.start('hostile', consumerName, handler, { monitorIntervalMs: 500 });
  });

  afterAll(async () => {
    await rig?.stop();
  });

  it('records a non-JSON value holding a NUL as an undecodable dead letter, commits past it, and applies the same key’s next event', async () => {
    await rig.produceRaw([{ ...rig.validMessage('c-nul', 0), value: NUL_VALUE }, rig.validMessage('c-nul', 1), rig.validMessage('c-after', 0)]);
    await waitFor('the committed offset at the end of the topic', caughtUp, 30_000);

    // Nothing vouches for an undecodable message's key: it holds nothing behind it.
    expect(await rig.effectsOf('c-nul')).toEqual([1]);
    expect(await rig.effectsOf('c-after')).toEqual([0]);
    const [letter, ...others] = await listDeadLetters(rig.pool, consumerName);
    expect(others).toEqual([]);
    expect(letter).toMatchObject({ key: 'c-nul', reason: 'invalid-payload', offset: '0', attempts: 0 });
    expect(letter?.value?.equals(NUL_VALUE)).toBe(true);
    expect(letter?.error).toMatch(/not JSON/);
    expect(letter?.error).not.toContain('\u0000');
    await waitFor('the dead letter on its topic', () => rig.deadLetterTopic.messages.length === 1, 30_000);
    expect(rig.deadLetterTopic.messages[0]?.value?.equals(NUL_VALUE)).toBe(true);
    expect(await deadLetterTopicCount()).toBe(1);
  });

  it('sends nothing again when the group reads the topic again from the start (a redelivery)', async () => {
    await rig.consumer.stop();
    const admin = rig.kafka.admin();
    await admin.connect();
    await admin.setOffsets({ groupId: rig.groupId, topic: rig.topic, partitions: [{ partition: 0, offset: '0' }] });
    await admin.disconnect();
    expect(await caughtUp()).toBe(false);
    await rig.consumer.start();
    await waitFor('the topic read again to its end', caughtUp, 30_000);

    expect(await deadLetterTopicCount()).toBe(1);
    expect(await listDeadLetters(rig.pool, consumerName)).toHaveLength(1);
    expect(await rig.effectsOf('c-nul')).toEqual([1]);
  });

  it('turns headers, keys and sizes nobody named into dead letters, each on the topic once, and goes on', async () => {
    const valid = (sequence: number) => rig.validMessage('c-odd', sequence);
    const headers = valid(0).headers ?? {};
    const hostile: Message[] = [
      { ...valid(0), headers: { ...headers, [EVENT_HEADERS.eventType]: Buffer.from([0xff, 0xfe, 0x00]) } },
      { ...valid(1), headers: { ...headers, [EVENT_HEADERS.eventType]: ['SequenceRecorded', 'Other'] } },
      { ...valid(2), headers: {} },
      { ...valid(3), headers: { ...headers, [EVENT_HEADERS.eventId]: 'e'.repeat(100_000), 'x-nul\u0000': '\u0000' } },
      { ...valid(4), value: null },
      { ...valid(5), value: Buffer.alloc(1_000_000, 0x7b) },
      { ...valid(6), key: Buffer.from([0x00, 0xff, 0x10]) },
      { ...valid(7), value: JSON.stringify({ candidateId: 'c-odd', sequence: 'seven' }) },
    ];
    const before = await deadLetterTopicCount();
    const from = (await rig.offsets()).end;
    // One request each: a batch of them would pass the broker's limit (1 MB) as a whole.
    for (const message of [...hostile, valid(8)]) await rig.produceRaw([message]);
    await waitFor('the committed offset at the end of the topic', caughtUp, 60_000);

    expect(await rig.effectsOf('c-odd')).toEqual([8]);
    const letters = (await listDeadLetters(rig.pool, consumerName)).filter((letter) => Number(letter.offset) >= from);
    expect(letters.map((letter) => Number(letter.offset))).toEqual(hostile.map((_, index) => from + index));
    expect(new Set(letters.map((letter) => letter.reason))).toEqual(new Set(['invalid-payload', 'unknown-contract']));
    expect(letters.find((letter) => letter.value?.length === 1_000_000)).toBeDefined();
    expect(letters.find((letter) => letter.rawKey?.equals(Buffer.from([0x00, 0xff, 0x10])))).toBeDefined();
    await waitFor('every refused message on the dead-letter topic', async () => (await deadLetterTopicCount()) >= before + hostile.length, 30_000);
    expect(await deadLetterTopicCount()).toBe(before + hostile.length);
  });

  it('retries a database failure while recording a dead letter, then records and publishes it once', async () => {
    // PostgreSQL refuses the next three dead letters with "too many clients" (a sequence: not rolled back).
    await rig.pool.query(`CREATE SEQUENCE refusals;
      CREATE FUNCTION refuse_dead_letters() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('refusals') <= 3 THEN RAISE EXCEPTION 'sorry, too many clients already' USING ERRCODE = '53300'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_dead_letters BEFORE INSERT ON ${DEAD_LETTERS_TABLE} FOR EACH ROW EXECUTE FUNCTION refuse_dead_letters();`);
    const before = await deadLetterTopicCount();
    await rig.produceRaw([{ ...rig.validMessage('c-hiccup', 0), value: NUL_VALUE }, rig.validMessage('c-hiccup', 1)]);
    await waitFor('the committed offset at the end of the topic', caughtUp, 60_000);

    expect(Number((await rig.pool.query<{ last_value: string }>('SELECT last_value FROM refusals')).rows[0]?.last_value)).toBeGreaterThan(3);
    expect(await listDeadLetters(rig.pool, consumerName, { key: 'c-hiccup' })).toHaveLength(1);
    expect(await rig.effectsOf('c-hiccup')).toEqual([1]);
    expect(await deadLetterTopicCount()).toBe(before + 1);
    await rig.pool.query(`DROP TRIGGER refuse_dead_letters ON ${DEAD_LETTERS_TABLE}`);
  });

  it('publishes a dead letter recorded but never published (a crash between the two) once', async () => {
    const message = { key: Buffer.from('c-crash'), value: NUL_VALUE, headers: {}, offset: '999999', timestamp: '0', attributes: 0 };
    const letter = newDeadLetter(message, { topic: rig.topic, partition: 0 }, { eventId: undefined, eventType: undefined }, { reason: 'unknown-contract', error: 'missing headers', attempts: 0 });
    await rig.unitOfWork().transaction((_tx, sql) => recordDeadLetter(sql, consumerName, letter, undefined, { dlqPending: true }));
    const before = await deadLetterTopicCount();

    await waitFor('the pending dead letter published by the consumer', async () => (await deadLetterTopicCount()) === before + 1, 30_000);
    expect(await rig.consumer.publishPendingDeadLetters()).toBe(0);
    const pending = await rig.pool.query(`SELECT 1 FROM ${DEAD_LETTERS_TABLE} WHERE dlq_pending`);
    expect(pending.rowCount).toBe(0);
    expect(await deadLetterTopicCount()).toBe(before + 1);
  });
});
