import { setTimeout as sleep } from 'node:timers/promises';
import type { SupervisedProcess } from './supervised-process';

/** A process that serves HTTP, and where. */
export interface ServedProcess {
  readonly process: SupervisedProcess;
  readonly url: string;
}

export interface ReadinessLimits {
  /** Seconds a process has to answer HTTP at all (generous: a loaded shared machine). */
  readonly startSeconds: number;
  /** Seconds it then has to answer /health/ready with 200. */
  readonly readySeconds: number;
  /** Stops the wait (it rejects with the signal's reason). */
  readonly signal?: AbortSignal | undefined;
}

interface HealthReport {
  readonly detail?: unknown;
  readonly checks?: Record<string, { status?: string; details?: { message?: string } } | undefined>;
  readonly details?: Record<string, { status?: string; details?: { message?: string } } | undefined>;
}

/** The checks of a /health/ready answer that are not up, for a person: `; kafka down: …`. */
export const notUp = (report: HealthReport | undefined): string => {
  if (typeof report?.detail === 'string') return `: ${report.detail}`;
  const checks = Object.entries(report?.checks ?? report?.details ?? {}).filter(([, check]) => check?.status && check.status !== 'up');
  return checks.map(([name, check]) => `; ${name} ${check?.status}${check?.details?.message ? `: ${check.details.message}` : ''}`).join('');
};

/** 'ready', 'starting' (no HTTP answer yet), or why not ready. */
const readiness = async (url: string): Promise<string> => {
  try {
    const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(5_000) });
    if (response.status === 200) {
      await response.arrayBuffer();
      return 'ready';
    }
    return `not ready (${response.status}${notUp((await response.json().catch(() => undefined)) as HealthReport | undefined)})`;
  } catch {
    return 'starting';
  }
};

/**
 * Waits until every process answers /health/ready with 200. Throws, naming each process that is
 * not ready, why, and its log, when one exits for good or the limits pass. `progress` hears each
 * process once when it becomes ready.
 */
export const waitUntilReady = async (served: readonly ServedProcess[], limits: ReadinessLimits, progress: (line: string) => void): Promise<void> => {
  const startedAt = Date.now();
  const answeringSince = new Map<string, number>();
  const announced = new Set<string>();
  for (;;) {
    limits.signal?.throwIfAborted();
    const states = await Promise.all(served.map(({ url }) => readiness(url)));
    served.forEach(({ process, url }, index) => {
      if (states[index] === 'ready' && !announced.has(process.name)) {
        announced.add(process.name);
        progress(`  ✔ ${process.name.padEnd(30)} ${url} ready after ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
      }
    });
    if (states.every((state) => state === 'ready')) return;
    const now = Date.now();
    served.forEach(({ process }, index) => {
      if (states[index] !== 'starting' && !answeringSince.has(process.name)) answeringSince.set(process.name, now);
    });
    const exited = served.map(({ process }) => process.exitedForGood).filter((reason) => reason !== undefined);
    const slow = served.filter(({ process }, index) => states[index] !== 'ready' && now - (answeringSince.get(process.name) ?? now) > limits.readySeconds * 1000);
    const silent = states.some((state) => state === 'starting') && now - startedAt > limits.startSeconds * 1000;
    if (exited.length > 0 || slow.length > 0 || silent) {
      const why = exited.length > 0 ? exited.join('; ') : slow.length > 0 ? `not ready within ${limits.readySeconds} s of answering HTTP` : `no HTTP answer within ${limits.startSeconds} s`;
      const waiting = served
        .map(({ process, url }, index) => (states[index] === 'ready' ? undefined : `  ${process.name} ${url}: ${states[index]} (log ${process.log})`))
        .filter((line) => line !== undefined);
      const crowded = states.some((state) => /too many clients/.test(state))
        ? '\nPostgreSQL refused connections (too many clients): other programs hold its max_connections (see pg_stat_activity); the journey needs about 50 at rest, 89 at most'
        : '';
      throw new Error(`the journey's services did not all get ready: ${why}\n${waiting.join('\n')}${crowded}`);
    }
    await sleep(1_000);
  }
};
