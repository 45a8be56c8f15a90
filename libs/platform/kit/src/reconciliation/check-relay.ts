import type { RecordedEvent } from '@titrepro/event-store';
import { pgRows, RELAY_CHECKPOINTS, RELAY_PARKED, toKafkaMessages } from '@titrepro/messaging';
import type { Findings } from './drift';
import { sample } from './sample';
import type { ServiceParts } from './service-parts';
import type { TopicContents } from './topic-contents';

const PAGE = 1_000;

const eventsOf = async (parts: ServiceParts, category: string | undefined): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (let after = 0; ; ) {
    const page = await parts.store.readAll({ after, maxCount: PAGE, ...(category === undefined ? {} : { category }) });
    events.push(...page);
    const last = page[page.length - 1];
    if (!last || page.length < PAGE) return events;
    after = last.globalPosition;
  }
};

/**
 * The relay's checkpoint against the store's head (nothing left unpublished) and against Kafka:
 * every integration event the events up to the checkpoint map to is on its topic, and nothing this
 * deployment published lies beyond the checkpoint (a checkpoint moved back, or lost).
 */
export const checkRelay = async (parts: ServiceParts, topics: TopicContents, findings: Findings): Promise<void> => {
  const relay = parts.relay;
  if (!relay) return;
  const sql = pgRows(parts.store.pool);
  const checkpoint = await RELAY_CHECKPOINTS.read(sql, relay.name);
  const parked = new Set(await RELAY_PARKED.positions(sql, relay.name));
  const events = await eventsOf(parts, relay.category);
  const last = events[events.length - 1]?.globalPosition ?? -1;
  const unpublished = events.filter((event) => event.globalPosition > checkpoint).length;
  findings.note('relay', `checkpoint ${checkpoint}, last ${relay.category ?? 'any'} event at ${last}, ${parked.size} parked`);
  if (checkpoint < last) findings.add('relay', relay.name, `checkpoint ${checkpoint} is behind the store's last event ${last}: ${unpublished} event(s) not published`);

  const published = new Map<string, number>();
  for (const [topic, messages] of topics.messages) {
    if (topic.endsWith('.dlq')) continue;
    for (const message of messages) if (message.source === relay.source && message.eventId) published.set(message.eventId, (published.get(message.eventId) ?? 0) + 1);
  }
  const expected = new Map<string, number>();
  const missing: string[] = [];
  for (const event of events) {
    let messages: ReturnType<typeof toKafkaMessages>;
    try {
      messages = toKafkaMessages(event, relay.map, { source: relay.source, topicOf: relay.topicOf });
    } catch {
      // Unmappable: the relay parks it (reported below when it did not).
      if (event.globalPosition <= checkpoint && !parked.has(event.globalPosition)) missing.push(`${event.eventId} (unmappable, not parked)`);
      continue;
    }
    for (const { message } of messages) {
      const eventId = String(message.headers?.['event-id']);
      expected.set(eventId, event.globalPosition);
      if (event.globalPosition <= checkpoint && !parked.has(event.globalPosition) && !published.has(eventId)) missing.push(eventId);
    }
  }
  if (missing.length > 0) findings.add('relay', relay.name, `${missing.length} event(s) up to the checkpoint are not on Kafka: ${sample(missing)}`);
  const beyond = [...published.keys()].filter((eventId) => (expected.get(eventId) ?? -Infinity) > checkpoint);
  if (beyond.length > 0) findings.add('relay', relay.name, `${beyond.length} message(s) on Kafka come from events after the checkpoint ${checkpoint}: ${sample(beyond)}`);
  const unknown = [...published.keys()].filter((eventId) => !expected.has(eventId));
  if (unknown.length > 0) findings.add('relay', relay.name, `${unknown.length} message(s) on Kafka from ${relay.source} match no stored event: ${sample(unknown)}`);
  const duplicated = [...published.values()].filter((count) => count > 1).length;
  findings.note('relay', `${published.size} event(s) on Kafka from ${relay.source}${duplicated > 0 ? `, ${duplicated} of them more than once (consumers apply each once)` : ''}`);
};
