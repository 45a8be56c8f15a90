import { topicFor, type BoundedContext } from '@titrepro/contracts';
import { createKafka } from '@titrepro/messaging';
import { kafkaBrokers, uniqueName, waitFor } from '@titrepro/testing';

/** A message on a context's topic, as a downstream service reads it. */
export interface Published {
  readonly type: string;
  readonly key: string;
  readonly source: string;
  readonly payload: Record<string, unknown>;
}

/** What a context's services published so far on its topic (read from the beginning), as a downstream service sees it. */
export interface TopicLog {
  readonly messages: readonly Published[];
  /** The first message that matches, waited for. */
  readonly until: (what: string, matches: (message: Published) => boolean) => Promise<Published>;
  readonly close: () => Promise<void>;
}

export const listenTo = async (topicPrefix: string, context: BoundedContext): Promise<TopicLog> => {
  const messages: Published[] = [];
  const reader = createKafka({ brokers: kafkaBrokers(), clientId: `${context}-reader-of-the-test` }).consumer({ groupId: uniqueName(`${context}_reader`) });
  await reader.connect();
  await reader.subscribe({ topic: `${topicPrefix}${topicFor(context)}`, fromBeginning: true });
  await reader.run({
    eachMessage: async ({ message }) =>
      void messages.push({
        type: String(message.headers?.['event-type']),
        key: String(message.key),
        source: String(message.headers?.['source']),
        payload: JSON.parse(String(message.value)) as Record<string, unknown>,
      }),
  });
  return {
    messages,
    until: async (what, matches) => {
      await waitFor(what, async () => messages.some(matches), 30_000, 100);
      const found = messages.find(matches);
      if (!found) throw new Error(`${what}: not published`);
      return found;
    },
    close: () => reader.disconnect(),
  };
};
