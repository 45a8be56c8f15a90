import { randomUUID } from 'node:crypto';
import { tallyDecider, type TallyEvent } from '../contract/tally.fixture';
import { InMemoryEventStore } from '../memory/in-memory-event-store';
import type { CommandContext } from './command-context';
import { handleCommand } from './handle-command';

const context = (beforeAppend?: CommandContext<TallyEvent>['beforeAppend']): CommandContext<TallyEvent> => ({
  now: new Date('2026-06-01T10:00:00Z'),
  newEventId: randomUUID,
  metadata: { correlationId: 'corr', causationId: null, actor: { subject: 'consumer', role: 'service' }, region: 'idf' },
  describe: () => ({ schemaVersion: 1 }),
  ...(beforeAppend ? { beforeAppend } : {}),
});

describe('handleCommand, deciding once', () => {
  it('gives beforeAppend the events it decided, before they are appended, and decides nothing twice', async () => {
    const store = new InMemoryEventStore();
    const decide = jest.spyOn(tallyDecider, 'decide');
    const seen: { events: readonly TallyEvent[]; storedBefore: number }[] = [];
    const result = await handleCommand(store, 'tally-1', tallyDecider, { type: 'OpenTallyWithPoints', owner: 'ana', points: 3 }, context(async (events) => {
      seen.push({ events, storedBefore: (await store.readStream('tally-1')).length });
    }));
    expect(result.ok).toBe(true);
    expect(decide).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([{ events: [expect.objectContaining({ type: 'TallyOpened' }), { type: 'PointsAdded', data: { points: 3 } }], storedBefore: 0 }]);
    expect(await store.readStream('tally-1')).toHaveLength(2);
    decide.mockRestore();
  });

  it('appends nothing when beforeAppend throws, and runs it for no refusal and no empty decision', async () => {
    const store = new InMemoryEventStore();
    await expect(handleCommand(store, 'tally-2', tallyDecider, { type: 'OpenTally', owner: 'ana' }, context(() => Promise.reject(new Error('the PDF could not be produced'))))).rejects.toThrow('the PDF could not be produced');
    expect(await store.readStream('tally-2')).toHaveLength(0);
    const never = jest.fn(async () => undefined);
    const refused = await handleCommand(store, 'tally-2', tallyDecider, { type: 'AddPoints', points: 1 }, context(never));
    expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    expect(never).not.toHaveBeenCalled();
  });
});
