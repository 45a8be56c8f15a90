import type { NewEvent } from '@titrepro/event-store';
import { types, type CustomTypesConfig } from 'pg';
import type { Tally } from './event-store-fixture';

/** One implementation under measurement. Every method does the same logical work in each. */
export interface Contender {
  readonly name: string;
  /** Appends at `expected` (the stream's last revision, -1 for a new stream), checking it. */
  append(streamId: string, expected: number, events: readonly NewEvent[]): Promise<void>;
  /** Bulk-inserts `count` events (streams of 100) straight in SQL, for the global read. */
  fill(count: number): Promise<void>;
  /**
   * Reads the global log in pages of `pageSize` from the start, to the end or until `deadline`
   * (performance.now() milliseconds); returns how many events it saw.
   */
  readAll(pageSize: number, deadline?: number): Promise<number>;
  /** How many events the global log holds (SQL count), to check that readAll saw them all. */
  countAll(): Promise<number>;
  /** Creates a stream of `count` events through the normal append path. */
  seedStream(streamId: string, count: number): Promise<void>;
  /** Stores a snapshot of the stream after `revision`; undefined when the contender has none. */
  readonly seedSnapshot?: (streamId: string, revision: number) => Promise<void>;
  /** Reads and folds the stream (from its snapshot when `withSnapshot`). */
  load(streamId: string, withSnapshot: boolean): Promise<Tally>;
  close(): Promise<void>;
}

/**
 * pg's default parsers, captured before Emmett's dumbo replaces them process-wide (BigInt int8, a
 * slower JSON reviver): our store and the raw floor keep the stock driver behaviour.
 */
const stock = new Map([20, 114, 3802, 1184].map((oid) => [oid, types.getTypeParser(oid, 'text')]));

export const stockTypes: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => stock.get(oid) ?? types.getTypeParser(oid, format ?? 'text')) as CustomTypesConfig['getTypeParser'],
};
