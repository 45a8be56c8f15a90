import { getMetadataArgsStorage, type EntityManager } from 'typeorm';

/** A scope value: what an event names the rows it touches by (a candidate id, a list number). */
export type ScopeValue = string | number;

/**
 * A read-model table as a page-scoped projection writes it: its TypeORM entity, and its scope, the
 * column by which the rows an event may touch are found (usually the candidate or the entity the
 * stream is about). A page loads the rows of every scope its events name in one query per table.
 */
export interface ReadModelTable<Row extends object> {
  readonly entity: new () => Row;
  readonly table: string;
  readonly scope: keyof Row & string;
}

export const readModelTable = <Row extends object>(entity: new () => Row, scope: keyof Row & string): ReadModelTable<Row> => {
  const declared = getMetadataArgsStorage().tables.find((table) => table.target === entity);
  if (!declared?.name) throw new Error(`readModelTable: ${entity.name} is not a TypeORM @Entity with a table name`);
  return { entity, table: declared.name, scope };
};

interface ColumnShape {
  readonly property: string;
  readonly column: string;
  /** How it is selected: dates and bigints as text, the way the entity holds them (JSON would give a number, pg a Date). */
  readonly select: string;
}

/** Columns, primary key and scope of a table, from the entity's TypeORM metadata: the SQL it is loaded and written with. */
export interface TableShape {
  readonly table: string;
  readonly columns: readonly ColumnShape[];
  readonly primary: readonly string[];
  readonly scopeProperty: string;
  readonly scopeColumn: string;
  readonly scopeType: string;
}

const SUPPORTED = new Set(['text', 'varchar', 'character varying', 'uuid', 'integer', 'int', 'int4', 'bigint', 'int8', 'boolean', 'bool', 'jsonb', 'json', 'date']);
const AS_TEXT = new Set(['date', 'bigint', 'int8']);
const quoted = (identifier: string): string => `"${identifier}"`;
const shapes = new WeakMap<object, TableShape>();

export const shapeOf = (manager: EntityManager, table: ReadModelTable<object>): TableShape => {
  const known = shapes.get(table.entity);
  if (known) return known;
  const metadata = manager.connection.getMetadata(table.entity);
  const columns = metadata.columns.map((column) => {
    const type = typeof column.type === 'string' ? column.type : '';
    if (!SUPPORTED.has(type)) throw new Error(`readModelTable ${table.table}: column ${column.databaseName} has type "${String(column.type)}"; page-scoped projections write ${[...SUPPORTED].join(', ')}`);
    return { property: column.propertyName, column: column.databaseName, type, select: AS_TEXT.has(type) ? `${quoted(column.databaseName)}::text AS ${quoted(column.databaseName)}` : quoted(column.databaseName) };
  });
  const scope = columns.find((column) => column.property === table.scope);
  if (!scope) throw new Error(`readModelTable ${table.table}: no column for scope ${table.scope}`);
  const shape: TableShape = {
    table: metadata.tableName,
    columns: columns.map(({ property, column, select }) => ({ property, column, select })),
    primary: metadata.primaryColumns.map((column) => column.propertyName),
    scopeProperty: scope.property,
    scopeColumn: scope.column,
    scopeType: scope.type,
  };
  shapes.set(table.entity, shape);
  return shape;
};
