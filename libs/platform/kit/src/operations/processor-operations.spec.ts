import { NotFoundException } from '@nestjs/common';
import { retryParkedStream, statusWithParked, type ProcessorOperations } from './processor-operations';

const operations = (retried: { applied: number } | undefined): ProcessorOperations<{ name: string; parked: number }, { streamId: string }, { applied: number }> => ({
  title: 'projection probe',
  status: async () => ({ name: 'probe', parked: 1 }),
  parked: async () => [{ streamId: 'candidate-1' }],
  retry: async () => retried,
});

describe("a log processor's operations", () => {
  it('answers its status with its parked events', async () => {
    await expect(statusWithParked(operations(undefined))).resolves.toEqual({ name: 'probe', parked: 1, parkedEvents: [{ streamId: 'candidate-1' }] });
  });

  it("returns a retry's outcome", async () => {
    await expect(retryParkedStream(operations({ applied: 2 }), 'candidate-1')).resolves.toEqual({ applied: 2 });
  });

  it('answers a retry of a stream it holds nothing of with a 404 naming the processor and the stream', async () => {
    const retry = retryParkedStream(operations(undefined), 'candidate-2');
    await expect(retry).rejects.toBeInstanceOf(NotFoundException);
    await expect(retry).rejects.toThrow('projection probe holds no parked event of stream candidate-2');
  });
});
