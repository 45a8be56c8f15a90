import type { RecordedEvent } from '@titrepro/event-store';
import { PublishBatcher, type SendBatch } from './publish-batcher';

const event = (globalPosition: number): RecordedEvent =>
  ({ globalPosition, eventId: `evt-${globalPosition}`, streamId: `s-${globalPosition % 3}`, type: 'T' }) as unknown as RecordedEvent;

const batcherRecording = (overrides: { send?: SendBatch; batchSize?: number; onFailure?: (error: unknown) => void } = {}) => {
  const sent: Array<{ positions: number[]; lastPosition: number; parked?: number[] }> = [];
  const batches: number[][] = [];
  const batcher = new PublishBatcher({
    batchSize: overrides.batchSize ?? 3,
    lingerMs: 1,
    onFailure: overrides.onFailure ?? (() => undefined),
    // Internal events (even positions here) publish nothing but still move the checkpoint.
    route: (recorded) => ({
      messages: recorded.globalPosition % 2 === 0 ? [] : [{ topic: 't', message: { value: String(recorded.globalPosition) } }],
    }),
    send: overrides.send ?? (async (messages) => void batches.push(messages.map((outgoing) => Number(outgoing.message.value)))),
    checkpoint: async (lastPosition, _messages, parked) =>
      void sent.push({ positions: batches.shift() ?? [], lastPosition, ...(parked.length > 0 ? { parked: parked.map((p) => p.globalPosition) } : {}) }),
  });
  return { batcher, sent };
};

describe('PublishBatcher', () => {
  it('sends full batches in order, each moving the checkpoint to its last event, internal events included', async () => {
    const { batcher, sent } = batcherRecording();
    for (let position = 1; position <= 7; position += 1) await batcher.add(event(position));
    await batcher.flush();
    expect(sent).toEqual([
      { positions: [1, 3], lastPosition: 3 },
      { positions: [5], lastPosition: 6 },
      { positions: [7], lastPosition: 7 },
    ]);
  });

  it('writes the events a batch parked with its checkpoint, after the batch is acknowledged', async () => {
    const checkpoints: Array<{ lastPosition: number; parked: number[] }> = [];
    const batcher = new PublishBatcher({
      batchSize: 2,
      lingerMs: 1,
      onFailure: () => undefined,
      // Position 2 is parked; the others publish. Routing may wait (a look at the parked table).
      route: async (recorded) =>
        recorded.globalPosition === 2
          ? { messages: [], parked: { globalPosition: 2, streamId: 's', eventId: 'evt-2', eventType: 'T', reason: 'unmappable', heldBehind: undefined, error: 'boom' } }
          : { messages: [{ topic: 't', message: { value: String(recorded.globalPosition) } }] },
      send: async () => undefined,
      checkpoint: async (lastPosition, _messages, parked) => void checkpoints.push({ lastPosition, parked: parked.map((p) => p.globalPosition) }),
    });
    for (let position = 1; position <= 4; position += 1) await batcher.add(event(position));
    await batcher.flush();
    expect(checkpoints).toEqual([
      { lastPosition: 2, parked: [2] },
      { lastPosition: 4, parked: [] },
    ]);
  });

  it('writes one checkpoint for the batches acknowledged while the previous checkpoint was written, never past an unacknowledged one', async () => {
    let releaseFirstCheckpoint: () => void = () => undefined;
    const firstCheckpoint = new Promise<void>((resolve) => (releaseFirstCheckpoint = resolve));
    const acknowledged: number[] = [];
    const checkpoints: Array<{ lastPosition: number; messages: number; parked: number[]; acknowledgedBefore: number[] }> = [];
    const batcher = new PublishBatcher({
      batchSize: 1,
      lingerMs: 1,
      maxBatchesAhead: 10,
      onFailure: () => undefined,
      route: (recorded) =>
        recorded.globalPosition === 3
          ? { messages: [], parked: { globalPosition: 3, streamId: 's', eventId: 'evt-3', eventType: 'T', reason: 'unmappable', heldBehind: undefined, error: 'boom' } }
          : { messages: [{ topic: 't', message: { value: String(recorded.globalPosition) } }] },
      send: async (messages) => void acknowledged.push(...messages.map((outgoing) => Number(outgoing.message.value))),
      checkpoint: async (lastPosition, messages, parked) => {
        checkpoints.push({ lastPosition, messages, parked: parked.map((p) => p.globalPosition), acknowledgedBefore: [...acknowledged] });
        if (checkpoints.length === 1) await firstCheckpoint;
      },
    });
    for (let position = 1; position <= 4; position += 1) await batcher.add(event(position));
    while (acknowledged.length < 3) await new Promise((resolve) => setTimeout(resolve, 1));
    releaseFirstCheckpoint();
    await batcher.flush();
    expect(checkpoints).toEqual([
      { lastPosition: 1, messages: 1, parked: [], acknowledgedBefore: [1] },
      { lastPosition: 4, messages: 2, parked: [3], acknowledgedBefore: [1, 2, 4] },
    ]);
  });

  it('writes no checkpoint after one failed to be written, and fails the batches waiting for it', async () => {
    const failures: unknown[] = [];
    let writes = 0;
    const batcher = new PublishBatcher({
      batchSize: 1,
      lingerMs: 1,
      onFailure: (error) => failures.push(error),
      route: () => ({ messages: [] }),
      send: async () => undefined,
      checkpoint: async () => {
        writes += 1;
        throw new Error('database away');
      },
    });
    await batcher.add(event(1));
    await batcher.settled();
    await expect(batcher.add(event(2))).rejects.toThrow('database away');
    await batcher.settled();
    expect(writes).toBe(1);
    expect(failures.length).toBeGreaterThan(0);
  });

  it('sends a partial batch once no more events come', async () => {
    const { batcher, sent } = batcherRecording({ batchSize: 100 });
    await batcher.add(event(1));
    for (let waited = 0; sent.length === 0 && waited < 2_000; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(sent).toEqual([{ positions: [1], lastPosition: 1 }]);
  });

  it('sends nothing after a batch failed and reports the failure', async () => {
    const failures: unknown[] = [];
    let calls = 0;
    const { batcher } = batcherRecording({
      batchSize: 1,
      onFailure: (error) => failures.push(error),
      send: async () => {
        calls += 1;
        throw new Error('broker away');
      },
    });
    await batcher.add(event(1));
    await batcher.settled();
    await expect(batcher.add(event(3))).rejects.toThrow('broker away');
    await batcher.settled();
    expect(calls).toBe(1);
    expect(failures.length).toBeGreaterThan(0);
  });

  it('holds the subscription back once maxBatchesAhead full batches wait for Kafka', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const batcher = new PublishBatcher({
      batchSize: 1,
      lingerMs: 1,
      maxBatchesAhead: 2,
      onFailure: () => undefined,
      route: () => ({ messages: [] }),
      send: () => gate,
      checkpoint: async () => undefined,
    });
    await batcher.add(event(1));
    await batcher.add(event(2));
    let thirdReturned = false;
    const third = batcher.add(event(3)).then(() => (thirdReturned = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(thirdReturned).toBe(false);
    release();
    await third;
    expect(thirdReturned).toBe(true);
  });
});
