import { conflict, defineEvent, eventCatalogueOf, fail, ok, type Decider, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { defineAggregate } from '../../aggregate/aggregate';
import { FastWorld } from './fast-world';

// A seat allocation: a session seats members up to its capacity, never one twice. Small enough to
// read at a glance, and it refuses, stores, describes and projects as every aggregate of a service.
type Seated = DomainEvent<'MemberSeated', { readonly sessionId: string; readonly memberId: string }>;
type Seat = { readonly type: 'Seat'; readonly data: { readonly sessionId: string; readonly memberId: string } };
interface Seats {
  readonly members: readonly string[];
}

const CAPACITY = 2;
const decider: Decider<Seats, Seat, Seated> = {
  initialState: () => ({ members: [] }),
  evolve: (state, event) => ({ members: [...state.members, event.data.memberId] }),
  decide: (command, state) => {
    if (state.members.includes(command.data.memberId)) return fail(conflict(`${command.data.memberId} already sits`));
    if (state.members.length >= CAPACITY) return fail(conflict(`the session seats ${CAPACITY}`));
    return ok([{ type: 'MemberSeated', data: command.data }]);
  },
};
const seats = defineAggregate({
  category: 'seats',
  decider,
  events: eventCatalogueOf<Seated>({
    MemberSeated: defineEvent<Seated>({
      type: 'MemberSeated',
      schemaVersion: 2,
      schema: z.object({ sessionId: z.string(), memberId: z.string() }),
      describe: (data) => ({ fr: `${data.memberId} siège`, en: `${data.memberId} sits` }),
    }),
  }),
});
const seat = (sessionId: string, memberId: string): Seat => ({ type: 'Seat', data: { sessionId, memberId } });

describe('FastWorld: a decider and a projection on the in-memory event store', () => {
  let world: FastWorld;

  beforeEach(() => {
    world = new FastWorld({ region: 'bre', clock: { now: () => new Date('2026-12-07T09:00:00Z') } });
  });

  afterEach(async () => {
    await world.close();
  });

  it('stores what the decider decides, described by its catalogue, with the kit’s metadata', async () => {
    const outcome = await world.run(seats.stream('s1'), seat('s1', 'm1'));
    expect(outcome).toMatchObject({ ok: true, value: { nextExpectedRevision: 0, state: { members: ['m1'] } } });
    const [stored] = await world.store.readStream('seats-s1');
    expect(stored).toMatchObject({ type: 'MemberSeated', schemaVersion: 2, data: { sessionId: 's1', memberId: 'm1' } });
    expect(stored?.metadata).toMatchObject({ region: 'bre', occurredAt: '2026-12-07T09:00:00.000Z', actor: { role: 'regional-officer' } });
    expect(await world.store.verifyStream('seats-s1')).toEqual({ ok: true, checked: 1 });
  });

  it('returns a refusal as the decider’s Result and stores nothing', async () => {
    await world.run(seats.stream('s2'), seat('s2', 'm1'));
    expect(await world.run(seats.stream('s2'), seat('s2', 'm1'))).toEqual({ ok: false, error: { kind: 'conflict', message: 'm1 already sits' } });
    await world.run(seats.stream('s2'), seat('s2', 'm2'));
    expect(await world.run(seats.stream('s2'), seat('s2', 'm3'))).toEqual({ ok: false, error: { kind: 'conflict', message: 'the session seats 2' } });
    expect((await world.state(seats.stream('s2'))).revision).toBe(1);
  });

  it('projects every stream of the aggregate, in global order, to what the decider folds', async () => {
    const seatsBySession = world.project(seats, new Map<string, string[]>(), (model, event) => new Map(model).set(event.data.sessionId, [...(model.get(event.data.sessionId) ?? []), event.data.memberId]));
    await world.run(seats.stream('a'), seat('a', 'm1'));
    await world.run(seats.stream('b'), seat('b', 'm2'));
    await world.run(seats.stream('a'), seat('a', 'm3'));
    const model = await seatsBySession.until('three members seated', (current) => [...current.values()].flat().length === 3);
    expect(Object.fromEntries(model)).toEqual({ a: ['m1', 'm3'], b: ['m2'] });
    expect((await world.state(seats.stream('a'))).state.members).toEqual(model.get('a'));
  });
});
