import { DEAD_LETTER_REASONS } from '@titrepro/contracts';
import { DEAD_LETTERS_TABLE, INBOX_TABLE } from '@titrepro/messaging';
import { waitFor } from '@titrepro/testing';
import { ServiceConsumers } from '../../consumer/service-consumers';
import type { StartedService } from '../start-service';

/** The inboxes of the service's consumers that read `topic` (the registry's topic: all of them). */
export const inboxesReading = (service: StartedService, topic: string): string[] =>
  service.app
    .get(ServiceConsumers)
    .subscriptions()
    .filter((subscription) => subscription.topics.includes(topic))
    .map((subscription) => subscription.inbox);

/**
 * Waits until every consumer of `service` reading `topic` has taken the event in: applied, set aside
 * or ignored, and its candidate's home learnt, in one commit with its inbox record. An event
 * deferred (awaiting its candidate's home) is waited for until it is readmitted; one dead-lettered
 * fails at once, with the dead letter's reason and error.
 */
export const untilTakenIn = async (service: StartedService, topic: string, eventId: string, what: string): Promise<void> => {
  const inboxes = inboxesReading(service, topic);
  if (inboxes.length === 0) return;
  let refused: Record<string, unknown>[] = [];
  await waitFor(
    `${service.region}'s consumers (${inboxes.join(', ')}) to take in ${what}`,
    async () => {
      refused = await service.query(`SELECT consumer, event_type, reason, error FROM ${DEAD_LETTERS_TABLE} WHERE event_id = $1 AND reason = ANY($2)`, [eventId, [...DEAD_LETTER_REASONS]]);
      if (refused.length > 0) return true;
      const handled = await service.query<{ consumer: string }>(`SELECT consumer FROM ${INBOX_TABLE} WHERE event_id = $1 AND outcome = 'handled'`, [eventId]);
      return inboxes.every((inbox) => handled.some((row) => row.consumer === inbox));
    },
    30_000,
    50,
  );
  if (refused.length > 0) throw new Error(`${service.region} dead-lettered ${what}: ${JSON.stringify(refused)}`);
};
