import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

export interface CallOptions {
  readonly token?: string;
  readonly body?: unknown;
  /** Multipart fields: name → [bytes, filename]. */
  readonly files?: Readonly<Record<string, readonly [Buffer, string]>>;
  /** Statuses that mean done. */
  readonly expect: readonly number[];
  /** Statuses that mean "not yet" (news still on its way through Kafka): asked again. */
  readonly notYet?: readonly number[];
  /** How long to keep asking through failures and "not yet". */
  readonly withinMs?: number;
  /** Headers sent with every attempt (a load's correlation id). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What the services answered, counted: the figures of a run (5xx, refused connections). */
export class Answers {
  readonly counts = new Map<string, number>();
  requests = 0;

  /** The first answer of each kind, to say what the 5xx were. */
  readonly firstBodies = new Map<string, string>();

  count(what: string, body?: string): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
    if (body !== undefined && !this.firstBodies.has(what)) this.firstBodies.set(what, body.slice(0, 300));
  }

  serverErrors(): number {
    return [...this.counts].filter(([what]) => /^5\d\d /.test(what)).reduce((sum, [, count]) => sum + count, 0);
  }
}

/**
 * Calls a service's public API as a client that survives faults would: a connection refused, a
 * 5xx or a "not yet" is asked again with a pause, for as long as `withinMs` allows. A POST carries
 * one Idempotency-Key across its retries (a multipart upload may not), so a retry never acts twice.
 */
export const call = async <Body = Record<string, unknown>>(answers: Answers, baseUrl: () => string, method: string, path: string, options: CallOptions): Promise<{ status: number; body: Body }> => {
  const deadline = Date.now() + (options.withinMs ?? 300_000);
  const idempotencyKey = method === 'POST' && !options.files ? randomUUID() : undefined;
  let last = '';
  for (let attempt = 0; ; attempt += 1) {
    answers.requests += 1;
    try {
      let body: string | FormData | undefined;
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers['authorization'] = options.token;
      if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
      if (options.files) {
        const form = new FormData();
        for (const [name, [bytes, filename]] of Object.entries(options.files)) form.append(name, new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), filename);
        body = form;
      } else if (options.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.body);
      }
      const response = await fetch(`${baseUrl()}${path}`, { method, headers, body, signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      const parsed = (text ? JSON.parse(text) : {}) as Body;
      if (options.expect.includes(response.status)) return { status: response.status, body: parsed };
      const retriable = response.status >= 500 || response.status === 429 || (options.notYet ?? []).includes(response.status);
      if (response.status >= 500) answers.count(`${response.status} ${method} ${path.replace(/[0-9a-f-]{36}/g, ':id')}`, text);
      last = `${response.status} ${text.slice(0, 300)}`;
      if (!retriable) throw new Error(`${method} ${path} answered ${last}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith(`${method} ${path} answered`)) throw error;
      answers.count('no answer (refused, reset, timeout)');
      last = String(error);
    }
    if (Date.now() > deadline) throw new Error(`${method} ${path}: still ${last} after ${options.withinMs ?? 300_000} ms`);
    await sleep(Math.min(2_000, 200 * (attempt + 1)));
  }
};
