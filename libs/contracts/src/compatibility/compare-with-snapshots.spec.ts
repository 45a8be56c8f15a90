import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { compareWithSnapshots } from './compare-with-snapshots';
import { payloadJsonSchema } from './json-schema';

const v1 = defineContract({
  type: 'SampleHappened',
  version: 1,
  context: 'registry',
  summary: 'sample',
  schema: z.object({ candidateId: z.string(), outcome: z.enum(['a', 'b']) }),
});

describe('compareWithSnapshots', () => {
  it('fails a breaking change to a published version', () => {
    const changed = defineContract({ ...v1, schema: z.object({ candidateId: z.string() }) });
    const comparison = compareWithSnapshots([changed], new Map([['SampleHappened@1', payloadJsonSchema(v1)]]));
    expect(comparison.breaking).toEqual([
      { contract: 'SampleHappened@1', changes: [{ path: '$.outcome', message: 'required field removed' }] },
    ]);
  });

  it('lets the same change through as a new version, leaving the old one published', () => {
    const v2 = defineContract({ ...v1, version: 2, schema: z.object({ candidateId: z.string() }) });
    const comparison = compareWithSnapshots([v1, v2], new Map([['SampleHappened@1', payloadJsonSchema(v1)]]));
    expect(comparison).toEqual({ breaking: [], unrecorded: ['SampleHappened@2'], removed: [], outdated: [] });
  });

  it('reports a published version that disappeared from the code', () => {
    const comparison = compareWithSnapshots([], new Map([['SampleHappened@1', payloadJsonSchema(v1)]]));
    expect(comparison.removed).toEqual(['SampleHappened@1']);
  });

  it('marks a compatible change as an outdated snapshot, not a breaking one', () => {
    const extended = defineContract({ ...v1, schema: v1.schema.extend({ note: z.string().optional() }) });
    const comparison = compareWithSnapshots([extended], new Map([['SampleHappened@1', payloadJsonSchema(v1)]]));
    expect(comparison).toEqual({ breaking: [], unrecorded: [], removed: [], outdated: ['SampleHappened@1'] });
  });
});
