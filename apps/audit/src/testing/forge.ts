import { SqlForger } from '@titrepro/event-store/testing';

/** What a forger appends by SQL to a stream, behind the service's back. */
export interface Forgery {
  readonly databaseUrl: string;
  readonly streamId: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
  /** Recompute the hash chain so that `verify` passes (default), or leave a wrong hash. */
  readonly recomputeChain?: boolean;
}

/** Inserts one event at the end of the stream, straight into `event_store.events`; returns its revision and id. */
export const forgeEvent = async (forgery: Forgery): Promise<{ revision: number; eventId: string }> => {
  const forger = await SqlForger.connect(forgery.databaseUrl);
  try {
    const [forged] = await forger.append(forgery.streamId, [{ type: forgery.type, schemaVersion: 1, data: forgery.data, metadata: forgery.metadata }], {
      recomputeChain: forgery.recomputeChain !== false,
    });
    if (!forged) throw new Error(`nothing was forged on ${forgery.streamId}`);
    return forged;
  } finally {
    await forger.close();
  }
};
