import { cohortExpectationsBroken, runCohort, summaryTable, type CohortReport } from '../cohort';
import { startDownstreamSubscriber, type DownstreamSubscriber } from '../downstream';
import type { JourneyEndpoints, JourneyRegion } from '../launch';

/** What the demo's scenario left, for the check and for the listing a newcomer reads. */
export interface DemoOutcome {
  /** What did not go as expected; empty when everything did (`--check` exits 0). */
  readonly broken: readonly string[];
  /** The summary table, once the documents exist. */
  readonly table: string;
  /** A candidate whose timeline the auditor's page shows: the one who went through both regions. */
  readonly timelineCandidate?: string;
  /** A parchemin to verify, and the region whose issuance service holds it. */
  readonly parchemin?: { readonly region: JourneyRegion; readonly documentId: string };
}

/** Every certification event the cohort's scenarios expect that the partner's subscriber did not see within `withinMs`. */
export const downstreamExpectationsBroken = async (report: CohortReport, subscriber: DownstreamSubscriber, withinMs: number): Promise<string[]> => {
  const missing = await Promise.all(
    report.candidates.flatMap((candidate) =>
      candidate.expected.events.map((type) =>
        subscriber.until(`${type} about ${candidate.candidateId}`, (event) => event.type === type && event.candidateId === candidate.candidateId, withinMs).then(
          () => undefined,
          () => `${candidate.name} (${candidate.scenario}): the downstream subscriber saw no ${type}`,
        ),
      ),
    ),
  );
  return missing.filter((line) => line !== undefined);
};

const pickTimelineCandidate = (report: CohortReport): string | undefined =>
  (report.candidates.find((candidate) => candidate.regions.length > 1) ?? report.candidates[0])?.candidateId;

const pickParchemin = (report: CohortReport): DemoOutcome['parchemin'] => {
  for (const candidate of report.candidates) {
    const document = candidate.documents.find((seen) => seen.kind === 'parchment' && seen.status === 'issued' && seen.verification === 'valid');
    if (document) return { region: document.region, documentId: document.documentId };
  }
  return undefined;
};

/**
 * The demo's scenario: the partner's downstream subscriber, then the cohort through the public APIs
 * of both regions (tools/journey/cohort), its summary table, and what did not go as expected.
 */
export const runDemoScenario = async (endpoints: JourneyEndpoints, databasePrefix: string, say: (line: string) => void): Promise<DemoOutcome> => {
  say(`\n▶ A partner's downstream subscriber (tools/journey/downstream) prints each certification event as it flows (⇢)`);
  // One group across demo runs, as a partner keeps its own: each run prints what it has not seen yet.
  const subscriber = await startDownstreamSubscriber({
    brokers: endpoints.kafkaBrokers,
    groupId: `${databasePrefix}-demo-downstream-sample`,
    topicPrefix: endpoints.topicPrefix,
    print: (line) => say(`  ⇢ ${line}`),
  });
  try {
    const report = await runCohort(endpoints, { say });
    const broken = [...cohortExpectationsBroken(report), ...(await downstreamExpectationsBroken(report, subscriber, 60_000))];
    const timelineCandidate = pickTimelineCandidate(report);
    const parchemin = pickParchemin(report);
    return {
      broken,
      table: summaryTable(report),
      ...(timelineCandidate === undefined ? {} : { timelineCandidate }),
      ...(parchemin === undefined ? {} : { parchemin }),
    };
  } finally {
    await subscriber.stop();
  }
};
