import type { ScopeValue, TableShape } from './read-model-table';

/** Which rows a handler means: the scope column's value, and any other columns to match. */
export type RowMatch<Row> = Partial<Row>;

interface Touched<Row> {
  readonly scope: string;
  readonly row: Row | undefined;
}

/**
 * The rows of one table that a page's events may touch, held in memory while the page is applied:
 * loaded once for every scope the page names, changed by the handlers, written back once (the
 * rows that differ from what was loaded: one multi-row upsert, one multi-row delete).
 *
 * Reads and writes behave as the SQL they replace would, one event after the other: a handler sees
 * what the earlier events of the page wrote. Each event's changes can be undone (a handler that
 * fails leaves nothing), so a failing event is parked without rolling the page back.
 */
export class TableRows<Row extends object> {
  /** Loaded rows: scope value → primary key → row. A scope present here was loaded (maybe with no rows). */
  private readonly byScope = new Map<string, Map<string, Row>>();
  /** The row each touched key held when loaded, to tell what changed. */
  private readonly original = new Map<string, Touched<Row>>();
  /** Whether an event is being applied, and what it changed (made on its first write), to undo it if its handler fails. */
  private inEvent = false;
  private undo: Map<string, Touched<Row>> | undefined;

  constructor(private readonly shape: TableShape) {}

  get table(): string {
    return this.shape.table;
  }

  /** Rows as loaded from the database (property names), for the scopes they were asked for. */
  load(scopes: readonly string[], rows: readonly Row[]): void {
    for (const scope of scopes) if (!this.byScope.has(scope)) this.byScope.set(scope, new Map());
    for (const row of rows) this.byScope.get(this.scopeKeyOf(row))?.set(this.keyOf(row), row);
  }

  /** The rows matching every column given, the scope's among them. */
  find(match: RowMatch<Row>): readonly Readonly<Row>[] {
    const found: Row[] = [];
    for (const row of this.scopeOf(match).values()) if (matches(row, match)) found.push(row);
    return found;
  }

  /** The row matching (its primary key, say), if any. */
  get(match: RowMatch<Row>): Readonly<Row> | undefined {
    for (const row of this.scopeOf(match).values()) if (matches(row, match)) return row;
    return undefined;
  }

  /** Inserts the row, or replaces the row with its primary key (an upsert). */
  put(row: Row): void {
    this.scopeOf(this.scopeMatch(row));
    this.write(this.scopeKeyOf(row), this.keyOf(row), { ...row });
  }

  /** Inserts the row unless one has its primary key (INSERT … ON CONFLICT DO NOTHING). */
  putIfAbsent(row: Row): void {
    if (!this.scopeOf(this.scopeMatch(row)).has(this.keyOf(row))) this.put(row);
  }

  /** Changes the rows matching; `changes` may be computed from each row. How many rows matched. */
  update(match: RowMatch<Row>, changes: Partial<Row> | ((row: Readonly<Row>) => Partial<Row>)): number {
    const rows = this.find(match);
    for (const row of rows) {
      const next = { ...row, ...(typeof changes === 'function' ? changes(row) : changes) } as Row;
      this.write(this.scopeKeyOf(row), this.keyOf(row), next);
    }
    return rows.length;
  }

  /** Deletes the rows matching. How many there were. */
  delete(match: RowMatch<Row>): number {
    const rows = this.find(match);
    for (const row of rows) this.write(this.scopeKeyOf(row), this.keyOf(row), undefined);
    return rows.length;
  }

  beginEvent(): void {
    this.inEvent = true;
    this.undo = undefined;
  }

  endEvent(): void {
    this.inEvent = false;
    this.undo = undefined;
  }

  /** Puts back what the current event changed. */
  undoEvent(): void {
    for (const [key, { scope, row }] of this.undo ?? []) this.set(scope, key, row);
    this.endEvent();
  }

  /** What the page changed: rows to write (new or different) and rows to delete (loaded, now gone). */
  changes(): { readonly upserts: readonly Row[]; readonly deletes: readonly Row[] } {
    const upserts: Row[] = [];
    const deletes: Row[] = [];
    for (const [key, { scope, row: before }] of this.original) {
      const now = this.byScope.get(scope)?.get(key);
      if (now && (!before || this.serialised(now) !== this.serialised(before))) upserts.push(now);
      else if (!now && before) deletes.push(before);
    }
    return { upserts, deletes };
  }

  /** The row by column names, in the table's column order (what is compared and sent). */
  columnsOf(row: Row): Record<string, unknown> {
    const columns: Record<string, unknown> = {};
    for (const { property, column } of this.shape.columns) columns[column] = (row as Record<string, unknown>)[property] ?? null;
    return columns;
  }

  private serialised(row: Row): string {
    return JSON.stringify(this.columnsOf(row));
  }

  private write(scope: string, key: string, row: Row | undefined): void {
    if (row) this.refuseNul(row);
    const current = this.byScope.get(scope)?.get(key);
    if (!this.original.has(key)) this.original.set(key, { scope, row: current });
    if (this.inEvent) {
      this.undo ??= new Map();
      if (!this.undo.has(key)) this.undo.set(key, { scope, row: current });
    }
    this.set(scope, key, row);
  }

  /** PostgreSQL text cannot hold NUL: said here, of this event, rather than by the page's write (which would fall back to one event at a time). */
  private refuseNul(row: Row): void {
    for (const { property, column } of this.shape.columns) {
      const value = (row as Record<string, unknown>)[property];
      if (typeof value === 'string' && value.includes('\u0000')) throw new Error(`${this.shape.table}.${column}: a NUL character (0x00), which PostgreSQL text refuses`);
    }
  }

  private set(scope: string, key: string, row: Row | undefined): void {
    const rows = this.byScope.get(scope);
    if (!rows) return;
    if (row) rows.set(key, row);
    else rows.delete(key);
  }

  private get scopeProperty(): keyof Row {
    return this.shape.scopeProperty as keyof Row;
  }

  private scopeMatch(row: Row): RowMatch<Row> {
    return { [this.scopeProperty]: row[this.scopeProperty] } as RowMatch<Row>;
  }

  private scopeKeyOf(row: RowMatch<Row>): string {
    return scopeKey(row[this.scopeProperty] as ScopeValue);
  }

  private keyOf(row: Row): string {
    return JSON.stringify(this.shape.primary.map((property) => (row as Record<string, unknown>)[property] ?? null));
  }

  /** The loaded rows of the match's scope; a scope the page did not load is the projection's mistake (its `scope` misses it). */
  private scopeOf(match: RowMatch<Row>): Map<string, Row> {
    const value = match[this.scopeProperty];
    if (value === undefined || value === null) throw new Error(`${this.shape.table}: rows are found by ${String(this.scopeProperty)}, which this match does not give`);
    const rows = this.byScope.get(scopeKey(value as ScopeValue));
    if (!rows) throw new Error(`${this.shape.table}: rows of ${String(this.scopeProperty)} ${String(value)} were not loaded (the projection's scope does not name them for this event)`);
    return rows;
  }
}

export const scopeKey = (value: ScopeValue): string => String(value);

const matches = <Row extends object>(row: Row, match: RowMatch<Row>): boolean => {
  for (const property in match) {
    if (!Object.hasOwn(match, property)) continue;
    const wanted = match[property];
    if (wanted !== undefined && row[property] !== wanted) return false;
  }
  return true;
};
