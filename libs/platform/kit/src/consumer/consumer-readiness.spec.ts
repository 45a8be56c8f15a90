import type { ConsumerProgress } from '@titrepro/messaging';
import { consumerReadiness } from './consumer-readiness';

const letters = { deadLetters: 0, deferred: 0, undecodable: 0 };
const flowing: ConsumerProgress = { group: 'g', lag: 0, stalledForMs: 0, partitions: [], checkedAt: new Date(0) };

describe('consumerReadiness', () => {
  it('is up while the consumer consumes every topic of its group', () => {
    expect(consumerReadiness('g', letters, flowing, 60_000).status).toBe('up');
  });

  it('is down, naming the topic, while a topic of the group does not exist yet', () => {
    const result = consumerReadiness('g', letters, { ...flowing, missingTopics: ['titrepro.jury.events'] }, 60_000);
    expect(result).toMatchObject({ status: 'down', details: { message: 'consumer g does not consume: topic(s) titrepro.jury.events do not exist yet' } });
  });

  it('is down, with the reason, while the consumer cannot join its group', () => {
    const result = consumerReadiness('g', letters, { ...flowing, notConsuming: 'KafkaJSConnectionError: Connection error' }, 60_000);
    expect(result).toMatchObject({ status: 'down', details: { notConsuming: 'KafkaJSConnectionError: Connection error' } });
  });
});
