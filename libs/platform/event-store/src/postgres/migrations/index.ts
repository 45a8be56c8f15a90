import { eventStoreTables } from './0001-event-store.sql';
import { appendFunction } from './0002-append-function.sql';
import { stablePositionFunction } from './0003-stable-position.sql';
import type { Migration } from './migration';

/** Every migration, in version order. Add new ones at the end; never edit an applied one. */
export const migrations: readonly Migration[] = [eventStoreTables, appendFunction, stablePositionFunction];
export type { Migration } from './migration';
