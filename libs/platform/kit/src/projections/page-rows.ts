import type { EntityManager } from 'typeorm';
import { shapeOf, type ReadModelTable, type ScopeValue, type TableShape } from './read-model-table';
import { scopeKey, TableRows } from './table-rows';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReadModelTables = Readonly<Record<string, ReadModelTable<any>>>;

/** What a handler writes through: each of the projection's tables, by the name it declared it under. */
export type PageRows<Tables extends ReadModelTables> = { readonly [Name in keyof Tables]: Tables[Name] extends ReadModelTable<infer Row> ? TableRows<Row> : never };

/** The rows an event may touch: one value for every table's scope, or per table. */
export type PageScope<Tables extends ReadModelTables> = ScopeValue | undefined | { readonly [Name in keyof Tables]?: ScopeValue | readonly ScopeValue[] | undefined };

const quoted = (identifier: string): string => `"${identifier}"`;

interface Table {
  readonly name: string;
  readonly shape: TableShape;
  readonly rows: TableRows<object>;
}

/**
 * A page's unit of work: the rows its events may touch, loaded in one query per table (by the
 * scopes the events name), changed in memory by the handlers, written back at the end of the page
 * with one multi-row DELETE and one multi-row upsert per table. Tables are named without a schema,
 * so a rebuild's search_path sends it all to the new tables.
 */
export class PageUnitOfWork<Tables extends ReadModelTables> {
  readonly rows: PageRows<Tables>;

  private constructor(private readonly tables: readonly Table[]) {
    this.rows = Object.fromEntries(tables.map((table) => [table.name, table.rows])) as unknown as PageRows<Tables>;
  }

  /** Loads, for each table, the rows of every scope the events name. */
  static async load<Tables extends ReadModelTables>(manager: EntityManager, declared: Tables, scopes: readonly PageScope<Tables>[]): Promise<PageUnitOfWork<Tables>> {
    const tables = Object.entries(declared).map(([name, table]): Table => {
      const shape = shapeOf(manager, table);
      return { name, shape, rows: new TableRows<object>(shape) };
    });
    const wanted = new Map<string, Map<string, ScopeValue>>(tables.map((table) => [table.name, new Map()]));
    for (const scope of scopes) {
      if (scope === undefined) continue;
      for (const table of tables) {
        const values = typeof scope === 'object' ? scope[table.name] : scope;
        if (values === undefined) continue;
        for (const value of typeof values === 'object' ? values : [values]) wanted.get(table.name)?.set(scopeKey(value), value);
      }
    }
    // One statement for every table: each row as JSON, tagged with its table's index.
    const parts: string[] = [];
    const values: unknown[] = [];
    tables.forEach((table, index) => {
      const named = [...(wanted.get(table.name)?.values() ?? [])];
      if (named.length === 0) return;
      const { shape } = table;
      values.push(named);
      parts.push(
        `SELECT ${index} AS t, to_jsonb(r) AS row FROM (SELECT ${shape.columns.map((column) => column.select).join(', ')} FROM ${quoted(shape.table)} WHERE ${quoted(shape.scopeColumn)} = ANY($${values.length}::${shape.scopeType}[])) r`,
      );
    });
    const loaded: Array<{ t: number; row: Record<string, unknown> }> = parts.length > 0 ? await manager.query(parts.join(' UNION ALL '), values) : [];
    tables.forEach((table, index) => {
      const { shape } = table;
      table.rows.load(
        [...(wanted.get(table.name)?.keys() ?? [])],
        loaded.filter((each) => each.t === index).map(({ row }) => Object.fromEntries(shape.columns.map(({ property, column }) => [property, row[column]]))),
      );
    });
    return new PageUnitOfWork(tables);
  }

  beginEvent(): void {
    for (const table of this.tables) table.rows.beginEvent();
  }

  endEvent(): void {
    for (const table of this.tables) table.rows.endEvent();
  }

  undoEvent(): void {
    for (const table of this.tables) table.rows.undoEvent();
  }

  /**
   * Writes back what the page changed in one statement: per table, a DELETE of the rows gone and an
   * upsert of the rows new or changed, as data-modifying CTEs (their keys are disjoint).
   */
  async flush(manager: EntityManager): Promise<void> {
    const statements: string[] = [];
    const values: string[] = [];
    for (const { shape, rows } of this.tables) {
      const { upserts, deletes } = rows.changes();
      const table = quoted(shape.table);
      const primary = shape.primary.map((property) => shape.columns.find((column) => column.property === property)?.column ?? property).map(quoted);
      if (deletes.length > 0) {
        values.push(JSON.stringify(deletes.map((row) => rows.columnsOf(row))));
        statements.push(
          `DELETE FROM ${table} AS live USING jsonb_populate_recordset(NULL::${table}, $${values.length}::jsonb) AS gone WHERE ${primary.map((column) => `live.${column} = gone.${column}`).join(' AND ')}`,
        );
      }
      if (upserts.length > 0) {
        const columns = shape.columns.map((column) => quoted(column.column));
        const others = columns.filter((column) => !primary.includes(column));
        values.push(JSON.stringify(upserts.map((row) => rows.columnsOf(row))));
        statements.push(
          `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM jsonb_populate_recordset(NULL::${table}, $${values.length}::jsonb)
           ON CONFLICT (${primary.join(', ')}) DO ${others.length > 0 ? `UPDATE SET ${others.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}` : 'NOTHING'}`,
        );
      }
    }
    if (statements.length === 0) return;
    await manager.query(`WITH ${statements.map((statement, index) => `written_${index} AS (${statement})`).join(', ')} SELECT 1`, values);
  }
}
