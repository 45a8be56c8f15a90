import { DEAD_LETTER_HEADERS } from '@titrepro/contracts';
import { waitFor } from '@titrepro/testing';
import type { PoolClient } from 'pg';
import { PermanentHandlerError, type IntegrationEventHandler } from './consumer/consumed-event';
import { listDeadLetters } from './consumer/dead-letters';
import { readmitDeferredLetters } from './consumer/deferred-letters';
import { replayDeadLetters } from './consumer/replay-dead-letters';
import { INBOX_TABLE } from './schema/messaging-tables';
import { recordEffect } from './testing/effects-table';
import { SEQUENCE_CONTRACTS } from './testing/sequence-contract';
import { SequenceConsumerRig } from './testing/sequence-consumer-rig';

const consumerName = 'jury';

describe('deferred messages: set aside until the news they wait for arrives (real PostgreSQL and Kafka)', () => {
  let rig: SequenceConsumerRig;
  // Sequence 0 of a candidate is the news the others wait for (their home region, in the kit).
  const awaitingNews = new Set<string>();
  const refused = new Set<string>();
  const handler: IntegrationEventHandler<PoolClient> = async (event, context) => {
    const { candidateId } = event.payload;
    if (event.payload['sequence'] === 0) {
      awaitingNews.delete(candidateId);
      await recordEffect(event, context);
      await readmitDeferredLetters({ context, consumer: consumerName, key: candidateId, handler, contracts: SEQUENCE_CONTRACTS });
      return;
    }
    if (awaitingNews.has(candidateId)) return context.defer(`the news of ${candidateId} has not arrived`);
    if (refused.has(event.eventId)) throw new PermanentHandlerError(`${event.eventId} refused`);
    await recordEffect(event, context);
  };
  const replay = (key: string) => replayDeadLetters({ unitOfWork: rig.unitOfWork(), consumer: consumerName, key, handler, contracts: SEQUENCE_CONTRACTS });
  const lettersOf = async (candidateId: string) =>
    (await listDeadLetters(rig.pool, consumerName, { key: candidateId })).map((letter) => ({ eventId: letter.eventId, reason: letter.reason, heldBehind: letter.heldBehind }));
  const inboxOutcome = async (eventId: string) =>
    (await rig.pool.query<{ outcome: string }>(`SELECT outcome FROM ${INBOX_TABLE} WHERE consumer = $1 AND event_id = $2`, [consumerName, eventId])).rows[0]?.outcome;

  beforeAll(async () => {
    rig = await SequenceConsumerRig.start('deferred_letters', consumerName, handler);
  });

  afterAll(async () => {
    await rig?.stop();
  });

  it('sets a message aside at once, holding nothing, applies it once with the news, and ignores its redelivery meanwhile', async () => {
    awaitingNews.add('df-1');
    await rig.produce([['df-1', 1], ['df-1', 1], ['other', 1]]);
    await waitFor('the other key applied', async () => (await rig.effectsOf('other')).length === 1, 30_000);
    await waitFor('the redelivery seen', async () => (await rig.handled('duplicate')) === 1, 30_000);

    expect(await lettersOf('df-1')).toEqual([{ eventId: rig.eventIdOf('df-1', 1), reason: 'deferred', heldBehind: undefined }]);
    expect(await inboxOutcome(rig.eventIdOf('df-1', 1))).toBe('dead-lettered');
    expect(await rig.handled('deferred')).toBe(1);
    expect(await rig.consumer.expireDeferred({ olderThanMs: 60_000, reason: 'untrusted-source' })).toBe(0);

    await rig.produce([['df-1', 0]]);
    await waitFor('the deferred message applied with the news', async () => (await rig.effectsOf('df-1')).length === 2, 30_000);
    expect(await rig.effectsOf('df-1')).toEqual([0, 1]);
    expect(await lettersOf('df-1')).toEqual([]);
    expect(await inboxOutcome(rig.eventIdOf('df-1', 1))).toBe('handled');
    expect(rig.deadLetterTopic.messages).toHaveLength(0);
  });

  it('makes a readmitted message refused for good the head of its key, holding the deferred ones after it and what comes next', async () => {
    awaitingNews.add('df-2');
    refused.add(rig.eventIdOf('df-2', 1));
    await rig.produce([['df-2', 1], ['df-2', 2]]);
    await waitFor('both deferred', async () => (await lettersOf('df-2')).length === 2, 30_000);
    await rig.produce([['df-2', 0], ['df-2', 3]]);
    await waitFor('the next message held', async () => (await lettersOf('df-2')).length === 3, 30_000);

    const [head, ...rest] = await lettersOf('df-2');
    expect(head).toEqual({ eventId: rig.eventIdOf('df-2', 1), reason: 'permanent-error', heldBehind: undefined });
    expect(rest.map((letter) => [letter.eventId, letter.reason, letter.heldBehind])).toEqual([
      [rig.eventIdOf('df-2', 2), 'held-behind', expect.any(Number)],
      [rig.eventIdOf('df-2', 3), 'held-behind', expect.any(Number)],
    ]);
    expect(await rig.effectsOf('df-2')).toEqual([0]);

    refused.clear();
    expect(await replay('df-2')).toEqual({ applied: 3, duplicates: 0 });
    expect(await rig.effectsOf('df-2')).toEqual([0, 1, 2, 3]);
  });

  it('defers a replayed dead letter that cannot be judged yet, and applies it with the news', async () => {
    refused.add(rig.eventIdOf('df-3', 1));
    await rig.produce([['df-3', 1], ['df-3', 2]]);
    await waitFor('refused and held', async () => (await lettersOf('df-3')).length === 2, 30_000);
    refused.clear();
    awaitingNews.add('df-3');

    const replayed = await replay('df-3');
    expect(replayed).toEqual({ applied: 0, duplicates: 0, deferred: 2 });
    expect((await lettersOf('df-3')).map((letter) => letter.reason)).toEqual(['deferred', 'deferred']);

    await rig.produce([['df-3', 0]]);
    await waitFor('applied with the news', async () => (await rig.effectsOf('df-3')).length === 3, 30_000);
    expect(await rig.effectsOf('df-3')).toEqual([0, 1, 2]);
    expect(await lettersOf('df-3')).toEqual([]);
  });

  it('expires a message no news readmitted into a dead letter: on <topic>.dlq and in the table, under the reason given', async () => {
    awaitingNews.add('df-4');
    await rig.produce([['df-4', 1]]);
    await waitFor('deferred', async () => (await lettersOf('df-4')).length === 1, 30_000);
    const before = rig.deadLetterTopic.messages.length;

    expect(await rig.consumer.expireDeferred({ olderThanMs: 0, reason: 'untrusted-source' })).toBe(1);
    expect(await lettersOf('df-4')).toEqual([{ eventId: rig.eventIdOf('df-4', 1), reason: 'untrusted-source', heldBehind: undefined }]);
    await waitFor('on the dead-letter topic', () => rig.deadLetterTopic.messages.length === before + 1, 30_000);
    const published = rig.deadLetterTopic.messages.at(-1);
    expect(published?.headers?.[DEAD_LETTER_HEADERS.reason]?.toString()).toBe('untrusted-source');
    expect(published?.headers?.[DEAD_LETTER_HEADERS.error]?.toString()).toContain('the news of df-4 has not arrived (still so 0 s after it arrived)');
    expect(await rig.consumer.expireDeferred({ olderThanMs: 0, reason: 'untrusted-source' })).toBe(0);
  });
});
