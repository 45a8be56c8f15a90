export interface BackoffOptions {
  readonly initialMs: number;
  readonly maxMs: number;
  readonly factor: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = Object.freeze({ initialMs: 100, maxMs: 5_000, factor: 2 });

/** Wait before retry number `attempt` (1 = after the first failure): exponential, capped. */
export const backoffDelay = (attempt: number, options: BackoffOptions = DEFAULT_BACKOFF): number =>
  Math.min(options.maxMs, Math.round(options.initialMs * options.factor ** Math.max(0, attempt - 1)));
