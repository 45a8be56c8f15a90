import type { ConsumerProgress } from '@titrepro/messaging';
import type { ReadinessCheckResult } from '@titrepro/platform-nest';

/**
 * A consumer's readiness. `down`: its group has had messages waiting for `stallMs` without its
 * committed offset moving (stuck on a message the environment keeps failing, or not running): it
 * cannot advance, and an operator looks at its logs and at what it depends on. `degraded`: dead
 * letters wait for an operator's replay or discard; the consumer goes on with other candidates.
 * Deferred events wait for news that normally follows within seconds, and undecodable messages hold
 * nothing: both are shown, neither degrades. Also `down` while the consumer does not consume at all:
 * a topic of its group does not exist yet, or its group could not be joined (it retries by itself and
 * recovers once the topic appears; its log says "consumer not consuming; retrying" once per reason).
 */
export const consumerReadiness = (
  group: string,
  letters: { readonly deadLetters: number; readonly deferred: number; readonly undecodable: number },
  progress: ConsumerProgress | undefined,
  stallMs: number,
): ReadinessCheckResult => {
  const flow = progress ? { lag: progress.lag, stalledSeconds: Math.floor(progress.stalledForMs / 1000) } : {};
  const details = { group, ...letters, ...flow, ...(progress?.lastError ? { lagError: progress.lastError } : {}) };
  if (progress?.missingTopics || progress?.notConsuming) {
    const missing = progress.missingTopics ? `topic(s) ${progress.missingTopics.join(', ')} do not exist yet` : undefined;
    const message = `consumer ${group} does not consume: ${missing ?? progress.notConsuming}`;
    return { status: 'down', details: { ...details, ...(progress.notConsuming ? { notConsuming: progress.notConsuming } : {}), message } };
  }
  if (progress && progress.stalledForMs >= stallMs) {
    const message = `consumer ${group} has not advanced for ${Math.floor(progress.stalledForMs / 1000)} s with ${progress.lag} messages waiting`;
    return { status: 'down', details: { ...details, message } };
  }
  return { status: letters.deadLetters > 0 ? 'degraded' : 'up', details };
};
