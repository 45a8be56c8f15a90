import { PermanentHandlerError } from '@titrepro/messaging';

/** An event about a candidate from a region that was not theirs to speak for: dead-lettered with this reason. */
export class UntrustedSourceError extends PermanentHandlerError {
  override readonly name = 'UntrustedSourceError';
  constructor(message: string) {
    super(message, 'untrusted-source');
  }
}

