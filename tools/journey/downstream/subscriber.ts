import { CONTRACTS, EVENT_HEADERS, topicFor, type BoundedContext } from '@titrepro/contracts';
import { Kafka, logLevel, type Consumer, type IHeaders } from 'kafkajs';

/** One certification event as a partner sees it: what happened, to whom, where, under which rules. */
export interface CertificationEvent {
  readonly eventId: string;
  readonly type: string;
  readonly version: number;
  readonly candidateId: string;
  /** The region that decided (the payload's), else the publishing service's (the `source` header). */
  readonly region: string;
  readonly rulebookId: string | null;
  readonly ruleIds: readonly string[];
  readonly topic: string;
}

export interface DownstreamSubscriberOptions {
  /** Kafka brokers, `host:port` comma-separated or a list. */
  readonly brokers: string | readonly string[];
  readonly groupId: string;
  /** Where each event is printed (one line); default: nothing. */
  readonly print?: (line: string) => void;
  /** The deployment's KAFKA_TOPIC_PREFIX ('' in production and in the demo). */
  readonly topicPrefix?: string;
  /** Read the topics from their start (a new partner catching up); default true. */
  readonly fromBeginning?: boolean;
}

export interface DownstreamSubscriber {
  /** Every certification event seen, once each (a redelivery is recognised by its event id). */
  readonly seen: readonly CertificationEvent[];
  /** Resolves with the first event that matches, waiting up to `withinMs`. */
  until(what: string, matches: (event: CertificationEvent) => boolean, withinMs?: number): Promise<CertificationEvent>;
  stop(): Promise<void>;
}

/** The topics of certification: the registry's (pathways, VAE admissibility, handovers) and the juries' decisions. The evaluation's evidence stays between the services. */
export const CERTIFICATION_CONTEXTS: readonly BoundedContext[] = ['registry', 'jury'];

const header = (headers: IHeaders | undefined, name: string): string | undefined => {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
};

/** `titrepro.jury/bre` → `bre`. */
const regionOfSource = (source: string | undefined): string => source?.split('/')[1] ?? '?';

export const describeEvent = (event: CertificationEvent): string =>
  `${event.type} v${event.version} · candidate ${event.candidateId} · ${event.region}${event.ruleIds.length ? ` · ${event.rulebookId ?? ''} [${event.ruleIds.join(', ')}]` : ''}`;

/**
 * The sample a partner system copies: a plain kafkajs consumer of the published topics
 * of certification (`titrepro.registry.events`, `titrepro.jury.events`), each message checked against its contract (libs/contracts, by the
 * `event-type` and `schema-version` headers), printed, and remembered by its `event-id` so that a
 * redelivery (Kafka delivers at least once) is seen once. A message no contract knows is skipped,
 * never fatal: contracts gain versions, and a partner upgrades when it wants.
 */
export const startDownstreamSubscriber = async (options: DownstreamSubscriberOptions): Promise<DownstreamSubscriber> => {
  const brokers = typeof options.brokers === 'string' ? options.brokers.split(',') : [...options.brokers];
  const prefix = options.topicPrefix ?? '';
  const print = options.print ?? (() => undefined);
  const kafka = new Kafka({ clientId: `downstream-${options.groupId}`, brokers, logLevel: logLevel.NOTHING });
  const consumer: Consumer = kafka.consumer({ groupId: options.groupId });
  const seen: CertificationEvent[] = [];
  const eventIds = new Set<string>();
  const waiting = new Set<() => void>();
  await consumer.connect();
  await consumer.subscribe({ topics: CERTIFICATION_CONTEXTS.map((context) => `${prefix}${topicFor(context)}`), fromBeginning: options.fromBeginning ?? true });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      const eventId = header(message.headers, EVENT_HEADERS.eventId);
      const type = header(message.headers, EVENT_HEADERS.eventType);
      const version = Number(header(message.headers, EVENT_HEADERS.schemaVersion));
      if (!eventId || !type || !message.value || eventIds.has(eventId)) return;
      let payload: unknown;
      try {
        payload = JSON.parse(message.value.toString());
      } catch {
        return;
      }
      const checked = CONTRACTS.check(type, version, payload);
      if (!checked.ok) return;
      const fields = checked.payload as Record<string, unknown> & { candidateId: string };
      eventIds.add(eventId);
      const event: CertificationEvent = {
        eventId,
        type,
        version,
        candidateId: fields.candidateId,
        region: typeof fields['region'] === 'string' ? fields['region'] : regionOfSource(header(message.headers, EVENT_HEADERS.source)),
        rulebookId: typeof fields['rulebookId'] === 'string' ? fields['rulebookId'] : null,
        ruleIds: Array.isArray(fields['ruleIds']) ? (fields['ruleIds'] as string[]) : [],
        topic: topic.slice(prefix.length),
      };
      seen.push(event);
      print(describeEvent(event));
      for (const wake of waiting) wake();
    },
  });
  return {
    seen,
    until: (what, matches, withinMs = 60_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = seen.find(matches);
          if (!found) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`the downstream subscriber did not see ${what} within ${withinMs} ms (${seen.length} events seen)`));
        }, withinMs);
        waiting.add(check);
        check();
      }),
    stop: async () => {
      await consumer.disconnect();
    },
  };
};
