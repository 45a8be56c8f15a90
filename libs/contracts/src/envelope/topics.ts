import { BOUNDED_CONTEXTS, type BoundedContext } from './bounded-context';

/** The topic a context publishes its integration events on: `titrepro.<context>.events`. */
export const topicFor = (context: BoundedContext): string => `titrepro.${context}.events`;

/** Where a consumer parks the messages of `topic` it could not handle. */
export const deadLetterTopicFor = (topic: string): string => `${topic}.dlq`;

/** Every integration topic, by context. */
export const TOPICS: Readonly<Record<BoundedContext, string>> = Object.freeze(
  Object.fromEntries(BOUNDED_CONTEXTS.map((context) => [context, topicFor(context)])) as Record<BoundedContext, string>,
);
