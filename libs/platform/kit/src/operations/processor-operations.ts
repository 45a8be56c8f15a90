import { NotFoundException } from '@nestjs/common';

/**
 * What an operator does with one log processor (the relay, a projection): read its status, list the
 * events it parked, retry a stream's. The relay's and the projections' operations routes both call
 * these, so their answers (a 404 for a retry of nothing, a status with its parked events) are
 * written once; each processor says only how it reads its tables and retries.
 */
export interface ProcessorOperations<Status extends object, Parked, Retried> {
  /** How an answer names it: `the relay`, `projection candidate-read-models`. */
  readonly title: string;
  /** Its state and position, with its parked count read again (a retry may have run on another replica). */
  readonly status: () => Promise<Status>;
  /** Its parked events, in global order. */
  readonly parked: () => Promise<Parked[]>;
  /** Retries a stream's parked events, in order; undefined when it holds none of that stream. */
  readonly retry: (streamId: string) => Promise<Retried | undefined>;
}

/** The processor's status and, with it, the events it parked. */
export const statusWithParked = async <Status extends object, Parked>(operations: ProcessorOperations<Status, Parked, unknown>): Promise<Status & { parkedEvents: Parked[] }> => ({
  ...(await operations.status()),
  parkedEvents: await operations.parked(),
});

/** The operator's retry of a stream's parked events; a 404 when the processor holds none of that stream. */
export const retryParkedStream = async <Retried>(operations: ProcessorOperations<object, unknown, Retried>, streamId: string): Promise<Retried> => {
  const outcome = await operations.retry(streamId);
  // A retry of nothing is an operator's mistake (a mistyped stream), not a success to report.
  if (outcome === undefined) throw new NotFoundException(`${operations.title} holds no parked event of stream ${streamId}`);
  return outcome;
};
