import { integrationTopicsUnder } from '@titrepro/contracts';
import type { ServiceDefinition } from '@titrepro/platform-nest';
import type { KitConfig } from '../config/kit-config';
import { checkConsumers } from './check-consumers';
import { checkEventStore } from './check-event-store';
import { checkProjections } from './check-projections';
import { checkRelay } from './check-relay';
import { Findings, type ReconciliationReport } from './drift';
import { openServiceParts, type ServiceParts } from './service-parts';
import { readTopics, type TopicContents } from './topic-contents';

/** What an app adds to the platform's checks (the issuance: documents against awards). */
export type ServiceCheck = (context: { readonly parts: ServiceParts; readonly topics: TopicContents; readonly findings: Findings }) => Promise<void>;

/** One deployment of a service: its definition, the variables it runs with, and its own checks. */
export interface DeploymentToReconcile {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any service's config
  readonly definition: ServiceDefinition<any>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly checks?: readonly ServiceCheck[];
}

/** Every context topic under the prefix, and its dead-letter topic. */

/**
 * Compares, per deployment, what should agree: the store's hash chains; the relay's checkpoint with
 * the store's head and with Kafka; each consumer's committed offsets and inbox with its topics
 * (and the dead-letter topics holding each refusal once); each projection's rows with a fold of its
 * events; and what the app's own checks compare. Reads only: the fold is rolled back. Each topic
 * prefix's topics are read once, to their ends at that moment, before the deployments are opened
 * (one at a time).
 */
export const reconcile = async (deployments: readonly DeploymentToReconcile[], progress: (line: string) => void = () => undefined): Promise<ReconciliationReport> => {
  const report: { drift: Findings['drift']; notes: Findings['notes'] } = { drift: [], notes: [] };
  const topicsByPrefix = new Map<string, TopicContents>();
  for (const deployment of deployments) {
    const parts = await openServiceParts<KitConfig>(deployment.definition, deployment.env);
    const findings = new Findings(parts.service, parts.region);
    try {
      progress(`reconciling ${parts.service}/${parts.region}`);
      let topics = topicsByPrefix.get(parts.topicPrefix);
      if (!topics) {
        topics = await readTopics(parts.kafka, integrationTopicsUnder(parts.topicPrefix));
        topicsByPrefix.set(parts.topicPrefix, topics);
      }
      await checkEventStore(parts, findings);
      await checkRelay(parts, topics, findings);
      await checkConsumers(parts, topics, findings);
      await checkProjections(parts, findings);
      for (const check of deployment.checks ?? []) await check({ parts, topics, findings });
    } finally {
      await parts.close();
    }
    report.drift.push(...findings.drift);
    report.notes.push(...findings.notes);
  }
  return report;
};
