import type { SchemaNames } from '../schema-names';

/** One versioned step of the store's schema; applied once, in version order, by `migrate()`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: (names: SchemaNames) => string;
}
