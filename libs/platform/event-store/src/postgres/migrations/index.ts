import { eventStoreTables } from './0001-event-store.sql';
import { appendFunction } from './0002-append-function.sql';
import { stablePositionFunction } from './0003-stable-position.sql';
import { appendWithoutHeadRow } from './0004-append-without-head-row.sql';
import type { Migration } from './migration';

/** Every migration, in version order. Add new ones at the end; never edit an applied one. */
export const migrations: readonly Migration[] = [eventStoreTables, appendFunction, stablePositionFunction, appendWithoutHeadRow];
export type { Migration } from './migration';
