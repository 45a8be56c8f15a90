import { DEAD_LETTER_HEADERS } from '@titrepro/contracts';
import { waitFor } from '@titrepro/testing';
import type { PoolClient } from 'pg';
import { PermanentHandlerError, type IntegrationEventHandler } from './consumer/consumed-event';
import { countDeadLetters, discardDeadLetter, listDeadLetters } from './consumer/dead-letters';
import { replayDeadLetters } from './consumer/replay-dead-letters';
import { INBOX_TABLE } from './schema/messaging-tables';
import { recordEffect } from './testing/effects-table';
import { SEQUENCE_CONTRACTS } from './testing/sequence-contract';
import { SequenceConsumerRig } from './testing/sequence-consumer-rig';

const consumerName = 'jury';

describe('sequenced dead letters (real PostgreSQL and Kafka)', () => {
  let rig: SequenceConsumerRig;
  // Events the handler refuses for good, until an operator fixes what it depends on.
  const refused = new Set<string>();
  const handler: IntegrationEventHandler<PoolClient> = async (event, context) => {
    if (refused.has(event.eventId)) throw new PermanentHandlerError(`the candidate of ${event.eventId} is unknown here`);
    await recordEffect(event, context);
  };
  const replay = (key: string) => replayDeadLetters({ unitOfWork: rig.unitOfWork(), consumer: consumerName, key, handler, contracts: SEQUENCE_CONTRACTS });

  beforeAll(async () => {
    rig = await SequenceConsumerRig.start('dead_letters', consumerName, handler);
  });

  afterAll(async () => {
    await rig?.stop();
  });

  it('dead-letters a message its handler refuses: on <topic>.dlq, and first in its key’s dead letters', async () => {
    refused.add(rig.eventIdOf('dl-1', 0));
    await rig.produce([['dl-1', 0]]);
    await waitFor('the message on the dead-letter topic', () => rig.deadLetterTopic.messages.length === 1, 30_000);

    expect(rig.deadLetterTopic.messages[0]?.headers?.[DEAD_LETTER_HEADERS.reason]?.toString()).toBe('permanent-error');
    expect(await listDeadLetters(rig.pool, consumerName)).toEqual([
      expect.objectContaining({ key: 'dl-1', eventId: rig.eventIdOf('dl-1', 0), topic: rig.topic, reason: 'permanent-error', attempts: 1, heldBehind: undefined }),
    ]);
  });

  it('holds the later messages of that key, unapplied, while the messages of other keys are applied', async () => {
    await rig.produce([['dl-1', 1], ['dl-2', 0], ['dl-2', 1]]);
    await waitFor('the other key applied', async () => (await rig.effectsOf('dl-2')).length === 2, 30_000);

    expect(await rig.effectsOf('dl-2')).toEqual([0, 1]);
    expect(await rig.effectsOf('dl-1')).toEqual([]);
    const [head, held, ...others] = await listDeadLetters(rig.pool, consumerName, { key: 'dl-1' });
    expect(others).toEqual([]);
    expect(held).toMatchObject({ eventId: rig.eventIdOf('dl-1', 1), reason: 'held-behind', heldBehind: head?.sequence, attempts: 0 });
    expect(held?.sequence).toBeGreaterThan(head?.sequence ?? Infinity);
    // Held messages did not fail: they stay off the dead-letter topic, recorded only in the table.
    expect(rig.deadLetterTopic.messages).toHaveLength(1);
    expect(await rig.handled('held')).toBe(1);
  });

  it('stops a replay at a message that fails again, which keeps the new error and stays held with those after it', async () => {
    const outcome = await replay('dl-1');

    const letters = await listDeadLetters(rig.pool, consumerName, { key: 'dl-1' });
    expect(outcome).toEqual({ applied: 0, duplicates: 0, failure: { sequence: letters[0]?.sequence, eventId: rig.eventIdOf('dl-1', 0), error: expect.stringContaining('unknown here') } });
    expect(letters.map((letter) => [letter.reason, letter.attempts])).toEqual([
      ['permanent-error', 2],
      ['held-behind', 0],
    ]);
    expect(await rig.effectsOf('dl-1')).toEqual([]);
  });

  it('replays the key’s dead letters in order once the handler is fixed, and then applies the key’s new messages again', async () => {
    refused.clear();
    expect(await replay('dl-1')).toEqual({ applied: 2, duplicates: 0 });

    expect(await rig.effectsOf('dl-1')).toEqual([0, 1]);
    expect(await listDeadLetters(rig.pool, consumerName)).toEqual([]);
    const { rows } = await rig.pool.query(`SELECT outcome FROM ${INBOX_TABLE} WHERE consumer = $1 AND event_id = $2`, [consumerName, rig.eventIdOf('dl-1', 0)]);
    expect(rows).toEqual([{ outcome: 'handled' }]);

    await rig.produce([['dl-1', 2]]);
    await waitFor('the key’s next message applied', async () => (await rig.effectsOf('dl-1')).length === 3, 30_000);
    expect(await rig.effectsOf('dl-1')).toEqual([0, 1, 2]);
  });

  it('changes nothing when the replayed messages are delivered again', async () => {
    const duplicatesBefore = await rig.handled('duplicate');
    await rig.produce([['dl-1', 0], ['dl-1', 1]]);
    await waitFor('both redeliveries seen as duplicates', async () => (await rig.handled('duplicate')) === duplicatesBefore + 2, 30_000);

    expect(await rig.effectsOf('dl-1')).toEqual([0, 1, 2]);
    expect(await listDeadLetters(rig.pool, consumerName)).toEqual([]);
    expect(rig.deadLetterTopic.messages).toHaveLength(1);
  });

  it('discards a dead letter for good: kept as the record of who and why, holding nothing, never applied, not even redelivered', async () => {
    refused.add(rig.eventIdOf('dl-9', 0));
    await rig.produce([['dl-9', 0], ['dl-9', 1]]);
    await waitFor('refused and held', async () => (await listDeadLetters(rig.pool, consumerName, { key: 'dl-9' })).length === 2, 30_000);
    const [head] = await listDeadLetters(rig.pool, consumerName, { key: 'dl-9' });
    if (!head) throw new Error('no head');

    const discarded = await discardDeadLetter(rig.unitOfWork(), { consumer: consumerName, key: 'dl-9', sequence: head.sequence, by: 'operator-1', why: 'a test message sent by mistake' });
    expect(discarded).toMatchObject({ reason: 'discarded', error: expect.stringMatching(/^discarded by operator-1: a test message sent by mistake \(was permanent-error: /) });
    expect(await discardDeadLetter(rig.unitOfWork(), { consumer: consumerName, key: 'dl-9', sequence: head.sequence, by: 'operator-1', why: 'twice' })).toBeUndefined();
    // What it held waits, in order, for the key's replay.
    await rig.produce([['dl-9', 2]]);
    await waitFor('the next message held', async () => (await listDeadLetters(rig.pool, consumerName, { key: 'dl-9' })).length === 3, 30_000);
    expect(await rig.effectsOf('dl-9')).toEqual([]);

    refused.clear();
    expect(await replay('dl-9')).toEqual({ applied: 2, duplicates: 0 });
    expect(await rig.effectsOf('dl-9')).toEqual([1, 2]);
    expect((await listDeadLetters(rig.pool, consumerName, { key: 'dl-9' })).map((letter) => letter.reason)).toEqual(['discarded']);
    expect(await countDeadLetters(rig.pool, consumerName)).toBe(0);

    const duplicates = await rig.handled('duplicate');
    await rig.produce([['dl-9', 0]]);
    await waitFor('the redelivery seen as a duplicate', async () => (await rig.handled('duplicate')) === duplicates + 1, 30_000);
    expect(await rig.effectsOf('dl-9')).toEqual([1, 2]);
  });
});
