import { waitFor } from '@titrepro/testing';
import { CANDIDATE_HOMES_TABLE } from '../event-store/kit-migrations';
import type { StartedService } from './start-service';

/**
 * Waits until each named consumer of `service` knows `region` as the candidate's home. Every
 * consumer learns homes from the registry topic, which is not ordered with the others: a test
 * whose next event comes from the new home on another topic must wait for this first.
 */
export const untilHomeLearnt = async (service: StartedService, candidateId: string, region: string, consumers: readonly string[]): Promise<void> => {
  await waitFor(
    `consumers ${consumers.join(', ')} to learn that ${candidateId}'s home is ${region}`,
    async () => {
      const rows = await service.query<{ consumer: string }>(`SELECT DISTINCT consumer FROM ${CANDIDATE_HOMES_TABLE} WHERE candidate_id = $1 AND region = $2`, [candidateId, region]);
      return consumers.every((name) => rows.some((row) => row.consumer.endsWith(`.${name}`)));
    },
    30_000,
    100,
  );
};
