import { DEAD_LETTER_HEADERS, EVENT_HEADERS } from '@titrepro/contracts';
import { waitFor } from '@titrepro/testing';
import fc from 'fast-check';
import type { Message } from 'kafkajs';
import type { PoolClient } from 'pg';
import { PermanentHandlerError, type IntegrationEventHandler } from './consumer/consumed-event';
import { listDeadLetters } from './consumer/dead-letters';
import { DEAD_LETTERS_TABLE, INBOX_TABLE } from './schema/messaging-tables';
import { recordEffect } from './testing/effects-table';
import { SequenceConsumerRig } from './testing/sequence-consumer-rig';

const consumerName = 'jury';
/** FUZZ_SEED replays a run (printed in the suite's name); FUZZ_RUNS raises the number of pairs. */
const seed = Number(process.env['FUZZ_SEED'] ?? 4242);
const numRuns = Number(process.env['FUZZ_RUNS'] ?? 12);

/** What the consumer applies of a message, apart from its id: the digest covers exactly these. */
interface Content {
  readonly candidateId: string;
  readonly sequence: number;
  readonly source: string | undefined;
}

/**
 * How the same content can be written differently (none of it is applied): field order, spacing,
 * a field the contract strips, other trace headers. A true redelivery may differ in any of these.
 */
interface Wording {
  readonly reversed: boolean;
  readonly spaced: boolean;
  readonly unknownField: boolean;
  readonly otherTrace: boolean;
}

