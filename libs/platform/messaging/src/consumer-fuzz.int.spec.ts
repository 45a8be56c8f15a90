import { DEAD_LETTER_HEADERS } from '@titrepro/contracts';
import { waitFor } from '@titrepro/testing';
import fc from 'fast-check';
import type { Admin, Message, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { IntegrationEventHandler } from './consumer/consumed-event';
import { DEAD_LETTERS_TABLE, INBOX_TABLE } from './schema/messaging-tables';
import { recordEffect } from './testing/effects-table';
import { messageBatch } from './testing/hostile-message-arbitrary';
import { SequenceConsumerRig } from './testing/sequence-consumer-rig';

const consumerName = 'fuzzed';
/** FUZZ_SEED replays a run (printed on failure); FUZZ_RUNS raises the volume (default: under a minute). */
const seed = Number(process.env['FUZZ_SEED'] ?? 1717);
const numRuns = Number(process.env['FUZZ_RUNS'] ?? 20);
const maxMessagesPerRun = 60;
/** Letters that were never refused on their own, so never sent to `<topic>.dlq`. */
const NOT_ON_TOPIC = new Set(['held-behind', 'deferred', 'discarded']);

/**
 * The consumer fed whatever bytes, headers, keys and sizes fast-check makes up, among valid events.
 * After each batch: every message is applied or a dead letter with a reason, the committed offset
 * is at the end of the topic, the dead-letter topic holds each refused message once, and a valid
 * event produced afterwards is applied.
 */
describe(`a consumer fed generated messages (real PostgreSQL and Kafka, FUZZ_SEED=${seed}, FUZZ_RUNS=${numRuns})`, () => {
  let rig: SequenceConsumerRig;
  let producer: Producer;
  let admin: Admin;
  let generated = 0;
  let huge = 0;
  let refusedCount = 0;
  const handler: IntegrationEventHandler<PoolClient> = (event, context) => recordEffect(event, context);

  const caughtUpTo = async (end: number) => {
    const [committed] = await admin.fetchOffsets({ groupId: rig.groupId, topics: [rig.topic] });
    return Number(committed?.partitions[0]?.offset ?? -1) >= end;
  };
  const dlqOffsetsOf = (from: number, to: number) =>
    rig.deadLetterTopic.messages
      .map((message) => Number(message.headers?.[DEAD_LETTER_HEADERS.originalOffset]?.toString()))
      .filter((offset) => offset >= from && offset < to)
      .sort((a, b) => a - b);

  beforeAll(async () => {
    rig = await SequenceConsumerRig.start('fuzz', consumerName, handler, { monitorIntervalMs: 1_000, backoff: { initialMs: 10, maxMs: 50, factor: 2 } });
    producer = rig.kafka.producer();
    await producer.connect();
    admin = rig.kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await admin?.disconnect();
    await rig?.stop();
    process.stdout.write(`consumer fuzz: ${generated} generated messages (${huge} of 1 MB, ${refusedCount} refused) in ${numRuns} runs (FUZZ_SEED=${seed})\n`);
  });

  it('applies or dead-letters every message once, commits to the end, and applies the next valid event', async () => {
    await fc.assert(
      fc.asyncProperty(messageBatch(maxMessagesPerRun), async (messages: Message[]) => {
        const from = (await rig.offsets()).end;
        // One request each, in order: a batch of 1 MB values would pass the broker's limit as a whole.
        for (const message of messages) await producer.send({ topic: rig.topic, acks: -1, messages: [message] });
        generated += messages.length;
        huge += messages.filter((message) => (message.value?.length ?? 0) >= 1_000_000).length;
        const to = from + messages.length;
        await waitFor(`the committed offset at ${to}`, () => caughtUpTo(to), 60_000, 50);

        const outcomes = await rig.pool.query<{ offset: string; applied: boolean; reason: string | null }>(
          `SELECT o AS offset,
                  EXISTS (SELECT 1 FROM ${INBOX_TABLE} i WHERE i.consumer = $1 AND i.topic = $2 AND i."offset" = o AND i.outcome = 'handled') AS applied,
                  (SELECT reason FROM ${DEAD_LETTERS_TABLE} d WHERE d.consumer = $1 AND d.topic = $2 AND d."offset" = o) AS reason
             FROM generate_series($3::bigint, $4::bigint - 1) AS o ORDER BY o`,
          [consumerName, rig.topic, from, to],
        );
        const neither = outcomes.rows.filter((row) => row.applied === (row.reason !== null) || row.reason === '');
        expect(neither).toEqual([]);

        const refused = outcomes.rows.filter((row) => row.reason !== null && !NOT_ON_TOPIC.has(row.reason)).map((row) => Number(row.offset));
        await waitFor('the refused messages read back from the dead-letter topic', () => dlqOffsetsOf(from, to).length >= refused.length, 30_000, 50);
        expect(dlqOffsetsOf(from, to)).toEqual(refused);
        refusedCount += refused.length;

        const after = `after-${randomUUID()}`;
        await rig.produce([[after, 0]]);
        await waitFor('the valid event produced afterwards applied', async () => (await rig.effectsOf(after)).length === 1, 30_000, 50);
      }),
      { seed, numRuns, endOnFailure: true },
    );

    // Every copy the dead-letter topic ever got was read back: none sent twice.
    const [deadLetterTopicEnd] = await admin.fetchTopicOffsets(`${rig.topic}.dlq`);
    expect(rig.deadLetterTopic.messages).toHaveLength(Number(deadLetterTopicEnd?.high));
  }, 60_000 + numRuns * 10_000);
});
