/** Statuses that say the peer cannot answer now, not that the request is wrong. */
const UNAVAILABLE_STATUSES = new Set([429, 502, 503, 504]);

/**
 * A peer region answered with an error: `status` is its HTTP status (0 when it could not be reached).
 * `transient` when the peer was unreachable or unavailable (restarting, out of connections): the
 * consumers retry such a failure for as long as it lasts instead of dead-lettering the event
 * (`isTransientFailure`). A refusal (4xx), an unexpected body or a missing configuration is not.
 */
export class PeerCallError extends Error {
  override readonly name = 'PeerCallError';
  readonly transient: boolean;
  constructor(
    readonly region: string,
    readonly status: number,
    message: string,
    options: { readonly unreachable?: boolean; readonly cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.transient = options.unreachable === true || UNAVAILABLE_STATUSES.has(status);
  }
}
