import { BOUNDED_CONTEXTS, type BoundedContext } from './bounded-context';

/** The topic a context publishes its integration events on: `titrepro.<context>.events`. */
export const topicFor = (context: BoundedContext): string => `titrepro.${context}.events`;

/** Where a consumer parks the messages of `topic` it could not handle. */
export const deadLetterTopicFor = (topic: string): string => `${topic}.dlq`;

/** Every integration topic, by context. */
export const TOPICS: Readonly<Record<BoundedContext, string>> = Object.freeze(
  Object.fromEntries(BOUNDED_CONTEXTS.map((context) => [context, topicFor(context)])) as Record<BoundedContext, string>,
);

/** Every integration topic and its dead-letter twin under `prefix` (a test's or a demo run's own; '' in a deployment). */
export const integrationTopicsUnder = (prefix: string): string[] =>
  BOUNDED_CONTEXTS.flatMap((context) => [`${prefix}${topicFor(context)}`, deadLetterTopicFor(`${prefix}${topicFor(context)}`)]);
