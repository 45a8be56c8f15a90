import { PermanentHandlerError } from '@titrepro/messaging';

/** An event about a candidate from a region that was not theirs to speak for: dead-lettered with this reason. */
export class UntrustedSourceError extends PermanentHandlerError {
  override readonly name = 'UntrustedSourceError';
  constructor(message: string) {
    super(message, 'untrusted-source');
  }
}

/**
 * The candidate's home region is not known yet: an event of another context arrived before the
 * registry's. Transient: the consumer retries it (and dead-letters it, replayable, if it persists).
 */
export class HomeRegionUnknownError extends Error {
  override readonly name = 'HomeRegionUnknownError';
}
