import { listDeadLetters, UNSEQUENCED_REASONS, type DeadLetter, type ReplayDeadLettersOutcome } from '@titrepro/messaging';
import type { ServiceConsumers } from './service-consumers';

/** What one consumer did with the candidate's held events. */
export interface ConsumerReplay extends ReplayDeadLettersOutcome {
  readonly consumer: string;
  /** Letters still holding the candidate in this consumer (0 when cleared). */
  readonly stillHeld: number;
}

/** Letters that hold their key's sequence (rejected, deferred, discarded and undecodable ones hold nothing). */
const holding = (letters: readonly DeadLetter[]) => letters.filter((letter) => !UNSEQUENCED_REASONS.includes(letter.reason));

/**
 * The operator's one command for a candidate held in a service's consumers: for each consumer
 * holding dead letters of that key, replays them in sequence through its handler (replayDeadLetters).
 * One consumer's failure does not stop the others: each one's outcome is returned, the letter that
 * still fails included (fix its cause, or discard it with the per-consumer route, then call again).
 * Undefined when no consumer holds anything for the candidate.
 */
export const replayCandidate = async (consumers: ServiceConsumers, candidateId: string): Promise<ConsumerReplay[] | undefined> => {
  const outcomes: ConsumerReplay[] = [];
  for (const { name, inbox } of consumers.subscriptions()) {
    const held = async () => holding(await listDeadLetters(consumers.store.pool, inbox, { key: candidateId })).length;
    if ((await held()) === 0) continue;
    const outcome = (await consumers.replay(name, candidateId)) as ReplayDeadLettersOutcome;
    outcomes.push({ consumer: name, ...outcome, stillHeld: await held() });
  }
  return outcomes.length > 0 ? outcomes : undefined;
};
