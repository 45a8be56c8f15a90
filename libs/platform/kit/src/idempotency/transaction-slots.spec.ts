import { TransactionSlots, transactionSlotsFor } from './transaction-slots';

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the idempotency transactions’ slots', () => {
  it('leaves one connection of the pool out of the transactions’ reach, and never fewer than one slot', () => {
    expect(transactionSlotsFor(6).capacity).toBe(5);
    expect(transactionSlotsFor(2).capacity).toBe(1);
    expect(transactionSlotsFor(1).capacity).toBe(1);
  });

  it('admits `capacity` holders at once; the next waits until one gives its slot back, first come first served', async () => {
    const slots = new TransactionSlots(2);
    const first = await slots.acquire();
    await slots.acquire();
    const admitted: string[] = [];
    const third = slots.acquire().then((release) => (admitted.push('third'), release));
    void slots.acquire().then(() => admitted.push('fourth'));
    await settle();
    expect(admitted).toEqual([]);
    expect(slots.usage).toEqual({ held: 2, waiting: 2 });
    first();
    (await third)();
    await settle();
    expect(admitted).toEqual(['third', 'fourth']);
    expect(slots.usage).toEqual({ held: 2, waiting: 0 });
  });

  it('counts a slot given back twice once', async () => {
    const slots = new TransactionSlots(1);
    const release = await slots.acquire();
    release();
    release();
    expect(slots.usage).toEqual({ held: 0, waiting: 0 });
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new TransactionSlots(0)).toThrow(/positive integer/);
  });
});
