import type { EventStoreDBClient } from '@eventstore/db-client';
import { ChainVerifier } from '../integrity/chain-verifier';
import type { VerificationReport } from '../port/event-store';
import { readGlobal } from './esdb-global';
import { readStoredStream } from './esdb-reads';
import { readRawMetadata } from './esdb-stream-metadata';

const verifyInto = async (client: EventStoreDBClient, verifier: ChainVerifier, streamId: string): Promise<boolean> => {
  const { anchor, truncateBefore } = await readRawMetadata(client, streamId);
  if (anchor && truncateBefore !== undefined && anchor.revision === truncateBefore - 1) verifier.anchor(streamId, anchor.revision, anchor.hash);
  for (const event of await readStoredStream(client, streamId)) if (!verifier.accept(event)) return false;
  return true;
};

/** The readable part of the chain, from revision 0 or from the anchor kept at truncation. */
export const verifyEsdbStream = async (client: EventStoreDBClient, streamId: string): Promise<VerificationReport> => {
  const verifier = new ChainVerifier();
  await verifyInto(client, verifier, streamId);
  return verifier.report();
};

/** Every stream that has events in $all, one after the other. */
export const verifyAllEsdb = async (client: EventStoreDBClient): Promise<VerificationReport> => {
  const streams = new Set<string>();
  for await (const event of readGlobal(client, 0)) streams.add(event.streamId);
  const verifier = new ChainVerifier();
  for (const streamId of streams) if (!(await verifyInto(client, verifier, streamId))) break;
  return verifier.report();
};