describe(`a reused event id: the same content is a redelivery, other content a conflicting one (real PostgreSQL and Kafka, FUZZ_SEED=${seed})`, () => {
  let rig: SequenceConsumerRig;
  /** Sequence 99 is refused for good: it heads its key's dead letters, holding the key's next events. */
  const handler: IntegrationEventHandler<PoolClient> = async (event, context) => {
    if (event.payload['sequence'] === 99) throw new PermanentHandlerError('sequence 99 is refused');
    await recordEffect(event, context);
  };
  let sent = 0;

  /** A message with this id and content, written this way. */
  const messageOf = (eventId: string, content: Content, wording: Wording = { reversed: false, spaced: false, unknownField: false, otherTrace: false }): Message => {
    const fields: [string, unknown][] = [['candidateId', content.candidateId], ['sequence', content.sequence]];
    if (wording.unknownField) fields.push(['note', 'stripped by the contract']);
    const payload = Object.fromEntries(wording.reversed ? fields.reverse() : fields);
    return {
      key: content.candidateId,
      value: JSON.stringify(payload, null, wording.spaced ? 2 : undefined),
      headers: {
        [EVENT_HEADERS.eventId]: eventId,
        [EVENT_HEADERS.eventType]: 'SequenceRecorded',
        [EVENT_HEADERS.schemaVersion]: '1',
        [EVENT_HEADERS.correlationId]: wording.otherTrace ? `corr-again-${eventId}` : `corr-${eventId}`,
        ...(content.source === undefined ? {} : { [EVENT_HEADERS.source]: content.source }),
      },
    };
  };
  const send = async (messages: readonly Message[]) => {
    const from = (await rig.offsets()).end;
    await rig.produceRaw(messages);
    sent += messages.length;
    await waitFor(`the committed offset past ${messages.length} new messages`, async () => (await rig.offsets()).committed >= from + messages.length, 30_000, 50);
    return from;
  };
  const lettersAt = async (offset: number) => (await listDeadLetters(rig.pool, consumerName)).filter((letter) => Number(letter.offset) === offset);
  const inboxEntry = async (eventId: string) =>
    (await rig.pool.query<{ outcome: string; offset: string; content_digest: Buffer | null }>(`SELECT outcome, "offset", content_digest FROM ${INBOX_TABLE} WHERE consumer = $1 AND event_id = $2`, [consumerName, eventId])).rows[0];
  const onDeadLetterTopic = (offset: number) =>
    rig.deadLetterTopic.messages.filter((message) => message.headers?.[DEAD_LETTER_HEADERS.originalOffset]?.toString() === String(offset));

  beforeAll(async () => {
    rig = await SequenceConsumerRig.start('conflict', consumerName, handler, { monitorIntervalMs: 500 });
  });

  afterAll(async () => {
    await rig?.stop();
  });

  it('skips a true redelivery (same content, written differently) silently', async () => {
    const content = { candidateId: 'c-same', sequence: 0, source: 'titrepro.registry/idf' };
    const from = await send([
      messageOf('evt-same', content),
      messageOf('evt-same', content),
      messageOf('evt-same', content, { reversed: true, spaced: true, unknownField: true, otherTrace: true }),
    ]);

    expect(await rig.effectsOf('c-same')).toEqual([0]);
    expect(await listDeadLetters(rig.pool, consumerName, { key: 'c-same' })).toEqual([]);
    expect(await inboxEntry('evt-same')).toMatchObject({ outcome: 'handled', offset: String(from) });
  });

  it('dead-letters the same id with another payload as conflicting-redelivery, once on the DLQ topic, holding nothing behind it', async () => {
    const first = { candidateId: 'c-forged', sequence: 0, source: 'titrepro.registry/idf' };
    const from = await send([messageOf('evt-forged', first), messageOf('evt-forged', { ...first, sequence: 7 }), messageOf('evt-next', { ...first, sequence: 1 })]);
    const recordedDigest = (await inboxEntry('evt-forged'))?.content_digest;

    // The forgery applied nothing, and the key's next event went on: it holds nothing.
    expect(await rig.effectsOf('c-forged')).toEqual([0, 1]);
    const [letter, ...others] = await lettersAt(from + 1);
    expect(others).toEqual([]);
    expect(letter).toMatchObject({ key: 'c-forged', eventId: 'evt-forged', reason: 'conflicting-redelivery', attempts: 0 });
    expect(letter?.error).toMatch(/applied already with other content/);
    // What was applied stays recorded as it was.
    expect(await inboxEntry('evt-forged')).toMatchObject({ outcome: 'handled', offset: String(from) });
    expect(recordedDigest).toHaveLength(32);

    await waitFor('the conflicting redelivery on the dead-letter topic', () => onDeadLetterTopic(from + 1).length > 0, 30_000, 50);
    const [copy, ...copies] = onDeadLetterTopic(from + 1);
    expect(copies).toEqual([]);
    expect(copy?.headers?.[DEAD_LETTER_HEADERS.reason]?.toString()).toBe('conflicting-redelivery');
    expect(copy?.headers?.[DEAD_LETTER_HEADERS.deadLetterId]?.toString()).toBe(letter?.id);

    // Kafka redelivering the forgery itself records nothing again and sends nothing again.
    await rig.consumer.stop();
    const admin = rig.kafka.admin();
    await admin.connect();
    await admin.setOffsets({ groupId: rig.groupId, topic: rig.topic, partitions: [{ partition: 0, offset: String(from) }] });
    await admin.disconnect();
    await rig.consumer.start();
    const end = (await rig.offsets()).end;
    await waitFor('the topic read again to its end', async () => (await rig.offsets()).committed === end, 30_000, 50);
    expect(await lettersAt(from + 1)).toHaveLength(1);
    expect(await rig.consumer.publishPendingDeadLetters()).toBe(0);
    expect(onDeadLetterTopic(from + 1)).toHaveLength(1);
    expect(await rig.effectsOf('c-forged')).toEqual([0, 1]);
  });

  it('refuses the same id with another source or another candidate as conflicting too', async () => {
    const first = { candidateId: 'c-source', sequence: 0, source: 'titrepro.registry/idf' };
    const from = await send([
      messageOf('evt-source', first),
      messageOf('evt-source', { ...first, source: 'titrepro.registry/bre' }),
      messageOf('evt-source', { ...first, source: undefined }),
      messageOf('evt-source', { ...first, candidateId: 'c-other' }),
    ]);

    expect(await rig.effectsOf('c-source')).toEqual([0]);
    expect(await rig.effectsOf('c-other')).toEqual([]);
    for (const offset of [from + 1, from + 2, from + 3]) expect(await lettersAt(offset)).toMatchObject([{ reason: 'conflicting-redelivery' }]);
  });

  it('refuses a conflicting redelivery of an applied event whose key is held, rather than holding it', async () => {
    const first = { candidateId: 'c-held', sequence: 0, source: undefined };
    const from = await send([messageOf('evt-held-0', first), messageOf('evt-held-99', { ...first, sequence: 99 }), messageOf('evt-held-0', first), messageOf('evt-held-0', { ...first, sequence: 5 })]);

    expect(await rig.effectsOf('c-held')).toEqual([0]);
    expect(await lettersAt(from + 1)).toMatchObject([{ reason: 'permanent-error' }]);
    // The true redelivery of the applied event is skipped even behind the dead letter; the forgery is refused.
    expect(await lettersAt(from + 2)).toEqual([]);
    expect(await lettersAt(from + 3)).toMatchObject([{ reason: 'conflicting-redelivery', heldBehind: undefined }]);
  });

  it('takes a message whose id was recorded before digests were kept for a redelivery, whatever its content', async () => {
    // An entry as the consumer recorded it before migration 7: no digest, so nothing to compare.
    await rig.pool.query(
      `INSERT INTO ${INBOX_TABLE} (consumer, event_id, event_type, topic, partition, "offset", outcome) VALUES ($1, 'evt-old', 'SequenceRecorded', $2, 0, 0, 'handled')`,
      [consumerName, rig.topic],
    );
    const from = await send([messageOf('evt-old', { candidateId: 'c-old', sequence: 3, source: undefined })]);

    expect(await rig.effectsOf('c-old')).toEqual([]);
    expect(await lettersAt(from)).toEqual([]);
  });

  it('for generated pairs of messages under one id: the same content is skipped, other content dead-lettered as conflicting', async () => {
    const content = fc.record({
      candidateId: fc.constantFrom('p-1', 'p-2'),
      sequence: fc.nat({ max: 3 }),
      source: fc.constantFrom(undefined, 'titrepro.registry/idf', 'titrepro.registry/bre'),
    });
    const wording = fc.record({ reversed: fc.boolean(), spaced: fc.boolean(), unknownField: fc.boolean(), otherTrace: fc.boolean() });
    // Half the pairs repeat the first content (written any way), half draw a second one (maybe equal).
    const pair = fc.tuple(content, fc.oneof(fc.constant(undefined), content), wording);
    let run = 0;
    let same = 0;
    await fc.assert(
      fc.asyncProperty(pair, async ([first, drawn, secondWording]) => {
        run += 1;
        const second = drawn ?? first;
        const eventId = `evt-pair-${seed}-${run}`;
        const from = await send([messageOf(eventId, first), messageOf(eventId, second, secondWording)]);
        const sameContent = first.candidateId === second.candidateId && first.sequence === second.sequence && first.source === second.source;
        if (sameContent) same += 1;

        expect(await inboxEntry(eventId)).toMatchObject({ outcome: 'handled', offset: String(from) });
        const letters = await lettersAt(from + 1);
        expect(letters.map((letter) => letter.reason)).toEqual(sameContent ? [] : ['conflicting-redelivery']);
        const applied = await rig.pool.query(`SELECT 1 FROM test_effects WHERE event_id = $1`, [eventId]);
        expect(applied.rowCount).toBe(1);
      }),
      { seed, numRuns, endOnFailure: true },
    );
    // Both branches ran: the property was not true for want of one kind of pair.
    expect(same).toBeGreaterThan(0);
    expect(same).toBeLessThan(numRuns);
    const conflicting = await rig.pool.query(`SELECT 1 FROM ${DEAD_LETTERS_TABLE} WHERE consumer = $1 AND event_id LIKE 'evt-pair-%'`, [consumerName]);
    expect(conflicting.rowCount).toBe(numRuns - same);
    process.stdout.write(`conflicting redelivery: ${numRuns} generated pairs (${same} of the same content), ${sent} messages (FUZZ_SEED=${seed})\n`);
  }, 60_000 + numRuns * 10_000);
});
