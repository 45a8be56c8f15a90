import { CONTRACTS } from '@titrepro/contracts';
import { decodeMessage, listDeadLetters, type DeadLetter, type ReplayDeadLettersOutcome } from '@titrepro/messaging';
import type { ServiceConsumers } from './service-consumers';

/** Letters that hold their key's sequence (the others hold nothing: rejected, deferred or discarded). */
const HOLDING = new Set(['invalid-payload', 'unknown-contract', 'handler-failed', 'permanent-error', 'held-behind']);

/** What one consumer did with the candidate's held events. */
export interface ConsumerReplay extends ReplayDeadLettersOutcome {
  readonly consumer: string;
  /** Sequences of the undecodable letters discarded on the operator's word, before the replay went on. */
  readonly discarded: readonly number[];
  /** Letters still holding the candidate in this consumer (0 when cleared). */
  readonly stillHeld: number;
}

export interface CandidateReplayRequest {
  readonly candidateId: string;
  /** Who asks (the operator's subject), recorded on what is discarded. */
  readonly by: string;
  /** When set: a letter that can never be decoded is discarded with this reason, and the replay goes on. */
  readonly discardUndecodable?: string;
}

const holding = (letters: readonly DeadLetter[]) => letters.filter((letter) => HOLDING.has(letter.reason));

/** Whether the stored bytes and headers decode as an integration event at all: a replay of one that does not fails for ever. */
const undecodable = (letter: DeadLetter): boolean =>
  !decodeMessage(
    { key: letter.key === undefined ? null : Buffer.from(letter.key, 'utf8'), value: letter.value, headers: { ...letter.headers }, offset: letter.offset, timestamp: '0', attributes: 0 },
    { topic: letter.topic, partition: letter.partition },
    CONTRACTS,
  ).ok;

/**
 * The operator's one command for a candidate held in a service's consumers: for each consumer
 * holding dead letters of that key, replays them in sequence through its handler (replayDeadLetters);
 * asked to, discards a letter that can never be decoded (its bytes are what they are) and goes on.
 * One consumer's failure does not stop the others: each one's outcome is returned. Undefined when no
 * consumer holds anything for the candidate.
 */
export const replayCandidate = async (consumers: ServiceConsumers, request: CandidateReplayRequest): Promise<ConsumerReplay[] | undefined> => {
  const outcomes: ConsumerReplay[] = [];
  for (const name of consumers.consumers.keys()) {
    const inbox = consumers.inboxOf(name) as string;
    const held = () => listDeadLetters(consumers.store.pool, inbox, { key: request.candidateId }).then(holding);
    if ((await held()).length === 0) continue;
    const discarded: number[] = [];
    let total = { applied: 0, duplicates: 0, deferred: 0 };
    let outcome: ReplayDeadLettersOutcome;
    for (;;) {
      outcome = (await consumers.replay(name, request.candidateId)) as ReplayDeadLettersOutcome;
      total = { applied: total.applied + outcome.applied, duplicates: total.duplicates + outcome.duplicates, deferred: total.deferred + (outcome.deferred ?? 0) };
      const failed = outcome.failure;
      if (!failed || request.discardUndecodable === undefined) break;
      const letter = (await held()).find((candidate) => candidate.sequence === failed.sequence);
      if (!letter || !undecodable(letter)) break;
      await consumers.discard(name, { key: request.candidateId, sequence: letter.sequence, by: request.by, why: request.discardUndecodable });
      discarded.push(letter.sequence);
    }
    outcomes.push({ consumer: name, ...total, ...(outcome.failure ? { failure: outcome.failure } : {}), discarded, stillHeld: (await held()).length });
  }
  return outcomes.length > 0 ? outcomes : undefined;
};
