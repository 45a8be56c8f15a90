import { driveCcs } from './ccs';
import type { CandidateRun, CohortReport } from './cohort-model';
import { driveContinuousPartial, driveContinuousTitle, driveRectification } from './continuous';
import { driveTwoRegions } from './discontinuous';
import { Journey, type CohortEndpoints, type JourneyOptions } from './journey';
import { observeCandidate, verifyStores } from './observe';
import { driveVaeAwarded, driveVaeRefused } from './vae';

/** A driver takes one candidate through one pathway, through the public APIs only. */
export type PathwayDriver = (journey: Journey) => Promise<CandidateRun>;

/** The cohort, by scenario: the demo's mix, which the end-to-end load bench replays too. */
export const PATHWAY_DRIVERS: Readonly<Record<string, PathwayDriver>> = {
  'continuous-title': driveContinuousTitle,
  'continuous-ccp1-ccp3': driveContinuousPartial,
  'vae-refused': driveVaeRefused,
  'vae-awarded': driveVaeAwarded,
  'discontinuous-two-regions': driveTwoRegions,
  ccs: driveCcs,
  rectification: driveRectification,
};

/**
 * Drives the whole cohort at once, through the public HTTP APIs of both regions, then reads back
 * what the system says of each candidate (documents and /verify, the audit's history and replay)
 * and has the audit verify every store.
 */
export const runCohort = async (endpoints: CohortEndpoints, options: JourneyOptions = {}): Promise<CohortReport> => {
  const startedAt = Date.now();
  const journey = new Journey(endpoints, options);
  journey.say('▶ The cohort, through the public APIs of idf and bre');
  const runs = await atMost(journey.concurrency, Object.values(PATHWAY_DRIVERS).map((drive) => () => drive(journey)));
  journey.say('▶ Documents, /verify, and the audit’s replay of every decision');
  const candidates = await atMost(journey.concurrency, runs.map((run) => () => observeCandidate(journey, run)));
  const verification = await verifyStores(journey);
  journey.say(`▶ The audit verified every store: ${verification.ok ? 'ok' : `${verification.problems.length} problem(s)`}`);
  return { candidates, verification, serverErrors: journey.serverErrors(), busyAnswers: journey.busyAnswers(), elapsedMs: Date.now() - startedAt };
};

/** Runs the tasks, at most `limit` at a time; the answers in the tasks' order. */
export const atMost = async <Value>(limit: number, tasks: readonly (() => Promise<Value>)[]): Promise<Value[]> => {
  const results: Value[] = new Array<Value>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next;
      next += 1;
      const task = tasks[index];
      if (task) results[index] = await task();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
};
