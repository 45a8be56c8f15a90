import { StreamHolds } from './stream-holds';

const table = (rows: Record<string, number>) => {
  const parked = new Map(Object.entries(rows));
  const reads: string[] = [];
  const holds = new StreamHolds(new Map(parked), async (streamId) => {
    reads.push(streamId);
    return parked.get(streamId);
  });
  return { holds, parked, reads };
};

describe('StreamHolds', () => {
  it('lets a stream without parked events flow without reading the table', async () => {
    const { holds, reads } = table({});
    expect(await holds.heldBehind('candidate-c-1')).toBeUndefined();
    expect(reads).toEqual([]);
  });

  it('holds the later events of a stream behind its first parked event while it is in flight', async () => {
    const { holds, reads } = table({});
    holds.parked('candidate-c-1', 7);
    expect(await holds.heldBehind('candidate-c-1')).toBe(7);
    holds.parked('candidate-c-1', 9);
    expect(await holds.heldBehind('candidate-c-1')).toBe(7);
    expect(reads).toEqual([]);
  });

  it('releases a stream once an operator retry emptied its parked events and nothing of it is in flight', async () => {
    const { holds, parked } = table({ 'candidate-c-1': 7 });
    expect(await holds.heldBehind('candidate-c-1')).toBe(7);
    parked.delete('candidate-c-1');
    expect(await holds.heldBehind('candidate-c-1')).toBeUndefined();
    expect(holds.size).toBe(0);
  });

  it('keeps holding a released stream whose later events are still in flight (they will be parked)', async () => {
    const { holds, parked, reads } = table({ 'candidate-c-1': 7 });
    holds.parked('candidate-c-1', 9);
    parked.delete('candidate-c-1');
    expect(await holds.heldBehind('candidate-c-1')).toBe(7);
    expect(reads).toEqual([]);
    holds.checkpointed(['candidate-c-1']);
    parked.set('candidate-c-1', 9);
    expect(await holds.heldBehind('candidate-c-1')).toBe(9);
  });
});
