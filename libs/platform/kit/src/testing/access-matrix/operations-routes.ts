import type { StartedService } from '../start-service';

/** The kit's operations routes that change something (discard, replay, retry, rebuild), on names no component has. */
const WRITES = [
  ['post', '/operations/consumers/matrix-unknown-1/dead-letters/matrix-key/1/discard', { reason: 'a test of who may' }],
  ['post', '/operations/consumers/matrix-unknown-1/dead-letters/matrix-key/replay', undefined],
  ['post', '/operations/candidates/matrix-candidate/replay', undefined],
  ['post', '/operations/projections/matrix-unknown-1/parked/matrix-stream/retry', undefined],
  ['post', '/operations/projections/matrix-unknown-1/rebuild', undefined],
  ['post', '/operations/relay/parked/matrix-stream/retry', undefined],
] as const;

/** Each operations write of the service called with `authorization`, and the status it answered. */
export const operationsWriteStatuses = async (service: StartedService, authorization: string): Promise<Record<string, number>> => {
  const statuses: Record<string, number> = {};
  for (const [method, path, body] of WRITES) {
    const call = service.http()[method](path).set('Authorization', authorization);
    statuses[path] = (await (body ? call.send(body) : call)).status;
  }
  return statuses;
};
