import type { TableShape } from './read-model-table';
import { TableRows } from './table-rows';

interface Pathway {
  candidateId: string;
  pathwayId: string;
  status: string;
}

const shape: TableShape = {
  table: 'pathway',
  columns: [
    { property: 'candidateId', column: 'candidate_id', select: '"candidate_id"' },
    { property: 'pathwayId', column: 'pathway_id', select: '"pathway_id"' },
    { property: 'status', column: 'status', select: '"status"' },
  ],
  primary: ['candidateId', 'pathwayId'],
  scopeProperty: 'candidateId',
  scopeColumn: 'candidate_id',
  scopeType: 'text',
};

const loaded = (rows: Pathway[], scopes = ['c1', 'c2']): TableRows<Pathway> => {
  const table = new TableRows<Pathway>(shape);
  table.load(scopes, rows);
  return table;
};

describe('a page’s rows of one table, in memory', () => {
  it('writes back only what differs from what was loaded: new and changed rows upserted, gone rows deleted', () => {
    const rows = loaded([
      { candidateId: 'c1', pathwayId: 'p1', status: 'open' },
      { candidateId: 'c1', pathwayId: 'p2', status: 'open' },
      { candidateId: 'c2', pathwayId: 'p1', status: 'open' },
    ]);
    rows.update({ candidateId: 'c1', pathwayId: 'p1' }, { status: 'withdrawn' });
    rows.update({ candidateId: 'c2', pathwayId: 'p1' }, { status: 'open' });
    rows.delete({ candidateId: 'c1', pathwayId: 'p2' });
    rows.put({ candidateId: 'c2', pathwayId: 'p9', status: 'open' });
    rows.put({ candidateId: 'c2', pathwayId: 'p8', status: 'open' });
    rows.delete({ candidateId: 'c2', pathwayId: 'p8' });
    const { upserts, deletes } = rows.changes();
    expect(upserts).toEqual([
      { candidateId: 'c1', pathwayId: 'p1', status: 'withdrawn' },
      { candidateId: 'c2', pathwayId: 'p9', status: 'open' },
    ]);
    expect(deletes).toEqual([{ candidateId: 'c1', pathwayId: 'p2', status: 'open' }]);
  });

  it('finds, updates and deletes by any columns that include the scope, as the SQL it replaces would', () => {
    const rows = loaded([
      { candidateId: 'c1', pathwayId: 'p1', status: 'open' },
      { candidateId: 'c1', pathwayId: 'p2', status: 'open' },
    ]);
    expect(rows.update({ candidateId: 'c1', status: 'open' }, (row) => ({ status: `${row.pathwayId}-closed` }))).toBe(2);
    expect(rows.find({ candidateId: 'c1' }).map((row) => row.status)).toEqual(['p1-closed', 'p2-closed']);
    expect(rows.delete({ candidateId: 'c1' })).toBe(2);
    expect(rows.get({ candidateId: 'c1', pathwayId: 'p1' })).toBeUndefined();
    expect(rows.update({ candidateId: 'c2', pathwayId: 'p1' }, { status: 'x' })).toBe(0);
  });

  it('keeps the first row of a key with putIfAbsent', () => {
    const rows = loaded([]);
    rows.putIfAbsent({ candidateId: 'c1', pathwayId: 'p1', status: 'first' });
    rows.putIfAbsent({ candidateId: 'c1', pathwayId: 'p1', status: 'second' });
    expect(rows.get({ candidateId: 'c1', pathwayId: 'p1' })?.status).toBe('first');
  });

  it('undoes what a failing event changed, and only that', () => {
    const rows = loaded([{ candidateId: 'c1', pathwayId: 'p1', status: 'open' }]);
    rows.beginEvent();
    rows.put({ candidateId: 'c1', pathwayId: 'p2', status: 'open' });
    rows.endEvent();
    rows.beginEvent();
    rows.update({ candidateId: 'c1', pathwayId: 'p1' }, { status: 'withdrawn' });
    rows.delete({ candidateId: 'c1', pathwayId: 'p2' });
    rows.put({ candidateId: 'c1', pathwayId: 'p3', status: 'open' });
    rows.undoEvent();
    expect(rows.find({ candidateId: 'c1' })).toEqual([
      { candidateId: 'c1', pathwayId: 'p1', status: 'open' },
      { candidateId: 'c1', pathwayId: 'p2', status: 'open' },
    ]);
    expect(rows.changes().upserts).toEqual([{ candidateId: 'c1', pathwayId: 'p2', status: 'open' }]);
  });

  it('refuses rows of a scope the page did not load, and a match without the scope, rather than missing them', () => {
    const rows = loaded([], ['c1']);
    expect(() => rows.get({ candidateId: 'c3', pathwayId: 'p1' })).toThrow('rows of candidateId c3 were not loaded');
    expect(() => rows.put({ candidateId: 'c3', pathwayId: 'p1', status: 'open' })).toThrow('were not loaded');
    expect(() => rows.update({ pathwayId: 'p1' }, { status: 'x' })).toThrow('rows are found by candidateId');
  });

  it('refuses a NUL in a text value, naming the column', () => {
    expect(() => loaded([]).put({ candidateId: 'c1', pathwayId: 'p1', status: 'a\u0000b' })).toThrow('pathway.status: a NUL character (0x00)');
  });
});
