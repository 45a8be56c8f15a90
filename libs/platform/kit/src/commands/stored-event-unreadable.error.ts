import type { EventReadFailure } from '@titrepro/domain-kernel';

/** A stored event that its stream's descriptors refuse: the store holds something this code cannot read. */
export class StoredEventUnreadableError extends Error {
  override readonly name = 'StoredEventUnreadableError';
  constructor(
    readonly streamId: string,
    readonly revision: number,
    readonly failure: EventReadFailure,
  ) {
    super(`${streamId}@${revision}: ${failure.message}`);
  }
}
